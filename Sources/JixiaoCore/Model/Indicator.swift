import Foundation

/// One row of a performance-indicator table (绩效指标表).
public struct Indicator: Codable, Equatable, Sendable {
    public var id: String
    /// The sub-project it belongs to; nil for a department-level indicator.
    public var subProject: String?
    /// 一级指标 as written: 产出, 效益, 满意度 (or 成本 in newer tables).
    public var level1: String
    /// 二级指标 as written: 数量指标, 质量指标, 时效指标, 成本指标, 经济效益, 社会效益, 生态效益, 可持续影响, 满意度指标.
    public var level2: String
    /// 三级指标: the indicator's own name.
    public var name: String
    /// 目标值 / 预期值, verbatim.
    public var target: String
    /// 实际完成值 / 实现值, verbatim.
    public var actual: String
    /// 偏差原因 / 未能完成预期值的原因, where the report gives one.
    public var deviationReason: String?
    /// The weight the report gives this indicator, if any.
    public var weight: Decimal?
    /// An analyst's explicit reading, for a case the text cannot settle.
    public var explicit: ExplicitValue?
    /// How the row was transcribed, where the source layout garbled it.
    public var note: String?

    public init(
        id: String, subProject: String?, level1: String, level2: String, name: String,
        target: String, actual: String, deviationReason: String? = nil, weight: Decimal? = nil,
        explicit: ExplicitValue? = nil, note: String? = nil
    ) {
        self.id = id; self.subProject = subProject; self.level1 = level1; self.level2 = level2
        self.name = name; self.target = target; self.actual = actual
        self.deviationReason = deviationReason; self.weight = weight
        self.explicit = explicit; self.note = note
    }
}

/// The outcome of judging one indicator.
public enum IndicatorStatus: String, Codable, Sendable, CaseIterable {
    case met, unmet, partial, review
}

/// An analyst's reading that overrides what the text says.
public struct ExplicitValue: Codable, Equatable, Sendable {
    /// The measured value, in `unit` (or the target's unit when nil).
    public var actual: Decimal?
    public var unit: String?
    /// A status to take as given, for a case no number settles.
    public var status: IndicatorStatus?
    /// Why: the passage of the report that settles it.
    public var note: String

    public init(actual: Decimal? = nil, unit: String? = nil, status: IndicatorStatus? = nil, note: String) {
        self.actual = actual; self.unit = unit; self.status = status; self.note = note
    }
}
