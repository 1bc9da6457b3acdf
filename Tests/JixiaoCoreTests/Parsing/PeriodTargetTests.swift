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
        #expect(share.ratio == nil || share.ratio! <= 1)
        #expect(!share.reason.contains("950"))
    }

    @Test func aCountRangeStaysARange() {
        let count = IndicatorJudge.judge(name: "扶持企业", category: .quantity, target: "2-3 家", actual: "2家")
        #expect(count.kind == .range && count.status == .met)
    }
}
