/// The columns of an indicator table, from its header row (or two rows, where 年度指标值 spans
/// 指标性质 / 指标值 / 度量单位 beneath it).
struct IndicatorColumns {
    var columns: [ColumnRole: Int] = [:]
    /// Header rows read; the data begins after the last.
    var headerRows: ClosedRange<Int>
    /// Header labels matched only loosely, with their places, for notes.
    var loose: [(place: String, label: String, role: ColumnRole)] = []

    subscript(role: ColumnRole) -> Int? { columns[role] }

    /// Whether the target is printed in pieces (指标性质 + 指标值 + 度量单位).
    var isSplit: Bool { columns[.targetValue] != nil }

    /// Finds the header in `range`: a row naming the 三级指标 and an 一级 or 二级 column.
    static func find(in grid: Grid, rows range: ClosedRange<Int>) -> IndicatorColumns? {
        guard range.lowerBound <= range.upperBound else { return nil }
        for row in range {
            var found = IndicatorColumns(headerRows: row...row)
            found.read(grid, row: row)
            guard found.columns[.name] != nil, found.columns[.level1] != nil || found.columns[.level2] != nil,
                  found.columns.count >= 3 else { continue }
            // A second header row: labels under a spanning header (年度指标值 → 指标性质 / 指标值 / 度量单位).
            if row + 1 <= range.upperBound {
                var below = IndicatorColumns(headerRows: (row + 1)...(row + 1))
                below.read(grid, row: row + 1)
                let filled = grid.filled(row: row + 1).count
                if !below.columns.isEmpty, below.columns.count == filled, below.columns[.name] == nil {
                    for (role, column) in below.columns {
                        // The lower label replaces the spanning one above it.
                        found.columns = found.columns.filter { $0.value != column }
                        found.columns[role] = column
                    }
                    found.loose += below.loose
                    found.headerRows = row...(row + 1)
                }
            }
            // 指标值 alone (no 指标性质, no 度量单位) is the whole target.
            if found.columns[.targetValue] != nil, found.columns[.nature] == nil, found.columns[.unit] == nil, found.columns[.target] == nil {
                found.columns[.target] = found.columns.removeValue(forKey: .targetValue)
            }
            return found
        }
        return nil
    }

    private mutating func read(_ grid: Grid, row: Int) {
        for (c, cell) in grid.filled(row: row) {
            guard let match = ColumnRole.match(cell.text, among: ColumnRole.indicatorRoles) else { continue }
            if columns[match.role] != nil { continue }   // the first column with a label wins
            columns[match.role] = c
            if match.loose { loose.append((grid.place(row, c), LabelText.key(cell.text), match.role)) }
        }
    }
}
