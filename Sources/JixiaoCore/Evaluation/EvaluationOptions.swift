import Foundation

/// The thresholds a review uses; defaults follow the fiscal rules (docs/scoring.md).
public struct EvaluationOptions: Sendable, Equatable {
    /// A sub-project spending less than this share of its adjusted budget is underspent.
    public var underspendThreshold: Decimal = Decimal(string: "0.9")!
    /// An actual above this multiple of its target suggests the target was set too low.
    public var overTargetThreshold: Decimal = Decimal(string: "1.3")!
    /// How far sums may differ from stated totals before it is a finding (rounding), in 万元.
    public var tolerance: Decimal = Decimal(string: "0.01")!
    /// Fewer indicators than this in a sub-project is a finding.
    public var minimumIndicators = 3

    public init() {}
}
