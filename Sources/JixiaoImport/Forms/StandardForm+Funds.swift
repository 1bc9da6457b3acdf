import Foundation
import JixiaoCore

/// The funds block: its total row and the funding sources printed under it (其中 …).
struct FormFunds {
    var headerRow: Int
    var lastRow: Int
    var unit: String?
    /// A weight written into the block's label (`预算执行情况(10分)`).
    var labelWeight: Decimal?
    var budget: AmountText.Reading = .blank
    var adjustedBudget: AmountText.Reading = .blank
    var spent: AmountText.Reading = .blank
    var weight: Decimal?
    var score: Decimal?
    var totalPlace: String?
    var sources: [FundingSource] = []
    var sourcePlaces: [String] = []
    /// The 原因 printed beside the total (why the rate is low, or the form's own instruction), verbatim.
    var reason: String?
}

extension StandardForm {
    static let totalLabels = ["年度资金总额", "资金总额", "总额", "合计", "总计", "年度财政资金总额", "预算资金总额", "项目资金总额", "小计"]
    /// Rows of a department's funds block that split spending by kind (按支出性质分), not money by source.
    static let spendingKinds: Set<String> = ["基本支出", "项目支出", "人员经费", "公用经费", "人员支出", "公用支出"]

    static let blockEnds = ["年度总体目标", "总体目标", "绩效指标", "一级指标", "项目基本情况", "项目年度目标", "年度绩效目标"]

    /// Finds the funds block after the head: the first row naming at least two of 年初预算数, 全年预算数, 全年执行数.
    mutating func readFunds(defaultUnit: String?) -> FormFunds? {
        for row in span.anchor...max(span.anchor, span.last) {
            var roles: [Int: ColumnRole] = [:]
            for (c, cell) in grid.filled(row: row) {
                if let match = ColumnRole.match(cell.text, among: ColumnRole.fundsRoles) { roles[c] = match.role }
                else if ["原因", "偏差原因", "原因说明", "未完成原因"].contains(LabelText.key(cell.text)) { roles[c] = .reason }
            }
            let money = roles.values.filter { [.budget, .adjustedBudget, .spent].contains($0) }
            guard Set(money).count >= 2, let firstAmount = roles.filter({ $0.value != .reason }).keys.min() else { continue }
            return readFunds(header: row, roles: roles, firstAmount: firstAmount, defaultUnit: defaultUnit)
        }
        return nil
    }

    private mutating func readFunds(header: Int, roles: [Int: ColumnRole], firstAmount: Int, defaultUnit: String?) -> FormFunds {
        var funds = FormFunds(headerRow: header, lastRow: header)
        for (c, cell) in grid.filled(row: header) {
            used.insert(CellAddress(row: header, column: c))
            if let unit = Self.moneyUnit(in: cell.text) { funds.unit = unit }
            if c < firstAmount, let weight = LabelText.splitWeight(cell.text).weight { funds.labelWeight = weight }
        }
        // The block label left of the header (项目资金（万元）) may stand in the rows below, merged down.
        func column(_ role: ColumnRole) -> Int? { roles.first { $0.value == role }?.key }
        // The total is the row labelled as one (年度资金总额, 合计…) wherever it stands; only when none
        // is labelled is it the first row (forms print it first).
        let labelledTotal = ((header + 1)...max(header + 1, min(span.last, header + 10))).first { r in
            guard let label = grid.filled(row: r).filter({ $0.column < firstAmount }).last else { return false }
            let (key, ofWhich) = LabelText.withoutOfWhich(LabelText.key(label.cell.text))
            return !ofWhich && Self.totalLabels.contains { key.hasPrefix($0) }
        }
        var row = header + 1
        var first = true
        var spendingGroup = false
        let tableUnit = { funds.unit ?? defaultUnit ?? "万元" }
        while row <= span.last, row <= header + 10 {
            let left = grid.filled(row: row).filter { $0.column < firstAmount }
            let labels = left.map { LabelText.key($0.cell.text) }
            if labels.contains(where: { key in Self.blockEnds.contains(where: { key.hasPrefix($0) }) }) { break }
            if let unit = left.compactMap({ Self.moneyUnit(in: $0.cell.text) }).first { funds.unit = funds.unit ?? unit }
            // The row's label is its rightmost cell left of the amounts (the block label, if any, is further left).
            guard let labelCell = left.last else {
                if grid.filled(row: row).isEmpty { row += 1; continue }
                break
            }
            for cell in left { used.insert(CellAddress(row: row, column: cell.column)) }
            let (label, ofWhich) = LabelText.withoutOfWhich(LabelText.key(labelCell.cell.text))
            // 按收入性质分 / 按支出性质分 head groups of rows: money by source, or spending by kind.
            let heads = left.map { LabelText.key($0.cell.text) } + grid.filled(row: row).filter { $0.column >= firstAmount }.map { LabelText.key($0.cell.text) }
            if let group = heads.first(where: { $0.hasPrefix("按") && $0.hasSuffix("分") }) {
                for cell in grid.filled(row: row) { used.insert(CellAddress(row: row, column: cell.column)) }
                spendingGroup = group.contains("支出") && !heads.contains { $0.hasPrefix("按") && $0.contains("收入") }
                row += 1
                continue
            }
            if spendingGroup || Self.spendingKinds.contains(label) {
                let amounts = [ColumnRole.budget, .adjustedBudget, .spent].compactMap { role -> String? in
                    guard let c = column(role) else { return nil }
                    used.insert(CellAddress(row: row, column: c))
                    return AmountText.read(grid.cell(row, c)).value.map { "\(role.rawValue) \($0.plain)" }
                }
                notes.info(place(row, labelCell.column), "「\(label)」 is spending by kind, not a funding source: kept in this note (\(amounts.joined(separator: ", ")))")
                funds.lastRow = row
                row += 1
                continue
            }
            func read(_ role: ColumnRole) -> AmountText.Reading {
                guard let c = column(role) else { return .blank }
                var reading = AmountText.read(grid.cell(row, c))
                if reading != .blank { used.insert(CellAddress(row: row, column: c)) }
                // A unit written in the cell (150万元 under 金额单位：元) wins over the table's.
                if case .value(let v) = reading, let written = AmountText.writtenUnit(grid.cell(row, c)), written != tableUnit() {
                    reading = .value(written == "万元" ? v * 10_000 : v / 10_000)
                    notes.info(place(row, c), field: role.rawValue, "the cell says \(written) while the table is in \(tableUnit()): read as \(v.plain) \(written)")
                }
                if case .text(let text) = reading, ![.rate].contains(role) {
                    notes.warning(place(row, c), field: role.rawValue, "「\(ImportSnippet.short(text))」 is not an amount: left out")
                }
                return reading
            }
            let isTotal = labelledTotal.map { $0 == row } ?? (first && !ofWhich)
            if isTotal && funds.totalPlace == nil {
                funds.totalPlace = place(row, labelCell.column)
                funds.budget = read(.budget); funds.adjustedBudget = read(.adjustedBudget); funds.spent = read(.spent)
                funds.weight = read(.weight).value; funds.score = read(.score).value
                _ = read(.rate)
                if let c = column(.reason), !text(row, c).isEmpty { funds.reason = take(row, c) }
            } else {
                let source = FundingSource(label: label, budget: read(.budget).value,
                                           adjustedBudget: read(.adjustedBudget).value, spent: read(.spent).value)
                _ = read(.rate); _ = read(.weight); _ = read(.score)
                if let c = column(.reason) { _ = take(row, c) }
                funds.sources.append(source)
                funds.sourcePlaces.append(place(row, labelCell.column))
            }
            funds.lastRow = row
            first = false
            row += 1
        }
        return funds
    }
}
