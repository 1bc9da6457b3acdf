import Testing
@testable import JixiaoCore

/// Periods are not ranges (issue 11, rule 3): a span of months is when, not how much.
@Suite("Periods in targets")
struct PeriodTargetTests {
    func judge(_ target: String, _ actual: String) -> IndicatorJudgement {
        IndicatorJudge.judge(name: "实施时间", category: .timeliness, target: target, actual: actual)
    }

    @Test func aSpanOfMonthsIsAPeriodEndingWithItsLastMonth() {
        let inTime = judge("3-10月", "9月完成")
        #expect(inTime.kind == .deadline && inTime.status == .met)
        let late = judge("3至10月", "11月完成")
        #expect(late.kind == .deadline && late.status == .unmet)
    }

    @Test func aSpanOfMonthsIsNeverComparedWithAPercentage() {
        let share = judge("3-10月", "完成率95%")
        #expect(share.kind == .deadline)
        #expect(share.ratio == nil)
        // 95% of the work by the deadline is partly done, not 950% of a range 3–10.
        #expect(share.status == .partial)
        #expect(!share.reason.contains("950"))
    }

    @Test func aSpanAcrossTheYearsEndIsNoRange() {
        let heating = judge("供暖期11-3月", "按期完成")
        #expect(heating.kind != .range && heating.kind != .positive)
        #expect(heating.status == .met)
    }

    @Test func aCountRangeStaysARange() {
        let count = IndicatorJudge.judge(name: "扶持企业", category: .quantity, target: "2-3 家", actual: "2家")
        #expect(count.kind == .range && count.status == .met)
    }

    /// Found in review: periods written without a year take the report's year, and 次年 the year after.
    @Test(arguments: [("上半年开工", "2023年8月开工", IndicatorStatus.unmet), ("上半年开工", "2023年5月开工", .met),
                      ("年内支付完毕", "2024年3月支付完毕", .unmet), ("第三季度前", "2023年10月完成", .unmet),
                      ("第四季度完成验收", "次年1月完成验收", .unmet), ("当年12月底前支付完毕", "次年3月支付", .unmet),
                      ("12月底前", "11月完成", .met), ("全年", "2023年12月完成", .met)])
    func aPeriodWithoutAYearIsOfTheReportsYear(target: String, actual: String, status: IndicatorStatus) {
        let judgement = IndicatorJudge.judge(name: "实施时间", category: .timeliness, target: target, actual: actual, year: 2023)
        #expect(judgement.kind == .deadline)
        #expect(judgement.status == status)
        #expect(judgement.reason.hasPrefix("目标未写年份，按报告年度 2023 年计"))
    }

    @Test func withoutTheReportsYearNothingIsAssumed() {
        #expect(IndicatorJudge.judge(name: "实施时间", category: .timeliness, target: "上半年开工", actual: "2023年8月开工").kind == .qualitative)
    }

    @Test func aCountOverTheYearIsNotADate() {
        let count = IndicatorJudge.judge(name: "培训次数", category: .quantity, target: "全年开展培训不少于4次", actual: "全年开展培训5次", year: 2023)
        #expect(count.kind == .positive && count.status == .met)
    }

    @Test(arguments: [("上半年开工", "2023年上半年开工"), ("次年3月支付", "2024年3月支付"), ("当年12月底前", "2023年12月底前"),
                      ("12月底前", "2023年12月底前"), ("下年度", "2024年度")])
    func rewritten(text: String, dated: String) {
        #expect(RelativeDates.rewrite(text, year: 2023) == dated)
    }

    @Test func datesWithTheirYearAreLeftAlone() {
        #expect(RelativeDates.rewrite("2023年6月底前", year: 2023) == nil)
        #expect(RelativeDates.rewrite("3-10月", year: 2023) == nil)
        #expect(RelativeDates.rewrite("较上年增长5%", year: 2023) == nil)
    }
}
