import Foundation
import JixiaoCore

/// A table in the long format: a header row of known labels, then one record a row.
///
/// Two kinds: an indicator table (one row per indicator: 项目名称, 一级指标, 二级指标, 三级指标,
/// 年度指标值 or 指标性质 + 指标值 + 度量单位, 实际完成值, 分值, 得分, 偏差原因) and a funds table
/// (one row per project or funding source: 项目名称, 资金来源, 年初预算数, 全年预算数, 全年执行数, 分值, 得分).
struct LongTable {
    enum Kind { case indicators, funds }

    var kind: Kind
    var grid: Grid
    var header: Int
    var columns: [ColumnRole: Int]
    /// The unit the amounts are in, where a header says so (`年初预算数（元）`).
    var unit: String?
    var loose: [(place: String, label: String, role: ColumnRole)] = []

    static let indicatorTableRoles: [ColumnRole] = [
        .project, .scope, .department, .implementingUnit, .year, .projectCode, .level1, .level2, .name, .nature,
        .targetValue, .target, .unit, .actual, .weight, .score, .reviewScore, .reason,
    ]
    static let fundsTableRoles: [ColumnRole] = [
        .project, .scope, .department, .implementingUnit, .year, .projectCode, .fundingSource, .budget, .adjustedBudget,
        .spent, .rate, .adjustment, .weight, .score, .totalScore, .grade, .goalExpected, .goalActual,
    ]

    /// The long table on this sheet, if its header is in the first ten rows.
    static func find(in grid: Grid) -> LongTable? {
        for row in 0..<min(grid.rowCount, 10) {
            let cells = grid.filled(row: row)
            guard cells.count >= 3 else { continue }
            var indicator: [ColumnRole: Int] = [:], indicatorLoose: [(String, String, ColumnRole)] = []
            var funds: [ColumnRole: Int] = [:], fundsLoose: [(String, String, ColumnRole)] = []
            var unit: String?
            for (c, cell) in cells {
                if let m = ColumnRole.match(cell.text, among: indicatorTableRoles), indicator[m.role] == nil {
                    indicator[m.role] = c
                    if m.loose { indicatorLoose.append((grid.place(row, c), LabelText.key(cell.text), m.role)) }
                }
                // In a funds table NAME is the funding source (资金来源), as budget systems export it.
                let fundsMatch = LabelText.key(cell.text).uppercased() == "NAME" ? (role: ColumnRole.fundingSource, loose: false)
                    : ColumnRole.match(cell.text, among: fundsTableRoles)
                if let m = fundsMatch, funds[m.role] == nil {
                    funds[m.role] = c
                    if m.loose { fundsLoose.append((grid.place(row, c), LabelText.key(cell.text), m.role)) }
                }
                unit = unit ?? StandardForm.moneyUnit(in: cell.text)
            }
            let isIndicators = indicator[.name] != nil && (indicator[.level1] != nil || indicator[.level2] != nil)
                && (indicator[.target] != nil || indicator[.targetValue] != nil) && indicator[.actual] != nil
            if isIndicators {
                if indicator[.targetValue] != nil, indicator[.target] == nil, indicator[.nature] == nil, indicator[.unit] == nil {
                    indicator[.target] = indicator.removeValue(forKey: .targetValue)
                }
                return LongTable(kind: .indicators, grid: grid, header: row, columns: indicator, unit: unit, loose: indicatorLoose).withDataRows()
            }
            let money = Set(funds.keys).intersection([.budget, .adjustedBudget, .spent])
            if money.count >= 2, funds[.project] != nil || funds[.fundingSource] != nil {
                return LongTable(kind: .funds, grid: grid, header: row, columns: funds, unit: unit, loose: fundsLoose).withDataRows()
            }
        }
        return nil
    }

    /// The cell text of `role` on `row`, trimmed; "" where absent.
    func text(_ row: Int, _ role: ColumnRole) -> String {
        guard let c = columns[role] else { return "" }
        return grid.text(row, c).trimmed
    }

    func place(_ row: Int, _ role: ColumnRole) -> String {
        grid.place(row, columns[role] ?? 0)
    }

    /// Rows with data below the header.
    private(set) var dataRows: [Int] = []

    private func withDataRows() -> LongTable {
        var table = self
        table.dataRows = header + 1 < grid.rowCount ? ((header + 1)..<grid.rowCount).filter { !grid.filled(row: $0).isEmpty } : []
        return table
    }
}
