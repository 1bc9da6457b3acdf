/// A sheet of cells as read from a workbook or a CSV file: what every form reader works on.
///
/// Cells are kept sparsely (each row holds only its non-empty cells, in column order) and within
/// a spreadsheet's own limits, so a hostile address or a huge merge costs nothing but a note.
package struct Grid: Sendable {
    /// A spreadsheet's limits: 1,048,576 rows and 16,384 columns (XFD).
    package static let maximumRows = 1_048_576
    package static let maximumColumns = 16_384
    /// More cells than any 自评表 holds; past this a grid stops taking cells.
    package static let maximumCells = 4_000_000
    /// How many covered cells all merges of a grid may index together.
    static let maximumMergeIndex = 2_000_000

    /// The sheet's name (a CSV file's is its file name).
    package var name: String
    /// The columns this grid holds: all of them, or a band of a sheet with forms side by side.
    package private(set) var columnsHeld: Range<Int> = 0..<Int.max
    private var rowCells: [[(column: Int, cell: GridCell)]] = []
    private var cellCount = 0
    /// The merged ranges (mergeCells), each with its value in its first cell.
    package private(set) var merges: [CellRange] = []
    private var mergesByOrigin: [CellAddress: CellRange] = [:]
    /// Each column's merges, to find the merge covering a cell without indexing every covered cell.
    private var mergesByColumn: [Int: [CellRange]] = [:]
    private var mergeIndexSize = 0
    /// Cells and merges refused for the limits above, for the reader's notes.
    package private(set) var refusedCells = 0
    package private(set) var refusedMerges: [CellRange] = []

    package init(name: String) {
        self.name = name
    }

    package var rowCount: Int { rowCells.count }
    package var columnCount: Int { (rowCells.compactMap { $0.last?.column }.max() ?? -1) + 1 }
    package var isEmpty: Bool { cellCount == 0 }

    /// Puts a cell at an address; an address past a spreadsheet's limits, or a cell past the grid's
    /// budget, is refused (and counted in `refusedCells`).
    package mutating func set(_ cell: GridCell, at address: CellAddress) {
        guard (0..<Self.maximumRows).contains(address.row), (0..<Self.maximumColumns).contains(address.column),
              cellCount < Self.maximumCells else {
            refusedCells += 1
            return
        }
        if rowCells.count <= address.row { rowCells.append(contentsOf: Array(repeating: [], count: address.row + 1 - rowCells.count)) }
        var row = rowCells[address.row]
        rowCells[address.row] = []
        if let last = row.last, last.column >= address.column {
            let i = insertionIndex(row, address.column)
            if i < row.count, row[i].column == address.column { row[i].cell = cell } else { row.insert((address.column, cell), at: i); cellCount += 1 }
        } else {
            row.append((address.column, cell))
            cellCount += 1
        }
        rowCells[address.row] = row
    }

    /// Records a merge; cells under it other than the first are covered by it.
    package mutating func merge(_ range: CellRange) {
        let width = range.last.column - range.first.column + 1
        guard range.last.row < Self.maximumRows, range.last.column < Self.maximumColumns,
              mergeIndexSize + width <= Self.maximumMergeIndex else {
            refusedMerges.append(range)
            return
        }
        merges.append(range)
        mergesByOrigin[range.first] = range
        for column in range.first.column...range.last.column { mergesByColumn[column, default: []].append(range) }
        mergeIndexSize += width
    }

    /// The cell as stored at this address (nil under a merge, except its first cell).
    package func cell(_ row: Int, _ column: Int) -> GridCell? {
        guard rowCells.indices.contains(row) else { return nil }
        let cells = rowCells[row]
        let i = insertionIndex(cells, column)
        return i < cells.count && cells[i].column == column ? cells[i].cell : nil
    }

    /// The first cell of the merge covering this address, if the address is covered by one.
    package func mergeOrigin(_ row: Int, _ column: Int) -> CellAddress? {
        let here = CellAddress(row: row, column: column)
        return mergesByColumn[column]?.first { $0.contains(here) && $0.first != here }?.first
    }

    /// The merge whose first cell is this address, if any.
    package func merge(startingAt address: CellAddress) -> CellRange? {
        mergesByOrigin[address]
    }

    /// The cell's shown text, or "" where empty; a covered cell of a merge shows nothing.
    package func text(_ row: Int, _ column: Int) -> String {
        cell(row, column)?.text ?? ""
    }

    /// For a grid made from text (a PDF's layout, a web page's table): the text line each row stands
    /// on, so a note names `line 25` rather than a cell of no sheet.
    package var lineOfRow: [Int]?
    /// For a grid made from a printed page: where each row stands (`page 1, line 25`).
    package var placeOfRow: [String]?

    /// `表1!C7`: a place an import note can name (`line 25` in a grid made from text).
    package func place(_ row: Int, _ column: Int) -> String {
        if let places = placeOfRow, places.indices.contains(row) { return places[row] }
        if let lines = lineOfRow, lines.indices.contains(row) { return "line \(lines[row])" }
        return "\(name)!\(CellAddress(row: row, column: column))"
    }

    /// A cell as a note names it: `C7` in a sheet, its line in a grid made from text.
    package func describe(_ address: CellAddress) -> String {
        placeOfRow != nil || lineOfRow != nil ? place(address.row, address.column) : "\(address)"
    }

    /// A range as a note names it: `C7:C9` in a sheet, its first and last lines in a grid made from text.
    package func describe(_ range: CellRange) -> String {
        guard placeOfRow != nil || lineOfRow != nil else { return "\(range.first):\(range.last)" }
        let a = place(range.first.row, range.first.column), b = place(range.last.row, range.last.column)
        return a == b ? a : "\(a) to \(b)"
    }

    /// Every stored cell of a row (blank ones too), in column order.
    package func cells(row: Int) -> [(column: Int, cell: GridCell)] {
        rowCells.indices.contains(row) ? rowCells[row] : []
    }

    /// The non-blank cells of a row with their columns, in column order.
    package func filled(row: Int) -> [(column: Int, cell: GridCell)] {
        guard rowCells.indices.contains(row) else { return [] }
        return rowCells[row].filter { !$0.cell.isBlank }
    }

    /// The cells of some columns only, at their own addresses (so places stay those of the sheet):
    /// one of several forms printed side by side.
    package func restricted(to columns: Range<Int>) -> Grid {
        var band = Grid(name: name)
        band.columnsHeld = columns
        for (r, row) in rowCells.enumerated() {
            for entry in row where columns.contains(entry.column) { band.set(entry.cell, at: CellAddress(row: r, column: entry.column)) }
        }
        for range in merges where columns.contains(range.first.column) {
            band.merge(CellRange(first: range.first,
                                 last: CellAddress(row: range.last.row, column: min(range.last.column, columns.upperBound - 1))))
        }
        return band
    }

    private func insertionIndex(_ cells: [(column: Int, cell: GridCell)], _ column: Int) -> Int {
        var low = 0, high = cells.count
        while low < high {
            let mid = (low + high) / 2
            if cells[mid].column < column { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
