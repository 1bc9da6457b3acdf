import Foundation

/// Targets set per period (`每季度巡查不少于2次`, `每月开展1次`) against an actual for the whole year
/// (`全年巡查6次`): the year's total is compared with the period's target times the periods in a year.
/// Short of that, the target was missed in some period; at or above it, no period's count is known.
extension IndicatorJudge {
    /// Periods a year holds, for each word of 每.
    static let periodsPerYear: [(word: String, count: Int, name: String)] = [
        ("每季度", 4, "季度"), ("每季", 4, "季度"), ("每半年", 2, "半年"), ("每月", 12, "月"), ("每个月", 12, "月"),
    ]
    /// Words of an actual that gives the year's total.
    static let totalWords = ["全年", "累计", "共计", "合计", "年度内", "本年度", "共"]

    static func judgePerPeriod(_ target: ParsedTarget, _ found: [ActualValue], actualText: String) -> Verdict? {
        guard target.text.contains("每"), target.clauses.count == 1, found.count == 1, let clause = target.clauses.first, let value = found.first,
              clause.kind == .positive || clause.kind == .equal, clause.quantity.value > 0 else { return nil }
        if target.text.contains("每周") || target.text.contains("每星期") || target.text.contains("每日") || target.text.contains("每天") {
            guard totalWords.contains(where: actualText.contains) else { return nil }
            return .review("目标为按周或按日计（\(clause.summary)），实际为全年合计“\(value.source)”，周、日与全年之间没有确切的期数，需分析员认定")
        }
        guard let period = periodsPerYear.first(where: { target.text.contains($0.word) }),
              totalWords.contains(where: actualText.contains), !periodsPerYear.contains(where: { actualText.contains($0.word) }) else { return nil }
        let required = clause.quantity.value * Decimal(period.count)
        let actual = value.quantity.converted(to: clause.quantity.unit).value
        let perText = "目标为每\(period.name) \(clause.quantity.summary)，全年 \(period.count) 期共需 \(Quantity(required, clause.quantity.unit).summary)"
        if actual < required {
            let ratio = actual / required
            return Verdict(status: .unmet, ratio: ratio, score: ratio,
                           reason: "\(perText)；实际全年 \(value.quantity.summary)，不足，至少有一期未达到，完成率 \(DecimalText.percent(ratio))")
        }
        return .review("\(perText)；实际全年 \(value.quantity.summary)，合计已达到，但无法确认每\(period.name)均达到，需分析员认定")
    }
}
