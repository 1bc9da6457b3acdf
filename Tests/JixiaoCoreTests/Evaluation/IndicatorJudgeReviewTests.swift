import Foundation
import Testing
@testable import JixiaoCore

/// The reviewer's findings with `jixiao check`, one test each, with the exact examples.
@Suite("IndicatorJudge: review findings")
struct IndicatorJudgeReviewTests {
    private func judge(_ target: String, _ actual: String, category: Category? = .quantity) -> IndicatorJudgement {
        IndicatorJudge.judge(name: "指标", category: category, target: target, actual: actual)
    }

    private func rounded(_ ratio: Decimal?) -> Decimal? { ratio.map { DecimalText.rounded($0, places: 4) } }

    // 1. A bare multiplier completes the target's unit when it is the same multiplier, scales the
    //    base unit otherwise, and is never multiplied twice.
    @Test func bareMultiplierCompletesTheTargetsUnit() {
        let money = judge("≥5000万元", "4800万")
        #expect(money.status == .unmet)
        #expect(rounded(money.ratio) == Decimal(string: "0.96"))
        #expect(money.actual.summary == "4800 万元")
        #expect(!money.reason.contains("48000000"))

        let hundredMillion = judge("≥2亿元", "1.8亿")
        #expect(hundredMillion.status == .unmet)
        #expect(rounded(hundredMillion.ratio) == Decimal(string: "0.9"))
        #expect(hundredMillion.actual.summary == "1.8 亿元")

        let visits = judge("1.2万人次", "1.5万")
        #expect(visits.status == .met)
        #expect(rounded(visits.ratio) == Decimal(string: "1.25"))
        #expect(visits.actual.summary == "1.5 万人次")
        #expect(visits.reason.contains("实际“1.5万”只写倍数、未写单位，按目标单位读作 1.5 万人次"))
    }

    @Test func bareMultiplierScalesABaseUnitAndConverts() {
        let base = judge("≥10000人次", "1.2万")
        #expect(base.status == .met)
        #expect(rounded(base.ratio) == Decimal(string: "1.2"))
        #expect(base.actual.summary == "12000 人次")
        // Another multiplier of the same family converts: 1.8亿 against 万元 is 18000 万元.
        let other = judge("≥20000万元", "1.8亿")
        #expect(other.status == .unmet)
        #expect(rounded(other.ratio) == Decimal(string: "0.9"))
    }

    @Test func bareMultiplierAgainstAnotherFamilyIsReview() {
        let percent = judge("≥90%", "1.2万")
        #expect(percent.status == .review)
        #expect(percent.reason.contains("1.2万"))
        #expect(percent.reason.contains("90%"))
        #expect(judge("≥ 80 分", "1.2万").status == .review)
    }

    // 2. Units of different families are not compared as raw numbers.
    @Test func daysAgainstMonthsIsReview() {
        let judgement = judge("≤30天", "2个月", category: .timeliness)
        #expect(judgement.status == .review)
        #expect(judgement.ratio == nil)
        #expect(judgement.reason.contains("“个月”"))
        #expect(judgement.reason.contains("“天”"))
        #expect(judge("≤5个工作日", "6天", category: .timeliness).status == .review)
        // The same unit is compared; 月, 季度 and 年 convert exactly.
        #expect(judge("≤30天", "25天", category: .timeliness).status == .met)
        let year = judge("≥2年", "18个月")
        #expect(year.status == .unmet)
        #expect(rounded(year.ratio) == Decimal(string: "0.75"))
        #expect(judge("≥1年", "4季度").status == .met)
    }

    @Test func compoundUnitsCompareOnlyWithTheSameCompoundUnit() {
        let judgement = judge("≤1.5元/千瓦时", "1.2元/吨", category: .cost)
        #expect(judgement.status == .review)
        #expect(judgement.reason.contains("元/吨"))
        #expect(judgement.reason.contains("元/千瓦时"))
        #expect(judgement.target.summary == "≤ 1.5 元/千瓦时")

        let same = judge("≤1.5元/千瓦时", "1.2元/千瓦时", category: .cost)
        #expect(same.status == .met)
        #expect(rounded(same.ratio) == Decimal(string: "0.8"))
        #expect(judge("≤1.5元/千瓦时", "1.2元", category: .cost).status == .review)
        #expect(judge("≥3次/年", "4次/年").status == .met)
        #expect(judge("≥3次/年", "4次").status == .review)
        #expect(judge("≥2万元/人", "25000元/人").status == .met)
    }

    // 3. The flag's reason says the ratio is above 130%, not that the target was exceeded by 130%.
    @Test func exceedReasonSaysTheRatioIsAbove130Percent() {
        let judgement = judge("≥20 家", "27 家")
        #expect(judgement.exceedsTarget)
        #expect(judgement.reason.hasSuffix("；完成率高于 130%，目标可能偏低"))
        #expect(!judgement.reason.contains("超过目标 130%"))
    }

    // 4. A share below 100% against a deadline is not finished.
    @Test func shareBelowHundredPercentAgainstADeadlineIsPartial() {
        let onTime = judge("2023年底前", "截至2023年底已完成80%", category: .timeliness)
        #expect(onTime.status == .partial)
        #expect(onTime.actual.completionShare == Quantity(80, MeasureUnit.named("%")))
        #expect(onTime.reason.contains("80%"))
        #expect(onTime.scoreFraction == Decimal(string: "0.8"))

        let late = judge("2022年底前", "截至2023年底已完成80%", category: .timeliness)
        #expect(late.status == .unmet)
        #expect(late.reason.contains("80%"))

        #expect(judge("2023年底前", "2023年11月已完成100%", category: .timeliness).status == .met)
    }

    // 5. Candidates inside parentheses are named from the parenthesis; completion words are whole words.
    @Test func candidateInsideParenthesesIsNotGarbled() {
        let judgement = judge("≥3项", "3项（其中1项在建）")
        #expect(judgement.status == .review)
        #expect(judgement.candidates == ["3项", "其中1项"])
    }

    @Test func completionWordIsAWholePhrase() {
        let judgement = judge("100%", "资金已全部拨付")
        #expect(judgement.status == .met)
        #expect(judgement.actual.completionWord == "已全部拨付")
        #expect(judgement.reason.contains("实际仅写“已全部拨付”"))
        #expect(!judgement.reason.contains("“已”"))
    }

    // 6. A decline target keeps its direction in the summary.
    @Test func declineTargetSummaryKeepsTheDirection() {
        #expect(judge("下降5%", "下降6%").target.summary == "下降 ≥ 5%")
        #expect(judge("成本降低不超过5%", "降低3%").target.summary == "下降 ≤ 5%")
        #expect(judge("≥5%", "6%").target.summary == "≥ 5%")
    }
}
