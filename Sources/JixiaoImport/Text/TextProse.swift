/// The prose of report text, as paragraphs with the headings they stand under.
///
/// A PDF breaks every line where the page column ends and often leaves a blank line between them;
/// a paragraph is the run of lines up to one that ends a sentence or a clause list (`。`, `；`, `：`),
/// that starts with a heading marker (`一、`, `（二）`, `3.`, `（1）`), or that is short of the page's usual
/// width, the median line's (under 90 % for a marked line on its own, a heading; under 60 % for any
/// other, a paragraph's last line), unless it stops mid-clause (`，`). Lines join without a space.
struct TextProse {
    struct Paragraph {
        var text: String
        var lines: ClosedRange<Int>
        /// The marker's level if the paragraph starts with one (1: 一、, 2: （一）, 3: 1., 4: （1）).
        var level: Int?
        /// A short marked paragraph that names what follows (`（一）存在问题`).
        var isHeading: Bool
    }

    var paragraphs: [Paragraph] = []

    /// The prose of the lines that are not in `skipping` (the tables' lines).
    init(_ doc: TextDocument, skipping: Set<Int>) {
        let widths = doc.lines.enumerated().filter { !skipping.contains($0.offset) && !$0.element.isBlank }
            .map { $0.element.text.trimmed.displayWidth }.sorted()
        // The page's usual line width: the median line's.
        let usual = widths.isEmpty ? 60 : widths[widths.count / 2]
        var text = "", start = 0, last = 0, level: Int?
        func flush() {
            guard !text.isEmpty else { return }
            let marked = level != nil
            let heading = marked && text.count <= 40 && !text.dropLast().contains("。") && !text.dropLast().contains("；")
            paragraphs.append(Paragraph(text: text, lines: start...last, level: level, isHeading: heading))
            text = ""; level = nil
        }
        for (i, line) in doc.lines.enumerated() {
            if skipping.contains(i) { flush(); continue }
            if line.isBlank { continue }
            let t = line.text.trimmed
            if let marker = TextHeading.marker(t) {
                flush()
                level = marker.level
            }
            if text.isEmpty { start = line.number }
            text += t
            last = line.number
            // A short line ends its paragraph (a heading, a paragraph's last line), unless it stops mid-clause.
            let width = t.displayWidth
            let midClause = t.last.map { "，、“‘（《—".contains($0) } ?? false
            var short = !midClause && (level != nil && text == t && width * 10 < usual * 9 || width * 10 < usual * 6)
            // A heading wrapped onto a few characters of the next line (`…改进措` / `施。`) goes on.
            if short, width * 10 >= usual * 8, let next = doc.lines[(i + 1)...].first(where: { !$0.isBlank }), !skipping.contains(next.number - 1),
               TextHeading.marker(next.text) == nil, next.text.trimmed.displayWidth * 10 < usual * 3, CellText.endsSentence(next.text) {
                short = false
            }
            if CellText.endsSentence(t) || t.hasSuffix("；") || t.hasSuffix("：") || t.hasSuffix(":") || short {
                flush()
            }
        }
        flush()
        // A marked paragraph that ends a sentence (`14.完成…其他任务。`, `（2）…申报项目；`) is an item of a list,
        // unless what follows is marked one level deeper (`（五）…提出改进措施。` then `1.存在的问题`).
        for i in paragraphs.indices where paragraphs[i].isHeading {
            guard let last = paragraphs[i].text.last, "。；;".contains(last), let level = paragraphs[i].level else { continue }
            let next = paragraphs.indices.contains(i + 1) ? paragraphs[i + 1] : nil
            if !(next?.level.map { $0 > level } ?? false) { paragraphs[i].isHeading = false }
        }
    }
}

extension TextProse.Paragraph {
    /// The paragraph's sentences, each with its closing mark (`。`, `；`, `！`).
    var sentences: [String] {
        var out: [String] = [], current = ""
        var depth = 0
        for ch in text {
            current.append(ch)
            // Each mark is one scalar with no canonical decomposition: a character is one when it is
            // that scalar alone (a switch on the scalar, not a walk of a string for every character).
            guard ch.unicodeScalars.count == 1, let scalar = ch.unicodeScalars.first else { continue }
            switch scalar {
            case "（", "(", "《", "“": depth += 1
            case "）", ")", "》", "”": depth = max(0, depth - 1)
            case "。", "；", "！", "？", "!", "?":
                if depth == 0 { out.append(current.trimmed); current = "" }
            default: break
            }
        }
        if !current.trimmed.isEmpty { out.append(current.trimmed) }
        return out
    }
}
