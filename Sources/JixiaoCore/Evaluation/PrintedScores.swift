import Foundation

/// Checks the 得分 a 自评表 prints, row by row, against the rule's score, and its subtotals and
/// 总分 against their parts (the fiscal rules (docs/scoring.md), "Printed scores").
package enum PrintedScores {
    struct Context {
        var report: Report
        var indicators: [IndicatorResult]
        var levels: [Level1]
        var total: ExecutionFigures
        /// The execution weight the score used: a 总分 holds it, printed or not.
        var executionWeight: Decimal
    }

    static func findings(_ c: Context) -> [Finding] {
        c.indicators.compactMap(row) + execution(c) + subtotals(c) + total(c)
    }

    // MARK: - Rows

    /// One indicator's printed 得分 against its printed 分值 × the rule's share of it.
    static func row(_ result: IndicatorResult) -> Finding? {
        let indicator = result.indicator
        guard let printed = indicator.statedScore, let weight = indicator.weight else { return nil }
        let here = Finding.Location.indicator(indicator.id)
        let name = "「\(indicator.name)」"
        if printed > weight {
            return Finding(.error, .printedScoreMismatch, here, "\(name)印出得分 \(printed.plain) 分，超过其分值 \(weight.plain) 分")
        }
        if printed < 0 {
            return Finding(.error, .printedScoreMismatch, here, "\(name)印出得分 \(printed.plain) 分，为负数")
        }
        guard result.status != .review else { return nil }
        let judgement = result.judgement
        let expected = weight * judgement.scoreFraction
        if printed == weight, weight > 0, result.status == .unmet || result.status == .partial {
            let done = result.status == .unmet ? "未完成" : "仅部分完成"
            let ratio = result.ratio.map { "（\(judgement.kind == .reverse ? "比值" : "完成率") \($0.percent())）" } ?? ""
            let text = "\(name)\(done)\(ratio)，却印出满分 \(printed.plain) 分；按规则应得 \(ruleText(judgement, weight: weight))"
            // 98% × 10 = 9.8 printed as an integer is 10: the table's rounding, still worth a look.
            if judgement.scoreBand == nil, PrintedFigure.rounding(printed, expected) != nil {
                return Finding(.warning, .printedScoreMismatch, here, text + "：按所印精度取整可得，仍需核实")
            }
            return Finding(result.status == .unmet ? .error : .warning, .printedScoreMismatch, here, text)
        }
        if let band = judgement.scoreBand {
            let low = weight * band.lowerBound, high = weight * band.upperBound
            let slack = printed.halfUnitOfLastDecimal
            if printed >= low - slack, printed <= high + slack { return nil }
            return Finding(printed > high ? .warning : .info, .printedScoreMismatch, here,
                           "\(name)印出得分 \(printed.plain) 分，\(printed > high ? "高于" : "低于")按规则应得的 \(ruleText(judgement, weight: weight))")
        }
        if PrintedFigure.rounding(printed, expected) != nil { return nil }
        // The gap between the two figures as shown, so the message adds up.
        let gap = (printed - expected.rounded(2)).magnitude.fixed(2)
        return Finding(printed > expected ? .warning : .info, .printedScoreMismatch, here,
                       "\(name)印出得分 \(printed.plain) 分，按规则应得 \(ruleText(judgement, weight: weight))，\(printed > expected ? "多" : "少") \(gap) 分")
    }

    /// `8.46 分（完成率 84.60% × 分值 10）`, or `8–10 分（达成档 80–100%）` for a verdict in words.
    package static func ruleText(_ judgement: IndicatorJudgement, weight: Decimal) -> String {
        if let band = judgement.scoreBand {
            let low = (weight * band.lowerBound).rounded(2).plain, high = (weight * band.upperBound).rounded(2).plain
            let name = judgement.status == .met ? "达成档" : judgement.status == .partial ? "部分达成档" : "未达成档"
            return "\(low)–\(high) 分（\(name) \(band.lowerBound.percent(0))–\(band.upperBound.percent(0))）"
        }
        let expected = (weight * judgement.scoreFraction).rounded(2).plain
        let share = judgement.ratio == judgement.scoreFraction || judgement.ratio == nil && judgement.scoreFraction == 1
            ? "完成率 \(judgement.ratio.map { $0.percent() } ?? "100%")" : "得分比例 \(judgement.scoreFraction.percent())"
        return "\(expected) 分（\(share) × 分值 \(weight.plain)）"
    }

    // MARK: - The funds row

    /// The printed execution score against rate × its 分值, saying which rounding explains it.
    static func execution(_ c: Context) -> [Finding] {
        guard let printed = c.report.statedExecutionScore, let weight = c.report.executionWeight, weight > 0 else { return [] }
        if printed > weight {
            return [Finding(.error, .printedScoreMismatch, .report, "预算执行率印出得分 \(printed.plain) 分，超过其分值 \(weight.plain) 分")]
        }
        guard let rate = c.total.rate else { return [] }
        let exact = min(rate, 1) * weight
        if PrintedFigure.rounding(printed, exact) == .rounded { return [] }
        for (label, value) in explanations(rate: rate, original: c.total.rateOfOriginal, weight: weight) {
            guard let rounding = PrintedFigure.rounding(printed, value) else { continue }
            return [Finding(.info, .printedScoreMismatch, .report,
                            "预算执行率印出得分 \(printed.plain) 分：\(label) = \(value.fixed(4)) 分，\(rounding.chineseName)得 \(printed.plain) 分")]
        }
        let gap = (printed - exact.rounded(2)).magnitude.fixed(2)
        return [Finding(printed > exact ? .warning : .info, .printedScoreMismatch, .report,
                        "预算执行率印出得分 \(printed.plain) 分，按执行率 \(rate.percent()) × 分值 \(weight.plain) 应得 \(exact.fixed(2)) 分，\(printed > exact ? "多" : "少") \(gap) 分（四舍五入或去尾取整都得不到 \(printed.plain) 分）")]
    }

    /// The products a table may have printed: the exact rate, the rate first rounded to the
    /// precision tables print it with (two, one, no decimals of a percent), or the rate against
    /// the original budget, each × the 分值 and capped at it.
    static func explanations(rate: Decimal, original: Decimal?, weight: Decimal) -> [(String, Decimal)] {
        var list: [(String, Decimal)] = [("执行率 \(rate.percent()) × 分值 \(weight.plain)", min(rate, 1) * weight)]
        for scale in [2, 1, 0] {
            let shown = (rate * 100).rounded(scale)
            list.append(("执行率先取 \(shown.fixed(scale))% 再乘分值 \(weight.plain)", min(shown / 100, 1) * weight))
        }
        if let original, original != rate {
            list.append(("按年初预算计算的执行率 \(original.percent()) × 分值 \(weight.plain)", min(original, 1) * weight))
        }
        return list
    }

    // MARK: - Sums

    /// Printed level subtotals against the printed 得分 of their rows.
    static func subtotals(_ c: Context) -> [Finding] {
        var findings: [Finding] = []
        for subtotal in c.report.levelSubtotals {
            guard let printed = subtotal.score, let level = Level1(label: subtotal.level1) else { continue }
            // The rows under the subtotal's own label (成本指标 apart from 产出指标), else under its level.
            let own = c.indicators.map(\.indicator).filter { $0.level1 == subtotal.level1 }
            let rows = own.isEmpty ? c.indicators.indices.filter { c.levels[$0] == level }.map { c.indicators[$0].indicator } : own
            let scores = rows.compactMap(\.statedScore)
            guard !rows.isEmpty, scores.count == rows.count else { continue }
            let sum = scores.reduce(0, +)
            guard sum != printed else { continue }
            let text = "\(subtotal.level1)印出小计 \(printed.plain) 分，其 \(rows.count) 项指标印出得分相加为 \(sum.plain) 分（差 \((printed - sum).magnitude.plain) 分）"
            findings.append(sumFinding(text, gap: (printed - sum).magnitude, parts: scores + [printed]))
        }
        return findings
    }

    /// The printed 总分 against the printed 得分 of every row, the funds row's included.
    static func total(_ c: Context) -> [Finding] {
        guard let stated = c.report.statedScore, !c.indicators.isEmpty else { return [] }
        let scores = c.indicators.compactMap(\.indicator.statedScore)
        guard scores.count == c.indicators.count else { return [] }
        let rows = scores.reduce(0, +)
        var sum = rows
        var parts = "各指标 \(rows.plain)"
        // The 总分 holds the execution score whenever execution carries a weight, printed or not.
        if c.report.statedExecutionScore != nil || c.executionWeight > 0 {
            guard let execution = c.report.statedExecutionScore else { return [] }
            sum += execution
            parts = "预算执行率 \(execution.plain) + " + parts
        }
        guard sum != stated else { return [] }
        let text = "总分印出 \(stated.plain) 分，各行印出得分相加为 \(sum.plain) 分（\(parts)），差 \((stated - sum).magnitude.plain) 分"
        return [sumFinding(text, gap: (stated - sum).magnitude, parts: scores + [stated] + (c.report.statedExecutionScore.map { [$0] } ?? []))]
    }

    /// A sum that misses its printed total: an error, or info when the gap is within what rounding each
    /// printed part to its decimals can leave (three rows of 8.33 under a subtotal of 25).
    /// Integers are taken as scored, not rounded: a table of whole points adds up exactly.
    static func sumFinding(_ text: String, gap: Decimal, parts: [Decimal]) -> Finding {
        let slack = parts.filter { $0.writtenDecimals > 0 }.reduce(Decimal(0)) { $0 + $1.halfUnitOfLastDecimal }
        return gap <= slack ? Finding(.info, .totalMismatch, .report, text + "，在各项得分的舍入范围内")
                            : Finding(.error, .totalMismatch, .report, text)
    }
}
