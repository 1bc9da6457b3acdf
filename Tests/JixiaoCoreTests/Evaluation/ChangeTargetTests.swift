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
        #expect(rate.reason == "目标 ≤ 5% 是水平，实际“较上年下降2%”是变化，二者无法直接比较，需分析员认定")
        #expect(judge("空置率≤10%", "下降4个百分点").status == .review)
    }

    @Test func aTargetThatIsAChangeComparesSizes() {
        let met = judge("成本降低率≥5%", "降低6%")
        #expect(met.status == .met)
        #expect(met.ratio.map { DecimalText.rounded($0, places: 4) } == Decimal(string: "1.2"))
        #expect(judge("成本降低率≥5%", "降低3%").status == .unmet)
        #expect(judge("同比增长≥5%", "同比增长6%").status == .met)
    }

    /// Found in the code review: a change that reaches a level is the level; a rise against a target of
    /// reduction is the wrong way.
    @Test func aChangeToALevelAndARiseAgainstAReduction() {
        #expect(judge("满意度≥90%", "满意度较上年提高至95%").status == .met)
        #expect(judge("覆盖率≥95%", "覆盖率同比提高到98%").status == .met)
        let rise = judge("成本降低率≥5%", "上升2%")
        #expect(rise.status == .unmet)
        #expect(rise.ratio == 0)
        #expect(rise.reason.contains("下降方向相反"))
    }

    @Test func aLevelAgainstALevelIsCompared() {
        #expect(judge("空置率≤10%", "空置率8%").status == .met)
    }
}
