import Foundation
import JixiaoCore

/// The budget-versus-spend table: one row per sub-project, a bar for the execution rate, a total row.
enum BudgetView {
    static let barWidth = 10

    static func columns(_ state: AppState, _ e: ReportEvaluation, width: Int) -> [Column] {
        let l = state.labels
        var columns = [
            Column(title: l.number, width: 3, align: .right),
            Column(title: l.subProject, width: 12, flexible: true),
            Column(title: l.budget, width: 10, align: .right),
        ]
        if e.total.isAdjusted { columns.append(Column(title: l.adjusted, width: 10, align: .right)) }
        columns += [
            Column(title: l.spent, width: 10, align: .right),
            Column(title: l.rate, width: 8, align: .right),
            Column(title: "", width: barWidth),
            Column(title: "", width: 6),
        ]
        return Column.layout(columns, total: width - 1)
    }

    /// The column the header marks with ▲▼ for a sort.
    static func sortColumn(_ sort: BudgetSort, adjusted: Bool) -> Int {
        switch sort {
        case .order: 0
        case .name: 1
        case .budget: 2
        case .adjusted: adjusted ? 3 : 2
        case .spent: adjusted ? 4 : 3
        case .rate: adjusted ? 5 : 4
        }
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState) {
        guard let e = state.evaluation else { return }
        Chrome.drawSummary(&buffer, state, e)
        let table = TableDrawer(columns: columns(state, e, width: buffer.width), x: 1)
        table.header(&buffer, y: Layout.top - 1, sortColumn: sortColumn(state.budgetSort, adjusted: e.total.isAdjusted),
                     ascending: state.budgetAscending)
        let cursor = state.cursor(state.screen)
        let visible = Layout.bodyRows(for: state.screen, size: state.size)
        let rows = state.lists.budget
        for line in 0..<visible {
            let row = cursor.top + line
            guard row < rows.count else { break }
            let index = rows[row]
            table.row(&buffer, y: Layout.top + line, cells: cells(state, e, e.subProjects[index].execution,
                                                                 number: "\(index + 1)", name: e.subProjects[index].subProject.name),
                      selected: row == cursor.selected)
        }
        let totalY = Layout.top + min(visible, max(1, rows.count - cursor.top))
        table.row(&buffer, y: totalY, cells: cells(state, e, e.total, number: "", name: state.labels.total).map {
            ($0.0, $0.1.bolded)
        }, selected: false)
        if e.subProjects.isEmpty {
            buffer.put(state.language == .zh ? "本报告没有预算表" : "no budget table in this report", x: 2, y: Layout.top, style: .dim)
        }
    }

    static func cells(_ state: AppState, _ e: ReportEvaluation, _ x: ExecutionFigures, number: String, name: String) -> [(String, Style)] {
        let threshold = e.options.underspendThreshold
        let rateStyle = Theme.rate(x, threshold: threshold)
        var cells: [(String, Style)] = [(number, .dim), (name, .plain), (x.budget.grouped(), .plain)]
        if e.total.isAdjusted { cells.append((x.adjustedBudget.grouped(), x.isAdjusted ? Style(.accent) : .plain)) }
        cells.append((x.spent.grouped(), .plain))
        cells.append((x.rate?.percent(1) ?? "—", rateStyle))
        cells.append((bar(x.rate), rateStyle))
        let mark = x.isOverspent ? state.labels.overspent : x.isUnderspent(threshold: threshold) ? state.labels.underspent : ""
        cells.append((mark, rateStyle))
        return cells
    }

    /// █ for each tenth spent, ░ for the rest; full when overspent.
    static func bar(_ rate: Decimal?) -> String {
        guard let rate else { return "" }
        let filled = min(barWidth, max(0, NSDecimalNumberBridge.int((rate * Decimal(barWidth)).rounded(0))))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
    }
}

/// Whole-number conversion of a Decimal without going through floating point.
enum NSDecimalNumberBridge {
    static func int(_ value: Decimal) -> Int {
        Int("\(value.rounded(0))") ?? 0
    }
}
