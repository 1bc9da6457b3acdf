/// Wraps text into lines of at most `width` cells. CJK may break between any two characters, but a
/// run of digits or Latin letters (`8,054.71`, `377.50万元`'s number, `the`) is kept whole when it fits,
/// and closing punctuation (，。、；：）」 …) never starts a line.
enum TextWrap {
    /// Draws styled paragraphs from row `y0` to `y1` at column 2, each wrapped and never cut: a
    /// paragraph that does not fit whole is left out with everything after it.
    static func drawParagraphs(_ buffer: inout ScreenBuffer, _ paragraphs: [(String, Style)], from y0: Int, to y1: Int) {
        var y = y0
        for (text, style) in paragraphs {
            let wrapped = wrap(text, width: buffer.width - 3, measure: buffer.cellWidth)
            guard y + wrapped.count - 1 <= y1 else { break }
            for part in wrapped {
                buffer.put(part, x: 2, y: y, style: style, maxWidth: buffer.width - 3)
                y += 1
            }
        }
    }

    static func wrap(_ text: String, width: Int, measure: CellWidth) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += wrapParagraph(Substring(paragraph), width: width, measure: measure)
        }
        return lines
    }

    private static let noLineStart: Set<Character> = ["，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "”", "’", "…", "%", "％", ",", ".", ";", ":", ")", "!", "?"]

    private static func isWordCharacter(_ c: Character) -> Bool {
        guard c.isASCII else { return false }
        return c.isLetter || c.isNumber || ".,%+-/:'_".contains(c)
    }

    /// Runs of word characters as one token, every other character as its own.
    private static func tokens(_ text: Substring) -> [String] {
        var tokens: [String] = []
        var word = ""
        for c in text {
            if isWordCharacter(c) {
                word.append(c)
            } else {
                if !word.isEmpty { tokens.append(word); word = "" }
                tokens.append(String(c))
            }
        }
        if !word.isEmpty { tokens.append(word) }
        return tokens
    }

    private static func wrapParagraph(_ text: Substring, width: Int, measure: CellWidth) -> [String] {
        var lines: [[String]] = [[]]
        var used = 0
        func newLine() { lines.append([]); used = 0 }
        for token in tokens(text) {
            let cells = measure.width(of: token)
            if cells > width {
                // Longer than a line: break it by characters.
                for c in token {
                    let w = measure.width(of: c)
                    if used + w > width { newLine() }
                    lines[lines.count - 1].append(String(c))
                    used += w
                }
                continue
            }
            if used + cells > width {
                if token == " " { newLine(); continue }
                var carried: [String] = []
                if let first = token.first, noLineStart.contains(first), lines[lines.count - 1].count > 1 {
                    carried = [lines[lines.count - 1].removeLast()]
                }
                newLine()
                for piece in carried {
                    lines[lines.count - 1].append(piece)
                    used += measure.width(of: piece)
                }
            }
            lines[lines.count - 1].append(token)
            used += cells
        }
        return lines.map { $0.joined() }
    }
}
