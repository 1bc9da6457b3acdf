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
    /// The weight the report prints for this indicator (分值 / 权重), if any.
    public var weight: Decimal?
    /// The score the report prints for this row (得分), if any.
    public var statedScore: Decimal?
    /// A reviewer's score printed beside it (复核分), if any.
    public var reviewScore: Decimal?
    /// 指标性质 where the form prints it as its own column (`≥`, `＝`, `定性`), verbatim.
    public var nature: String?
    /// 指标值 where the form prints the target's number apart from its operator and unit, verbatim.
    public var targetValue: String?
    /// 度量单位 / 计量单位 where the form prints it as its own column, verbatim.
    public var unit: String?
    /// An analyst's explicit reading, for a case the text cannot settle.
    public var explicit: ExplicitValue?
    /// How the row was transcribed, where the source layout garbled it.
    public var note: String?
    /// What the importer guessed about this row, with the cells it came from.
    public var importNotes: [ImportNote]

    public init(
        id: String, subProject: String?, level1: String, level2: String, name: String,
        target: String, actual: String, deviationReason: String? = nil, weight: Decimal? = nil,
        explicit: ExplicitValue? = nil, note: String? = nil, statedScore: Decimal? = nil,
        reviewScore: Decimal? = nil, nature: String? = nil, targetValue: String? = nil, unit: String? = nil,
        importNotes: [ImportNote] = []
    ) {
        self.id = id; self.subProject = subProject; self.level1 = level1; self.level2 = level2
        self.name = name; self.target = target; self.actual = actual
        self.deviationReason = deviationReason; self.weight = weight
        self.explicit = explicit; self.note = note
        self.statedScore = statedScore; self.reviewScore = reviewScore
        self.nature = nature; self.targetValue = targetValue; self.unit = unit
        self.importNotes = importNotes
    }
}

extension Indicator {
    /// Decodes with the defaults of the data format: omitted lists are empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), subProject: try c.decodeIfPresent(String.self, forKey: .subProject),
            level1: try c.decode(String.self, forKey: .level1), level2: try c.decode(String.self, forKey: .level2),
            name: try c.decode(String.self, forKey: .name), target: try c.decode(String.self, forKey: .target),
            actual: try c.decode(String.self, forKey: .actual),
            deviationReason: try c.decodeIfPresent(String.self, forKey: .deviationReason),
            weight: try c.decodeIfPresent(Decimal.self, forKey: .weight),
            explicit: try c.decodeIfPresent(ExplicitValue.self, forKey: .explicit),
            note: try c.decodeIfPresent(String.self, forKey: .note),
            statedScore: try c.decodeIfPresent(Decimal.self, forKey: .statedScore),
            reviewScore: try c.decodeIfPresent(Decimal.self, forKey: .reviewScore),
            nature: try c.decodeIfPresent(String.self, forKey: .nature),
            targetValue: try c.decodeIfPresent(String.self, forKey: .targetValue),
            unit: try c.decodeIfPresent(String.self, forKey: .unit),
            importNotes: try c.decodeIfPresent([ImportNote].self, forKey: .importNotes) ?? []
        )
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
