import Foundation

/// Where a page's text stands: from laid-out text, or from pdftotext's word boxes.
extension LayoutGrid {
    /// Lines of a text already laid out (pdftotext -layout, or a form pasted into a text file): one
    /// position per character, each word a run.
    static func layout(text: String) -> Layout {
        var lines: [Line] = []
        var page = 1
        for (n, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" }).enumerated() {
            if raw.contains("\u{0C}") { page += 1 }
            var runs: [Run] = []
            var current = "", start = 0
            for (i, ch) in raw.replacingOccurrences(of: "\u{0C}", with: "").enumerated() {
                if ch == " " || ch == "\u{3000}" {
                    if !current.isEmpty { runs.append(Run(start: Double(start), end: Double(start + current.count), text: current)); current = "" }
                    continue
                }
                if current.isEmpty { start = i }
                current.append(ch)
            }
            if !current.isEmpty { runs.append(Run(start: Double(start), end: Double(start + current.count), text: current)) }
            lines.append(Line(page: page, y: Double(n), runs: runs, place: "line \(n + 1)"))
        }
        return Layout(lines: lines, lineHeight: 1, space: 1)
    }

    /// Lines of a PDF from pdftotext -tsv: its words with their boxes, grouped into lines by where
    /// they stand; each word a run (runs join in `grid`).
    static func layout(tsv: String) -> Layout {
        struct Word { var page: Int; var left: Double; var top: Double; var width: Double; var height: Double; var text: String }
        var words: [Word] = []
        for row in tsv.split(separator: "\n").dropFirst() {
            let f = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 12, f[0] == "5", let page = Int(f[1]), let left = Double(f[6]), let top = Double(f[7]),
                  let width = Double(f[8]), let height = Double(f[9]) else { continue }
            let text = f[11...].joined(separator: "\t").trimmed
            if !text.isEmpty { words.append(Word(page: page, left: left, top: top, width: width, height: height, text: text)) }
        }
        let heights = words.map(\.height).sorted()
        let h = heights.isEmpty ? 12 : heights[heights.count / 2]
        var lines: [Line] = []
        let byPage = Dictionary(grouping: words, by: \.page)
        for page in byPage.keys.sorted() {
            let mine = byPage[page]!.sorted { $0.top < $1.top || $0.top == $1.top && $0.left < $1.left }
            var groups: [[Word]] = []
            for word in mine {
                if let last = groups.last?.first, abs(word.top - last.top) <= h * 0.3 { groups[groups.count - 1].append(word) } else { groups.append([word]) }
            }
            for (n, group) in groups.enumerated() {
                let runs = group.sorted { $0.left < $1.left }.map { Run(start: $0.left, end: $0.left + $0.width, text: $0.text) }
                lines.append(Line(page: page, y: group.map(\.top).min()!, runs: runs, place: "page \(page), line \(n + 1)"))
            }
        }
        return Layout(lines: lines, lineHeight: h * 1.12, space: h * 0.5)
    }

    /// Whether the layout holds a 项目名称 or 部门名称 label: a printed form.
    static func looksLikeForm(_ layout: Layout) -> Bool {
        layout.lines.prefix(80).contains { line in
            line.runs.contains { run in
                let key = LabelText.key(run.text)
                return StandardForm.projectAnchors.contains(key) || key == "部门(单位)名称" || key == "部门名称"
            }
        }
    }

}
