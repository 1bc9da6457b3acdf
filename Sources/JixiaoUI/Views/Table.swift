/// A column of a table: its title, width in cells and alignment.
struct Column {
    var title: String
    var width: Int
    var align: Alignment = .left
    /// A flexible column takes the width left over by the fixed ones.
    var flexible = false

    /// Gives the flexible columns the room left in `total` cells (one space between columns).
    static func layout(_ columns: [Column], total: Int) -> [Column] {
        let gaps = max(0, columns.count - 1)
        let fixed = columns.filter { !$0.flexible }.reduce(0) { $0 + $1.width }
        let flexCount = columns.filter(\.flexible).count
        guard flexCount > 0 else { return columns }
        let room = max(4 * flexCount, total - fixed - gaps)
        var result = columns
        var left = room
        for i in result.indices where result[i].flexible {
            let share = left / max(1, result[i...].filter(\.flexible).count)
            result[i].width = max(result[i].width, share)
            left -= result[i].width
        }
        return result
    }
}

/// Draws tables row by row into a buffer; only the rows asked for are touched.
struct TableDrawer {
    var columns: [Column]
    var x = 0

    /// The header row, with a sort marker after the sorted column's title.
    func header(_ buffer: inout ScreenBuffer, y: Int, sortColumn: Int? = nil, ascending: Bool = true) {
        buffer.fill(Rect(x: 0, y: y, width: buffer.width, height: 1), style: Theme.tableHeader)
        var column = x
        for (i, c) in columns.enumerated() {
            var title = c.title
            if i == sortColumn { title += ascending ? "▲" : "▼" }
            buffer.put(buffer.cellWidth.fit(title, toWidth: c.width, alignment: c.align), x: column, y: y,
                       style: Theme.tableHeader, maxWidth: c.width)
            column += c.width + 1
        }
    }

    /// One row: each cell's text and style; the whole line takes `rowStyle` (selection) under them.
    func row(_ buffer: inout ScreenBuffer, y: Int, cells: [(String, Style)], selected: Bool) {
        let base = selected ? Theme.selected : Style.plain
        buffer.fill(Rect(x: 0, y: y, width: buffer.width, height: 1), style: base)
        var column = x
        for (i, c) in columns.enumerated() where i < cells.count {
            var style = cells[i].1
            if selected { style.background = Theme.selected.background }
            buffer.put(buffer.cellWidth.fit(cells[i].0, toWidth: c.width, alignment: c.align), x: column, y: y,
                       style: style, maxWidth: c.width)
            column += c.width + 1
        }
    }
}
