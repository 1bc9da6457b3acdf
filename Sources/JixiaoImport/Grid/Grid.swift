/// A sheet of cells as read from a workbook or a CSV file: what every form reader works on.
package struct Grid: Sendable {
    /// The sheet's name (a CSV file's is its file name).
    package var name: String
    /// Rows of cells, each as long as its last non-empty cell; nil where empty.
    package private(set) var rows: [[GridCell?]] = []
    /// The merged ranges (mergeCells), each with its value in its first cell.
    package private(set) var merges: [CellRange] = []
    private var mergeOrigins: [CellAddress: CellAddress] = [:]
    private var mergesByOrigin: [CellAddress: CellRange] = [:]

    /// The columns this grid holds: all of them, or a band of a sheet with forms side by side.
    package private(set) var columnsHeld: Range<Int> = 0..<Int.max

    package init(name: String) {
        self.name = name
    }

    package var rowCount: Int { rows.count }
    package var columnCount: Int { rows.map(\.count).max() ?? 0 }

    package mutating func set(_ cell: GridCell, at address: CellAddress) {
        guard address.row >= 0, address.column >= 0 else { return }
        if rows.count <= address.row { rows.append(contentsOf: Array(repeating: [], count: address.row + 1 - rows.count)) }
        if rows[address.row].count <= address.column {
            rows[address.row].append(contentsOf: Array(repeating: nil, count: address.column + 1 - rows[address.row].count))
        }
        rows[address.row][address.column] = cell
    }

    /// Records a merge; cells under it other than the first are treated as covered.
    package mutating func merge(_ range: CellRange) {
        merges.append(range)
        mergesByOrigin[range.first] = range
        // Cap what one merge may cover, so a hostile A1:XFD1048576 cannot exhaust memory.
        let height = min(range.last.row - range.first.row + 1, 100_000)
        let width = min(range.last.column - range.first.column + 1, 1_000)
        guard height * width <= 1_000_000 else { return }
        for r in range.first.row..<(range.first.row + height) {
            for c in range.first.column..<(range.first.column + width) where r != range.first.row || c != range.first.column {
                mergeOrigins[CellAddress(row: r, column: c)] = range.first
            }
        }
    }

    /// The cell as stored at this address (nil under a merge, except its first cell).
    package func cell(_ row: Int, _ column: Int) -> GridCell? {
        guard rows.indices.contains(row), rows[row].indices.contains(column) else { return nil }
        return rows[row][column]
    }

    /// The first cell of the merge covering this address, if the address is covered by one.
    package func mergeOrigin(_ row: Int, _ column: Int) -> CellAddress? {
        mergeOrigins[CellAddress(row: row, column: column)]
    }

    /// The merge whose first cell is this address, if any.
    package func merge(startingAt address: CellAddress) -> CellRange? {
        mergesByOrigin[address]
    }

    /// The cell's shown text, or "" where empty; a covered cell of a merge shows nothing.
    package func text(_ row: Int, _ column: Int) -> String {
        cell(row, column)?.text ?? ""
    }

    /// `表1!C7`: a place an import note can name.
    package func place(_ row: Int, _ column: Int) -> String {
        "\(name)!\(CellAddress(row: row, column: column))"
    }

    /// The non-blank cells of a row with their columns.
    package func filled(row: Int) -> [(column: Int, cell: GridCell)] {
        guard rows.indices.contains(row) else { return [] }
        return rows[row].enumerated().compactMap { c, cell in
            guard let cell, !cell.isBlank else { return nil }
            return (c, cell)
        }
    }

    /// The cells of some columns only, at their own addresses (so places stay those of the sheet):
    /// one of several forms printed side by side.
    package func restricted(to columns: Range<Int>) -> Grid {
        var band = Grid(name: name)
        band.columnsHeld = columns
        for (r, row) in rows.enumerated() {
            for c in columns where c < row.count {
                if let cell = row[c] { band.set(cell, at: CellAddress(row: r, column: c)) }
            }
        }
        for range in merges where columns.contains(range.first.column) {
            band.merge(CellRange(first: range.first,
                                 last: CellAddress(row: range.last.row, column: min(range.last.column, columns.upperBound - 1))))
        }
        return band
    }
}
