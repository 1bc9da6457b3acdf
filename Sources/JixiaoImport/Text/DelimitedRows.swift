import Foundation
import JixiaoCore

/// The rows of a table whose cells a tab or `|` separates (a web page's table inside a report's
/// text): each cell is in its header's column, so nothing is guessed but the merged cells — an
/// empty 项目, 一级指标 or 二级指标 cell carries the one above down.
struct DelimitedRows {
    var indicators: [TextIndicatorRow] = []
    var funds: [SubProject] = []
    /// The printed 合计, if any: (budget, spent, line).
    var total: (budget: Decimal?, spent: Decimal?, line: Int)?

    init(_ table: TextTable, in doc: TextDocument, file: String) {
        guard let delimiter = table.delimiter else { return }
        let roles = (table.numbered ? [nil] : []) + table.columns.map { Optional($0) }
        let scale: Decimal = table.unit == "元" ? 10_000 : 1
        var carried: [ColumnRole: String] = [:]
        for index in table.body {
            let number = doc.lines[index].number
            let cells = TextTable.cells(doc.lines[index].text, by: delimiter)
            var row: [ColumnRole: String] = [:]
            for (role, cell) in zip(roles, cells) { if let role { row[role] = cell } }
            var notes: [ImportNote] = []
            if cells.count != roles.count {
                notes.append(ImportNote(.warning, place: TextDocument.place(number), file: file,
                                        "the row has \(cells.count) cells where the header has \(roles.count): read in the header's order"))
            }
            switch table.kind {
            case .funds:
                let name = row[.project] ?? cells.first ?? ""
                func amount(_ role: ColumnRole) -> Decimal? { row[role].flatMap { AmountText.parse($0) }.map { $0 / scale } }
                if TextTable.isTotal(name) || cells.first.map(TextTable.isTotal) == true {
                    // A 合计 row may span the 序号 and name cells: its numbers, from the right, are the money columns'.
                    let money = table.columns.filter { [.budget, .adjustedBudget, .spent, .rate].contains($0) }
                    let numbers = cells.dropFirst().compactMap { AmountText.parse($0.replacingOccurrences(of: "%", with: "")) }
                    var values: [ColumnRole: Decimal] = [:]
                    for (role, value) in zip(money.suffix(numbers.count), numbers.suffix(money.count)) { values[role] = value / scale }
                    total = (values[.budget] ?? values[.adjustedBudget], values[.spent], number)
                    continue
                }
                let both = amount(.budget) != nil && amount(.adjustedBudget) != nil
                if scale != 1 { notes.append(ImportNote(.info, place: TextDocument.place(number), file: file, field: "budget", "amounts in 元 converted exactly to 万元")) }
                funds.append(SubProject(id: String(format: "sp-%02d", funds.count + 1), name: name,
                                        budget: amount(.budget) ?? amount(.adjustedBudget), statedAdjustedBudget: both ? amount(.adjustedBudget) : nil,
                                        spent: amount(.spent) ?? 0, importNotes: notes))
            case .indicators:
                for role in [ColumnRole.project, .level1, .level2] where table.columns.contains(role) {
                    if let text = row[role], !text.isEmpty { carried[role] = text } else if let above = carried[role] {
                        row[role] = above
                        notes.append(ImportNote(.info, place: TextDocument.place(number), file: file, field: role == .project ? "subProject" : role.rawValue,
                                                "the \(role == .project ? "项目" : role == .level1 ? "一级指标" : "二级指标") cell is empty: 「\(above)」 from the row above (a merged cell)"))
                    }
                }
                var r = TextIndicatorRow(lines: number...number)
                r.project = row[.project]
                r.level1 = row[.level1].map(LevelWords.strip) ?? ""
                r.level2 = row[.level2].map(LevelWords.strip) ?? ""
                r.name = row[.name] ?? ""
                r.target = row[.target] ?? row[.targetValue] ?? ""
                r.actual = row[.actual] ?? ""
                r.reason = row[.reason].flatMap { $0.isEmpty ? nil : $0 }
                // A value at the end of the name with the target cell empty (a PDF squeezed the two together).
                if r.target.isEmpty, r.name.tokens.count >= 2 {
                    let split = WrappedCells.split(r.name.tokens, parts: 2)
                    if split.sure, !split.cells[0].isEmpty {
                        r.notes.append(ImportNote(.warning, place: TextDocument.place(number), file: file, field: "target",
                            "the 目标值 cell is empty and the name ends with a value: read as 三级指标 「\(split.cells[0])」, 目标值 「\(split.cells[1])」"))
                        r.name = split.cells[0]; r.target = split.cells[1]
                    }
                }
                r.weight = row[.weight].flatMap { AmountText.parse($0) }
                r.score = row[.score].flatMap { AmountText.parse($0) }
                r.notes = notes
                indicators.append(r)
            }
        }
    }
}
