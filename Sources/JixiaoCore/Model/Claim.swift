import Foundation

/// Something the report's prose states about itself, kept so it can be checked against its tables.
public struct Claim: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// How many indicators the scope has.
        case indicatorCount
        /// How many of them were met (完成, 达标).
        case metCount
        /// How many were not met.
        case unmetCount
        /// One indicator's completion rate, in percent as printed (完成率为 125%).
        case indicatorRatio
        /// How many sub-projects set at least one indicator of the scope's category.
        case subProjectsWithCategory
        /// How many sub-projects the fund has.
        case subProjectCount
        /// The total budget, in the report's money unit.
        case budgetTotal
        /// The total spent, in the report's money unit.
        case spentTotal
        /// The execution rate, in percent as printed (支出率为 86.7%).
        case executionRate
        /// The self-score (绩效自评分数).
        case selfScore
        /// The grade (绩效等级); the value is in `text`.
        case grade
    }

    public var id: String
    public var kind: Kind
    /// Which set the claim is about; nil for the whole report.
    public var scope: ClaimScope?
    /// The stated number (percent for rates, the money unit for amounts).
    public var value: Decimal?
    /// The stated text, for a claim that is not a number (a grade).
    public var text: String?
    /// The sentence of the report that makes the claim, verbatim.
    public var quote: String

    public init(id: String, kind: Kind, scope: ClaimScope? = nil, value: Decimal? = nil, text: String? = nil, quote: String) {
        self.id = id; self.kind = kind; self.scope = scope
        self.value = value; self.text = text; self.quote = quote
    }
}

/// The set of indicators or sub-projects a claim speaks of; every field given narrows it.
public struct ClaimScope: Codable, Equatable, Sendable {
    public var level1: String?
    public var level2: String?
    public var subProject: String?
    public var indicator: String?

    public init(level1: String? = nil, level2: String? = nil, subProject: String? = nil, indicator: String? = nil) {
        self.level1 = level1; self.level2 = level2
        self.subProject = subProject; self.indicator = indicator
    }
}
