/// Turns a byte offset of a file into its line and column, only when an error needs one: the parser
/// records offsets, so a file on one line costs no more than the same file indented.
///
/// The starts of lines are found once, on the first question; the column counts UTF-8 lead bytes
/// (characters) from the line's start, continuing from the last answer when the next offset is
/// further on the same line, so reporting many errors in file order stays linear.
final class SourceLocator: @unchecked Sendable {
    private let bytes: FileBytes
    private var lineStarts: [Int]?
    private var last: (offset: Int, line: Int, column: Int)?

    init(_ bytes: FileBytes) {
        self.bytes = bytes
    }

    convenience init(_ bytes: [UInt8]) { self.init(FileBytes(copying: bytes)) }

    /// The 1-based line and column of `offset` (clamped to the file).
    func position(of offset: Int) -> SourcePosition {
        let offset = max(0, min(offset, bytes.count))
        let starts = lineStarts ?? buildLineStarts()
        // The last line whose start is at or before the offset.
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let lineStart = starts[low]
        var from = lineStart
        var column = 1
        if let last, last.line == low + 1, last.offset <= offset {
            from = last.offset
            column = last.column
        }
        var i = from
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        last = (offset, low + 1, column)
        return SourcePosition(line: low + 1, column: column)
    }

    private func buildLineStarts() -> [Int] {
        // A UTF-8 byte order mark is not a character of the first line.
        let bytes = bytes.buffer
        var starts = [bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0]
        for (i, byte) in bytes.enumerated() where byte == 0x0A { starts.append(i + 1) }
        lineStarts = starts
        return starts
    }
}
