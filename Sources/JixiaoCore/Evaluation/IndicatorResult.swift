import Foundation

/// One indicator with its judgement and its share of the report's score.
public struct IndicatorResult: Sendable, Equatable {
    public var indicator: Indicator
    public var category: Category?
    public var judgement: IndicatorJudgement
    /// The weight it carries in the score (stated, or the level's weight spread equally).
    public var weight: Decimal
    /// weight × the judgement's score fraction.
    public var score: Decimal

    public var id: String { indicator.id }
    public var status: IndicatorStatus { judgement.status }
    public var ratio: Decimal? { judgement.ratio }
}

/// Counts of statuses in a set of indicators: a heatmap cell or a claim's scope.
public struct StatusCounts: Sendable, Equatable {
    public var met = 0
    public var unmet = 0
    public var partial = 0
    public var review = 0

    public init() {}

    public var total: Int { met + unmet + partial + review }
    /// Everything not met: unmet, partial and review.
    public var notMet: Int { total - met }

    public mutating func add(_ status: IndicatorStatus) {
        switch status {
        case .met: met += 1
        case .unmet: unmet += 1
        case .partial: partial += 1
        case .review: review += 1
        }
    }

    /// met ÷ total, the colour of a heatmap cell; nil for an empty set.
    public var completion: Decimal? { total == 0 ? nil : Decimal(met) / Decimal(total) }
}

/// A row of the heatmap: a sub-project (or, for indicators tied to none, the whole report) and its indicators.
public struct IndicatorGroup: Sendable, Equatable {
    /// The sub-project's id; nil for the report-level group.
    public var subProjectID: String?
    public var name: String
    /// Positions in `ReportEvaluation.indicators`.
    public var indicatorIndices: [Int]
    public var counts: [Category: StatusCounts]
    public var total: StatusCounts

    public func counts(_ category: Category) -> StatusCounts { counts[category] ?? StatusCounts() }

    /// Whether the group set no indicator of this category (an empty heatmap cell).
    public func lacks(_ category: Category) -> Bool { counts(category).total == 0 }

    public func lacks(_ level: Level1) -> Bool {
        Category.allCases.filter { $0.level1 == level }.allSatisfy(lacks)
    }
}

/// A sub-project's budget figures beside its indicator group.
public struct SubProjectResult: Sendable, Equatable {
    public var subProject: SubProject
    public var execution: ExecutionFigures
    /// Its row in `ReportEvaluation.groups`, if it has indicators or should have.
    public var groupIndex: Int?

    public var id: String { subProject.id }
}
