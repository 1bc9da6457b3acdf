/// Wraps text into lines of at most `width` cells, breaking anywhere (CJK has no spaces) but never inside a grapheme.
enum TextWrap {
    static func wrap(_ text: String, width: Int, measure: CellWidth) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for character in paragraph {
                let cells = measure.width(of: character)
                if used + cells > width {
                    lines.append(line)
                    line = ""
                    used = 0
                    if character == " " { continue }
                }
                line.append(character)
                used += cells
            }
            lines.append(line)
        }
        return lines
    }
}
