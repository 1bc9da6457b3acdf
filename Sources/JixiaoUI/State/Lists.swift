import Foundation
import JixiaoCore

/// The rows each screen lists after sorting and filtering, computed when those change, never per frame.
public struct Lists: Sendable, Equatable {
    /// Sub-project positions in budget-table order.
    public var budget: [Int] = []
    /// Heatmap row (group) positions shown.
    public var heatmap: [Int] = []
    /// Finding positions shown in the issue list.
    public var issues: [Int] = []
    /// Indicator positions per group, after the failing-only filter.
    public var indicatorsByGroup: [Int: [Int]] = [:]

    public init() {}

    /// The item positions a list screen shows, in order.
    public func rows(of screen: Screen) -> [Int] {
        switch screen {
        case .pane(.budget): budget
        case .pane(.heatmap): heatmap
        case .pane(.issues): issues
        case .indicators(let group): indicatorsByGroup[group] ?? []
        default: []
        }
    }

    static func make(_ state: AppState) -> Lists {
        var lists = Lists()
        guard let e = state.evaluation else { return lists }
        lists.budget = budgetOrder(e, sort: state.budgetSort, ascending: state.budgetAscending, failingOnly: state.failingOnly)
        for (index, group) in e.groups.enumerated() {
            let indices = group.indicatorIndices.filter { !state.failingOnly || e.indicators[$0].status != .met }
            lists.indicatorsByGroup[index] = indices
            if !state.failingOnly || !indices.isEmpty || group.total.total == 0 { lists.heatmap.append(index) }
        }
        lists.issues = e.findings.indices.filter { i in
            let finding = e.findings[i]
            if let severity = state.severityFilter, finding.severity != severity { return false }
            if let kind = state.kindFilter, finding.kind != kind { return false }
            if state.failingOnly, finding.severity == .info { return false }
            return true
        }
        return lists
    }

    private static func budgetOrder(_ e: ReportEvaluation, sort: BudgetSort, ascending: Bool, failingOnly: Bool) -> [Int] {
        var order = Array(e.subProjects.indices)
        if failingOnly {
            let threshold = e.options.underspendThreshold
            order = order.filter {
                let x = e.subProjects[$0].execution
                return x.isOverspent || x.isUnderspent(threshold: threshold)
            }
        }
        func key(_ i: Int) -> Decimal {
            let x = e.subProjects[i].execution
            switch sort {
            case .order, .name: return Decimal(i)
            case .budget: return x.budget
            case .adjusted: return x.adjustedBudget
            case .spent: return x.spent
            case .rate: return x.rate ?? -1
            }
        }
        switch sort {
        case .order: break
        case .name:
            // Chinese names in pinyin order where the platform's collation knows it.
            let zh = Locale(identifier: "zh_CN")
            order.sort { e.subProjects[$0].subProject.name.compare(e.subProjects[$1].subProject.name, locale: zh) == .orderedAscending }
        default: order.sort { key($0) != key($1) ? key($0) < key($1) : $0 < $1 }
        }
        return ascending ? order : order.reversed()
    }
}
