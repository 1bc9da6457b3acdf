import Foundation
import JixiaoCore

/// The budget-versus-spend table: one row per sub-project, a bar for the execution rate, a total row,
/// and the selected row's adjustments in full below.
enum BudgetView {
    /// The bar's cells: 10, or 6 on narrow screens.
    static func barWidth(_ screenWidth: Int) -> Int { screenWidth < 90 ? 6 : 10 }
    static let previewRows = 2
    /// The name column never grows past this, so numbers stay near their names on wide screens.
    static let maxNameWidth = 56

    enum Field { case number, name, budget, adjusted, spent, balance, pending, rate, bar, mark }

    static func fields(_ e: ReportEvaluation, width: Int) -> [Field] {
        var fields: [Field] = [.number, .name, .budget]
        if e.total.isAdjusted || !e.total.hasOriginalBudget { fields.append(.adjusted) }
        fields.append(.spent)
        if width >= 110 { fields.append(.balance) }
        if width >= 120, e.total.pending != nil { fields.append(.pending) }
        return fields + [.rate, .bar, .mark]
    }

    static func columns(_ state: AppState, _ fields: [Field], width: Int) -> [Column] {
        let l = state.labels
        let zh = state.language == .zh
        let money = width < 100 ? 10 : 11
        let columns = fields.map { field -> Column in
            switch field {
            case .number: Column(title: l.number, width: 4, align: .right)
            case .name: Column(title: l.subProject, width: 12, flexible: true)
            case .budget: Column(title: l.budget, width: money, align: .right)
            case .adjusted: Column(title: l.adjusted, width: money, align: .right)
            case .spent: Column(title: l.spent, width: money, align: .right)
            case .balance: Column(title: zh ? "结余" : "Unspent", width: 10, align: .right)
            case .pending: Column(title: zh ? "待付" : "Pending", width: 9, align: .right)
            case .rate: Column(title: l.rate, width: 8, align: .right)
            case .bar: Column(title: "", width: barWidth(width))
            case .mark: Column(title: "", width: 6)
            }
        }
        var laid = Column.layout(columns, total: width - 1)
        if let name = fields.firstIndex(of: .name) { laid[name].width = min(laid[name].width, max(12, maxNameWidth)) }
        return laid
    }

    /// The column the header marks with ▲▼ for a sort.
    static func sortColumn(_ sort: BudgetSort, _ fields: [Field]) -> Int? {
        let field: Field = switch sort {
        case .order: .number
        case .name: .name
        case .budget: .budget
        case .adjusted: .adjusted
        case .spent: .spent
        case .rate: .rate
        }
        return fields.firstIndex(of: field)
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState) {
        guard let e = state.evaluation else { return }
        Chrome.drawSummary(&buffer, state, e)
        let fields = fields(e, width: buffer.width)
        let table = TableDrawer(columns: columns(state, fields, width: buffer.width), x: 1)
        table.header(&buffer, y: Layout.top - 1, sortColumn: sortColumn(state.budgetSort, fields), ascending: state.budgetAscending)
        let cursor = state.cursor(state.screen)
        let visible = Layout.bodyRows(for: state.screen, size: state.size)
        let rows = state.lists.budget
        for line in 0..<visible {
            let row = cursor.top + line
            guard row < rows.count else { break }
            let result = e.subProjects[rows[row]]
            table.row(&buffer, y: Layout.top + line, cells: cells(state, e, fields, result.execution,
                                                                 number: "\(rows[row] + 1)", name: result.subProject.name),
                      selected: row == cursor.selected)
        }
        let shown = min(visible, max(0, rows.count - cursor.top))
        if rows.isEmpty {
            let zh = state.language == .zh
            let text = state.failingOnly ? (zh ? "没有超支或执行率偏低的项目（f 显示全部）" : "nothing over- or underspent (f shows all)")
                : (zh ? "本报告没有预算表" : "no budget table in this report")
            buffer.put(text, x: 2, y: Layout.top, style: .dim)
        }
        let totalY = Layout.top + max(1, shown)
        table.row(&buffer, y: totalY, cells: cells(state, e, fields, e.total, number: "", name: state.labels.total).map {
            ($0.0, $0.1.bolded)
        }, selected: false)
        let previewY = Layout.top + visible + 1
        let selected = rows.indices.contains(cursor.selected) ? e.subProjects[rows[cursor.selected]] : nil
        if let finance = e.report.finance {
            FinanceBlock.draw(&buffer, state, finance, from: totalY + 2, to: previewY - 1)
        } else {
            FundingBlock.draw(&buffer, state, e, selected, from: totalY + 2, to: previewY - 1)
        }
        Preview.draw(&buffer, y: previewY, rows: previewRows, text: selected.map { describe($0, state) }, style: .plain)
    }

    /// The selected sub-project's budget story in one line: adjustments, parts, pending payments.
    static func describe(_ result: SubProjectResult, _ state: AppState) -> String {
        let zh = state.language == .zh
        let x = result.execution
        var parts = ["\(result.subProject.name)：\(state.labels.budget) " + (x.hasOriginalBudget ? x.budget.grouped() : (zh ? "未填" : "blank"))]
        for adjustment in result.subProject.adjustments {
            let sign = adjustment.kind.lowers ? "-" : "+"
            parts.append("\(adjustment.label ?? (zh ? adjustment.kind.chineseName : adjustment.kind.rawValue)) \(sign)\(adjustment.amount.grouped())")
        }
        if x.isAdjusted, result.subProject.adjustments.isEmpty {
            // A printed 全年预算数 with no named adjustments: the change, not an equation.
            let change = x.adjustedBudget - x.budget
            parts.append("\(state.labels.adjusted) \(x.adjustedBudget.grouped())（\(zh ? "调整" : "change") \(change > 0 ? "+" : "")\(change.grouped())）")
        } else if x.isAdjusted || !x.hasOriginalBudget {
            parts.append("\(x.isAdjusted ? "= " : "")\(state.labels.adjusted) \(x.adjustedBudget.grouped())")
        }
        parts.append("\(state.labels.spent) \(x.spent.grouped())")
        if let pending = x.pending { parts.append("\(zh ? "待付" : "pending") \(pending.grouped())") }
        if !result.subProject.budgetParts.isEmpty {
            parts.append((zh ? "预算组成 " : "made of ") + result.subProject.budgetParts.map { "\($0.label) \($0.amount.grouped())" }.joined(separator: " + "))
        }
        if result.groupIndex == nil { parts.append(zh ? "（无单独绩效指标）" : "(no indicators of its own)") }
        return parts.joined(separator: zh ? "，" : ", ")
    }

    static func cells(_ state: AppState, _ e: ReportEvaluation, _ fields: [Field], _ x: ExecutionFigures,
                      number: String, name: String) -> [(String, Style)] {
        let threshold = e.options.underspendThreshold
        let rateStyle = Theme.rate(x, threshold: threshold)
        let measure = CellWidth(policy: state.widthPolicy)
        return fields.map { field in
            switch field {
            case .number: (number, .dim)
            case .name: (name, .plain)
            case .budget: x.hasOriginalBudget ? (x.budget.grouped(), .plain) : ("—", .dim)
            case .adjusted: (x.adjustedBudget.grouped(), x.isAdjusted ? Style(.accent) : .plain)
            case .spent: (x.spent.grouped(), .plain)
            case .balance: ((x.adjustedBudget - x.spent).grouped(), x.isOverspent ? Style(.bad) : .dim)
            case .pending: (x.pending?.grouped() ?? "", .plain)
            case .rate: (x.rate?.percent() ?? "—", rateStyle)
            case .bar: (bar(x.rate, cells: barWidth(state.size.width), measure: measure), rateStyle)
            case .mark: (x.isOverspent ? state.labels.overspent : x.isUnderspent(threshold: threshold) ? state.labels.underspent : "", rateStyle)
            }
        }
    }

    /// █ for each share spent, ░ for the rest; full when overspent. Block characters are
    /// East-Asian-ambiguous, so the count follows their width.
    static func bar(_ rate: Decimal?, cells: Int, measure: CellWidth) -> String {
        guard let rate else { return "" }
        let cell = max(1, measure.width(of: "█"))
        let slots = cells / cell
        let filled = min(slots, max(0, Int("\((rate * Decimal(slots)).rounded(0))") ?? 0))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: slots - filled)
    }
}

/// A department report's finance summary, drawn under the budget table where there is room.
enum FinanceBlock {
    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState, _ f: DepartmentFinance, from y0: Int, to y1: Int) {
        let zh = state.language == .zh
        var lines: [(String, Style)] = [(zh ? "部门财务概况（万元）" : "Department finance (万元)", Style(.header, bold: true))]
        func breakdown(_ name: String, _ b: Breakdown?) {
            guard let b else { return }
            let parts = b.parts.map { "\($0.label) \($0.amount.grouped())" }.joined(separator: " + ")
            let sum = b.parts.reduce(Decimal(0)) { $0 + $1.amount }
            let mark = b.parts.isEmpty || sum == b.total ? "" : (zh ? "  ≠ 分项合计 \(sum.grouped())" : "  ≠ parts \(sum.grouped())")
            lines.append(("\(name) \(b.total.grouped())" + (parts.isEmpty ? "" : " = \(parts)") + mark, mark.isEmpty ? .plain : Style(.warn)))
        }
        breakdown(zh ? "收入预算" : "Revenue budget", f.revenueBudget)
        breakdown(zh ? "决算支出" : "Final accounts", f.finalAccounts)
        breakdown(zh ? "三公经费" : "Three public", f.threePublic)
        breakdown(zh ? "政府采购" : "Procurement", f.procurement)
        if let a = f.assets {
            lines.append(((zh ? "资产 \(a.total.grouped())，负债 \(a.liabilities.grouped())，净资产 \(a.netAssets.grouped())"
                : "Assets \(a.total.grouped()), liabilities \(a.liabilities.grouped()), net \(a.netAssets.grouped())"), .plain))
        }
        if let c = f.runningCost {
            var text = zh ? "机关运行经费 \(c.current.grouped())，上年 \(c.previous.grouped())" : "Running cost \(c.current.grouped()), last year \(c.previous.grouped())"
            if let change = c.statedChange { text += zh ? "（报告称 \(change.plain)%）" : " (stated \(change.plain)%)" }
            lines.append((text, .plain))
        }
        // Wrapped, never cut: a figure is either whole on screen or not there.
        TextWrap.drawParagraphs(&buffer, lines, from: y0, to: y1)
    }
}
