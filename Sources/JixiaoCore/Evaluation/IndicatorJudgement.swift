import Foundation

/// The verdict on one indicator: its status, completion ratio, share of the weight, and why.
public struct IndicatorJudgement: Sendable, Equatable, Encodable {
    /// met, unmet, partial or review.
    public var status: IndicatorStatus
    /// actual ÷ target, not capped (1.25 is 125%); nil where none applies (qualitative, deadline,
    /// a completion word without a number, review).
    public var ratio: Decimal?
    /// The share of the indicator's weight it earns, in 0…1 (the fiscal rules (docs/scoring.md)).
    public var scoreFraction: Decimal
    /// Why, in one line of Chinese: `实际 27 家 ≥ 目标 20 家，完成率 135.00%` (made when read).
    public var reason: String {
        get { reasonText.text }
        set { reasonText = DeferredText { newValue } }
    }
    private var reasonText: DeferredText
    public var kind: TargetKind
    /// What was read from the target text.
    public var target: ParsedTarget
    /// What was read from the actual text.
    public var actual: ParsedActual
    /// Whether the actual is over 130% of the target: the target may have been set too low.
    public var exceedsTarget: Bool
    /// Whether an analyst's explicit value decided it.
    public var usedExplicit: Bool
    /// The plausible readings, named, when two of them left it to review.
    public var candidates: [String]
    /// The shares of the weight the rule allows when the verdict is in words (a band of the
    /// fiscal rules: achieved 0.8–1, partial 0.6–0.8, not achieved 0–0.6); nil when the score is exact.
    /// A printed 得分 inside the band agrees with the rule.
    public var scoreBand: ClosedRange<Decimal>?
    /// Why the actual does not measure a numeric target the report counts as done, if so.
    public var weakEvidence: WeakEvidence?

    public init(
        status: IndicatorStatus, ratio: Decimal?, scoreFraction: Decimal, reason: @autoclosure @escaping @Sendable () -> String,
        kind: TargetKind,
        target: ParsedTarget, actual: ParsedActual, exceedsTarget: Bool = false, usedExplicit: Bool = false,
        candidates: [String] = [], scoreBand: ClosedRange<Decimal>? = nil, weakEvidence: WeakEvidence? = nil
    ) {
        self.status = status; self.ratio = ratio; self.scoreFraction = scoreFraction; self.reasonText = DeferredText(reason)
        self.kind = kind; self.target = target; self.actual = actual; self.exceedsTarget = exceedsTarget
        self.usedExplicit = usedExplicit; self.candidates = candidates
        self.scoreBand = scoreBand
        self.weakEvidence = weakEvidence
    }

    private enum CodingKeys: String, CodingKey {
        case status, ratio, scoreFraction, reasonText = "reason", kind, target, actual, exceedsTarget, usedExplicit, candidates
        case scoreBand, weakEvidence
    }
}
