/// Text copied from a web page's table: cells separated by tabs, or by `|` as Markdown and many
/// sites print them. Such a text is a grid, read by the same form readers as a workbook; its lines
/// are its rows (row 1 is line 1).
enum DelimitedText {
    /// The text as a grid, if at least three lines hold three or more cells split by tabs or `|`.
    static func grids(_ text: String, name: String) -> [Grid]? {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        for separator: Character in ["\t", "|"] {
            let rows = lines.filter { $0.filter { $0 == separator }.count >= 2 }
            guard rows.count >= 3 else { continue }
            var grid = Grid(name: name)
            grid.lineOfRow = Array(1...max(1, lines.count))
            for (r, line) in lines.enumerated() {
                var cells = line.split(separator: separator, omittingEmptySubsequences: false).map { String($0).trimmed }
                if separator == "|" {
                    if cells.first == "" { cells.removeFirst() }
                    if cells.last == "" { cells.removeLast() }
                    // A Markdown rule under the header (|---|:---:|).
                    if !cells.isEmpty, cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { "-:— ".contains($0) } }) { continue }
                }
                if cells.count == 1 && !line.contains(separator) {
                    // A line of prose between table rows: kept in the first column.
                    if !cells[0].isEmpty { grid.set(GridCell(text: cells[0]), at: CellAddress(row: r, column: 0)) }
                    continue
                }
                for (c, cell) in cells.enumerated() where !cell.isEmpty {
                    grid.set(GridCell(text: cell), at: CellAddress(row: r, column: c))
                }
            }
            return [grid]
        }
        return nil
    }
}
