import Foundation

/// Budget against spending for one sub-project or a whole report.
public struct ExecutionFigures: Sendable, Equatable {
    /// The budget as first set; where a form leaves 年初预算数 blank, the adjusted budget (see `hasOriginalBudget`).
    public var budget: Decimal
    /// The budget after 收回, 调剂, 压减, 追加.
    public var adjustedBudget: Decimal
    public var spent: Decimal
    public var pending: Decimal?
    /// Whether the original budget (年初预算数) was given for every part; false when a form left it blank.
    public var hasOriginalBudget: Bool

    public init(budget: Decimal, adjustedBudget: Decimal, spent: Decimal, pending: Decimal? = nil, hasOriginalBudget: Bool = true) {
        self.budget = budget; self.adjustedBudget = adjustedBudget; self.spent = spent; self.pending = pending
        self.hasOriginalBudget = hasOriginalBudget
    }

    init(_ subProject: SubProject) {
        self.init(budget: subProject.budget ?? subProject.adjustedBudget, adjustedBudget: subProject.adjustedBudget,
                  spent: subProject.spent, pending: subProject.pending, hasOriginalBudget: subProject.budget != nil)
    }

    /// Whether the adjusted budget differs from the original one.
    public var isAdjusted: Bool { hasOriginalBudget && adjustedBudget != budget }

    /// spent ÷ adjusted budget (the execution rate, 预算执行率); nil when the budget is zero.
    public var rate: Decimal? { adjustedBudget > 0 ? spent / adjustedBudget : nil }

    /// spent ÷ the original budget; nil when it is zero or was not given.
    public var rateOfOriginal: Decimal? { hasOriginalBudget && budget > 0 ? spent / budget : nil }

    /// Spent more than the adjusted budget.
    public var isOverspent: Bool { spent > adjustedBudget }

    /// The amount spent over the adjusted budget (0 when within it).
    public var overspend: Decimal { max(0, spent - adjustedBudget) }

    /// Spent below `threshold` of the adjusted budget.
    public func isUnderspent(threshold: Decimal) -> Bool {
        guard let rate else { return false }
        return rate < threshold
    }

    static func + (a: ExecutionFigures, b: ExecutionFigures) -> ExecutionFigures {
        let pending: Decimal? = (a.pending == nil && b.pending == nil) ? nil : (a.pending ?? 0) + (b.pending ?? 0)
        return ExecutionFigures(budget: a.budget + b.budget, adjustedBudget: a.adjustedBudget + b.adjustedBudget,
                                spent: a.spent + b.spent, pending: pending,
                                hasOriginalBudget: a.hasOriginalBudget && b.hasOriginalBudget)
    }

    static let zero = ExecutionFigures(budget: 0, adjustedBudget: 0, spent: 0)
}

extension FundingSource {
    /// spent ÷ the adjusted budget (or the original, where only that is printed); nil without both.
    public var executionRate: Decimal? {
        guard let spent, let budget = adjustedBudget ?? budget, budget > 0 else { return nil }
        return spent / budget
    }
}
