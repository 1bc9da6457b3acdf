import Foundation

/// How far an unmet numeric indicator fell short, which sets its finding's severity (the fiscal
/// rules (docs/scoring.md), "Severity follows distance"). The measure is the share of the weight
/// the rule gives it (actual ÷ target for a floor, 1 − excess ÷ target for a ceiling); the bands
/// are the national method's: 80% and more is where a qualitative indicator would still be
/// achieved, 60–80% is partly achieved, below 60% not achieved.
package enum Shortfall: Sendable, Equatable, CaseIterable {
    /// 80% of the target or more: a near miss, as severe as a partly met indicator.
    case near
    /// 60% to 80%.
    case marked
    /// Below 60%, or nothing to show.
    case far

    /// The band of an unmet indicator judged on numbers; nil for one judged on words or dates.
    package init?(_ judgement: IndicatorJudgement) {
        guard judgement.status == .unmet else { return nil }
        switch judgement.kind {
        case .positive, .reverse, .equal, .range, .compound: break
        case .deadline, .qualitative, .empty: return nil
        }
        self.init(attainment: judgement.scoreFraction)
    }

    package init(attainment: Decimal) {
        if attainment >= Completion.achieved.bandBottom { self = .near }
        else if attainment >= Completion.partial.bandBottom { self = .marked }
        else { self = .far }
    }

    package var severity: Finding.Severity { self == .near ? .warning : .error }

    package var chineseName: String {
        switch self {
        case .near: "接近目标"
        case .marked: "差距明显"
        case .far: "差距较大"
        }
    }
}
