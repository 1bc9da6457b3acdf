import Foundation

/// What an actual says about whether the work was done, in words rather than numbers.
public enum Completion: String, Sendable, Equatable, Encodable {
    /// 完成, 已完成, 达成, 达到预期, 是, or a positive statement.
    case achieved
    /// 阶段完成, 基本完成, 部分完成, 部分达成.
    case partial
    /// 未完成, 未达成, 未达到, 否, 尚未, 没有, 不足.
    case notAchieved

    /// The band's top share of the weight (the fiscal rules (docs/scoring.md): 80–100%, 60–80%, 0–60%).
    public var bandTop: Decimal {
        switch self {
        case .achieved: 1
        case .partial: Decimal(sign: .plus, exponent: -1, significand: 8)
        case .notAchieved: Decimal(sign: .plus, exponent: -1, significand: 6)
        }
    }

    /// The band's lowest share of the weight (80%, 60%, 0).
    public var bandBottom: Decimal {
        switch self {
        case .achieved: Decimal(sign: .plus, exponent: -1, significand: 8)
        case .partial: Decimal(sign: .plus, exponent: -1, significand: 6)
        case .notAchieved: 0
        }
    }

    /// The shares of the weight the band allows.
    package var band: ClosedRange<Decimal> { bandBottom...bandTop }

    /// The band as a rule writes it.
    var bandName: String {
        switch self {
        case .achieved: "达成档 80–100%，取 100%"
        case .partial: "部分达成档 60–80%，取 80%"
        case .notAchieved: "未达成档 0–60%，取 60%"
        }
    }

    var chineseName: String {
        switch self {
        case .achieved: "达成"
        case .partial: "部分达成"
        case .notAchieved: "未达成"
        }
    }
}
