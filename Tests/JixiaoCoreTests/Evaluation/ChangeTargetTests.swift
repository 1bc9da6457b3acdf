import Foundation
import Testing
@testable import JixiaoCore

/// Changes are not levels (issue 11, rule 4).
@Suite("Changes against levels")
struct ChangeTargetTests {
    func judge(_ target: String, _ actual: String) -> IndicatorJudgement {
        IndicatorJudge.judge(name: "指标", category: .quality, target: target, actual: actual)
    }

    @Test func aChangeAgainstABoundOnALevelIsForTheAnalyst() {
        let rate = judge("发病率≤5%", "较上年下降2%")
        #expect(rate.status == .review)
        #expect(rate.reason.contains("是变化"))
        #expect(judge("空置率≤10%", "下降4个百分点").status == .review)
    }

    @Test func aTargetThatIsAChangeComparesSizes() {
        let met = judge("成本降低率≥5%", "降低6%")
        #expect(met.status == .met)
        #expect(met.ratio.map { DecimalText.rounded($0, places: 4) } == Decimal(string: "1.2"))
        #expect(judge("成本降低率≥5%", "降低3%").status == .unmet)
        #expect(judge("同比增长≥5%", "同比增长6%").status == .met)
    }

    @Test func aLevelAgainstALevelIsCompared() {
        #expect(judge("空置率≤10%", "空置率8%").status == .met)
    }
}
