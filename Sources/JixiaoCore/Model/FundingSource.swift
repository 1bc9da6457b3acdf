import Foundation

/// One funding source of a project's money, as the standard form's 其中 rows print it
/// (当年财政拨款, 上年结转资金, 其他资金; or 财政资金, 财政专户管理资金, 单位资金).
public struct FundingSource: Codable, Equatable, Sendable {
    /// The row's label as printed, without the 其中 prefix.
    public var label: String
    /// 年初预算数, where printed.
    public var budget: Decimal?
    /// 全年预算数 / 调整后预算数, where printed.
    public var adjustedBudget: Decimal?
    /// 全年执行数 / 预算执行数, where printed.
    public var spent: Decimal?

    public init(label: String, budget: Decimal? = nil, adjustedBudget: Decimal? = nil, spent: Decimal? = nil) {
        self.label = label; self.budget = budget; self.adjustedBudget = adjustedBudget; self.spent = spent
    }

    /// Whether no amount is printed on the row.
    public var isEmpty: Bool { budget == nil && adjustedBudget == nil && spent == nil }
}

/// The 年度总体目标 row: what was planned beside what the report says was done.
public struct AnnualGoal: Codable, Equatable, Sendable {
    /// 预期目标, verbatim.
    public var expected: String
    /// 实际完成情况, verbatim; empty when the form leaves it blank.
    public var actual: String

    public init(expected: String, actual: String) {
        self.expected = expected; self.actual = actual
    }
}

/// A printed level subtotal (产出指标 自评分 19 分): the score a form states for one level-1 group.
public struct PrintedSubtotal: Codable, Equatable, Sendable {
    /// The level-1 label as printed (产出指标).
    public var level1: String
    /// The level's weight, where printed (`产出指标(50分)`).
    public var weight: Decimal?
    /// The printed score of the level, where printed.
    public var score: Decimal?

    public init(level1: String, weight: Decimal? = nil, score: Decimal? = nil) {
        self.level1 = level1; self.weight = weight; self.score = score
    }
}
