/// Reading a buffer back: as text for export and snapshots, and as changed rows for the terminal.
extension ScreenBuffer {
    /// Each row as text: wide graphemes once, continuations skipped, trailing spaces trimmed.
    public func lines() -> [String] {
        (0..<height).map { y in
            var line = ""
            for cell in row(y) {
                if let grapheme = cell.grapheme { line.append(grapheme) }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The rows joined by newlines, each ending in one: the export and snapshot format.
    public var text: String {
        lines().map { $0 + "\n" }.joined()
    }

    /// The rows, top to bottom, that differ from `other` in any cell or style.
    ///
    /// Every row counts as changed when the sizes differ.
    public func diff(from other: ScreenBuffer) -> [Int] {
        guard other.size == size else { return Array(0..<height) }
        return (0..<height).filter { row($0) != other.row($0) }
    }
}
