import Foundation

/// 绩效等级: 优 90–100, 良 80–89.99, 中 60–79.99, 差 below 60.
public enum Grade: String, Sendable, CaseIterable, Codable {
    case excellent = "优", good = "良", fair = "中", poor = "差"

    public init(score: Decimal) {
        switch score {
        case 90...: self = .excellent
        case 80..<90: self = .good
        case 60..<80: self = .fair
        default: self = .poor
        }
    }

    public var englishName: String {
        switch self {
        case .excellent: "excellent"
        case .good: "good"
        case .fair: "fair"
        case .poor: "poor"
        }
    }
}

/// The score of one first-level group of indicators.
public struct LevelScore: Sendable, Equatable {
    public var level: Level1
    /// The weight the report or the defaults give the level.
    public var statedWeight: Decimal
    /// The weight after redistribution from levels without indicators.
    public var weight: Decimal
    public var indicatorCount: Int
    public var score: Decimal
}

/// A report's computed score beside the one it states.
public struct ScoreCard: Sendable, Equatable {
    public var executionWeight: Decimal
    /// The execution rate used (against the adjusted budget); nil when there is no budget.
    public var executionRate: Decimal?
    public var executionScore: Decimal
    public var levels: [LevelScore]
    public var total: Decimal
    public var grade: Grade
    public var statedScore: Decimal?
    public var statedGrade: String?
    /// How weights were moved, in words, where a level has no indicators.
    public var notes: [String]
    /// Whether the weights are the defaults of the fiscal rules (docs/scoring.md) rather than the report's own.
    public var usesDefaultWeights: Bool

    /// computed − stated, when the report states a score.
    public var difference: Decimal? { statedScore.map { total - $0 } }

    public func level(_ level: Level1) -> LevelScore? { levels.first { $0.level == level } }
}
