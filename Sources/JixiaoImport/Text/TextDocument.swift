import Foundation

/// A published report as plain text: its lines, numbered as in the file, with their pages.
///
/// Text reaches jixiao from a `.txt` file, from `pdftotext` (pages separated by form feeds) or from
/// a web page copied whole. Lines keep their inner spaces (a target such as `≥20 家` has one);
/// trailing white space and the form feed are dropped.
struct TextDocument: Sendable {
    struct Line: Sendable {
        /// The line's number in the file, from 1.
        var number: Int
        var text: String
        /// The page it is on, from 1 (form feeds separate pages).
        var page: Int
        var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
    }

    var file: String
    var lines: [Line]
    /// The lines that held only a page number (left blank in `lines`).
    var pageNumbers: [Int] = []

    static func isPageNumber(_ text: String) -> Bool {
        let t = text.trimmed
        guard !t.isEmpty, t.count <= 16 else { return false }
        return !TextPattern.matches(#"^(?:[-—–_·]+\s*\d{1,4}\s*[-—–_·]+|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})$"#, in: t).isEmpty
    }

    init(text: String, file: String) {
        self.file = file
        var lines: [Line] = []
        var page = 1
        var number = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            number += 1
            var line = Substring(raw)
            while let f = line.firstIndex(of: "\u{0C}") {
                page += 1
                line.remove(at: f)
            }
            var text = String(line)
            while let last = text.last, last.isWhitespace { text.removeLast() }
            // A page's number (`- 3 -`, `第 3 页`, `第3页 共12页`, `3 / 12`) is the page's, not the text's.
            if Self.isPageNumber(text) {
                pageNumbers.append(number)
                text = ""
            }
            lines.append(Line(number: number, text: text, page: page))
        }
        while lines.last?.isBlank == true { lines.removeLast() }
        self.lines = lines
    }

    /// `line 12`: the place an import note names.
    static func place(_ line: Int) -> String { "line \(line)" }

    /// `lines 12–14`, or `line 12` for one line.
    static func place(_ lines: ClosedRange<Int>) -> String {
        lines.count == 1 ? "line \(lines.lowerBound)" : "lines \(lines.lowerBound)–\(lines.upperBound)"
    }
}

extension String {
    /// The columns the text takes in a monospaced rendering: two for CJK and full-width characters.
    var displayWidth: Int {
        var width = 0
        for scalar in unicodeScalars {
            let v = scalar.value
            if v < 0x20 { continue }
            width += (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x201C...0x201D).contains(v) ? 2 : 1
        }
        return width
    }

    /// The text's space-separated pieces (any run of white space, the ideographic space too).
    var tokens: [String] {
        split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }
}
