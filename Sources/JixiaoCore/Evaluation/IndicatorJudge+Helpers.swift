import Foundation

/// Bounds below zero, a word against a number, and the small arithmetic the judge shares.
extension IndicatorJudge {
    /// A clause whose bound is below 0 (`≤-2%`: a fall of at least 2%; `≥-1%`: a fall of at most 1%).
    ///
    /// The actual is compared with its sign (a decline word counts as negative: `下降 3%` is -3%),
    /// the same way the kind says: −3% meets ≤ −2%, −1% does not. There is no ratio: actual ÷ target
    /// of two negatives grows as the actual falls, the opposite of what a ratio means for the kind,
    /// and is negative for an actual above 0. When not met, the score falls with the distance past
    /// the bound, measured in the bound's size, reaching 0 at twice it (−1% against ≤ −2%: 0.5).
    static func measureBelowZero(
        _ clause: TargetClause, _ value: ActualValue, target: Decimal, actual: Decimal, convertible: Bool,
        shown written: String, prefix given: String
    ) -> Outcome {
        // A decline in the actual (下降 2%) against a target that is no decline is its negative.
        let declines = value.falls && !clause.falls && actual > 0
        let shown = declines ? Quantity(TextScanner.negated(value.quantity.value), value.quantity.unit).summary : written
        let prefix = declines ? given + "实际为下降 \(written)，按 \(shown) 计；" : given
        let actual = declines ? TextScanner.negated(actual) : actual
        let goal = clause.quantity.summary
        let size = TextScanner.negated(target)
        let noRatio = "；目标为负数，实际与目标之比不表示完成程度，不计完成率"
        func missed(by distance: Decimal, _ text: String) -> Outcome {
            let share = divide(distance, size) ?? 1
            let score = max(0, 1 - share)
            return Outcome(met: false, ratio: nil, score: score,
                           text: prefix + text + "，差距为目标绝对值的 " + DecimalText.percent(share)
                               + "，得分比例 " + DecimalText.percent(score) + noRatio)
        }
        switch clause.kind {
        case .reverse:
            if actual <= target {
                return Outcome(met: true, ratio: nil, score: 1, text: prefix + "实际 \(shown) ≤ 目标上限 \(goal)" + noRatio)
            }
            return missed(by: actual - target, "实际 \(shown) > 目标上限 \(goal)")
        case .equal:
            if actual == target {
                return Outcome(met: true, ratio: nil, score: 1, text: prefix + "实际 \(shown) = 目标 \(goal)" + noRatio)
            }
            return missed(by: actual > target ? actual - target : target - actual, "实际 \(shown) ≠ 目标 \(goal)")
        case .range:
            let span = clause.summary
            if actual < target {
                return missed(by: target - actual, "实际 \(shown)，低于目标区间 \(span)的下限")
            }
            let upperQuantity = clause.upper ?? clause.quantity
            let upper = convertible ? upperQuantity.baseValue : upperQuantity.value
            let place = actual <= upper ? "在目标区间 \(span)内" : "高于目标区间 \(span)"
            return Outcome(met: true, ratio: nil, score: 1, text: prefix + "实际 \(shown)，" + place + noRatio)
        default:
            if actual >= target {
                return Outcome(met: true, ratio: nil, score: 1, text: prefix + "实际 \(shown) ≥ 目标 \(goal)" + noRatio)
            }
            return missed(by: target - actual, "实际 \(shown) < 目标 \(goal)")
        }
    }

    /// A completion word without a number, against a numeric target. `完成` meets it (ratio nil);
    /// a partial word is partial at the bottom of its band, 60%, since no number places it higher;
    /// a word of failure is unmet with 0, as an honest 0 would be (the 0–60% band is for words
    /// against words). A forecast (`预计完成`) states nothing done yet.
    static func judgeWordAgainstNumber(_ completion: Completion, word: String, actual: ParsedActual) -> Verdict {
        if completion != .notAchieved, let forecast = DegreeReader.forecast(in: TextScanner(actual.text)) {
            return .review("实际写的是“\(forecast)”（\(word)），不是已完成的情况，也未给出数值，需分析员认定")
        }
        // Against a number a word's score is exact (1, 0.6 or 0), not a band a printed 得分 may fall in.
        switch completion {
        case .achieved:
            var verdict = Verdict.band(.achieved, "实际仅写“\(word)”，未给出数值，按达成计")
            verdict.band = nil
            return verdict
        case .partial:
            return Verdict(status: .partial, ratio: nil, score: Completion.partial.bandBottom,
                           reason: "实际仅写“\(word)”，未给出数值，按部分达成计（部分达成档 60–80%，无数值取下限 60%）")
        case .notAchieved:
            return Verdict(status: .unmet, ratio: nil, score: 0,
                           reason: "实际仅写“\(word)”，未给出数值，按未达成计（数值指标无实际数值，得分 0）")
        }
    }

    static let exceedLimit = Decimal(sign: .plus, exponent: -1, significand: 13)

    static func divide(_ numerator: Decimal, _ denominator: Decimal) -> Decimal? {
        guard denominator != 0, !numerator.isNaN, !denominator.isNaN else { return nil }
        let result = numerator / denominator
        return result.isNaN ? nil : result
    }

    static func ratioText(_ label: String, _ ratio: Decimal?) -> String {
        ratio.map { "，\(label) " + DecimalText.percent($0) } ?? ""
    }

    static func clamp(_ score: Decimal) -> Decimal {
        guard !score.isNaN else { return 0 }
        return min(1, max(0, score))
    }
}

extension IndicatorJudge {
    /// Words of a change in a quantity.
    static let changeWords = ["降低", "下降", "减少", "增长", "提高", "上升", "增加", "压减", "降幅", "增幅", "节约", "回落", "下滑"]
    /// A character every word of `comparedWords` holds, looked for first.
    static let comparedMarks: Set<Character> = ["较", "比"]
    /// Words after a change that make it the level reached (提高至, 增长到, 下降为).
    static let reachedMarks = ["至", "到", "为", "达"]
    /// Words that set a change against a time before (较上年, 同比, 环比).
    static let comparedWords = ["较上年", "较去年", "比上年", "同比", "环比", "较年初", "较上期"]

    /// Why a change in the actual cannot be set against a bound on a level in the target: 空置率 ≤ 10%
    /// against 下降 4 个百分点, 发病率 ≤ 5% against 较上年下降 2%. A target that is itself a change (增长率,
    /// 降低率, 提高 3 个百分点), or a bare bound that names nothing (5%, ≤-2%), is not this case.
    static func changeAgainstLevel(_ target: ParsedTarget, _ values: [ActualValue]) -> String? {
        for (clause, value) in zip(target.clauses, values) {
            // Only a target that names its level (发病率 ≤ 5%) is one; a bare bound (5%, ≤-2%) may be a change.
            guard clause.label.contains(where: { !$0.isWhitespace }), clause.quantity.value >= 0 else { continue }
            // The actual first, as most are no change: a decline, or a word of change against a time before,
            // unless the change reaches a level (`较上年提高至95%`, `下降到3%`: the level reached).
            let source = value.source
            let actualIsChange = value.falls
                || source.contains(where: comparedMarks.contains) && comparedWords.contains(where: source.contains)
                    && changeWords.contains(where: source.contains)
            guard actualIsChange, !changeWords.contains(where: { word in reachedMarks.contains { source.contains(word + $0) } }) else { continue }
            let targetIsChange = clause.falls || changeWords.contains { clause.label.contains($0) || target.text.contains($0) }
                || clause.label.contains("率") && (clause.label.contains("增") || clause.label.contains("降"))
            guard !targetIsChange else { continue }
            return "目标 \(clause.summary) 是水平，实际“\(value.source)”是变化，二者无法直接比较，需分析员认定"
        }
        return nil
    }
}
