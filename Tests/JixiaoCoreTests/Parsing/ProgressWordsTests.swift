import Testing
@testable import JixiaoCore

/// Progress is not completion (issue 11, rule 5): the wording of actuals that report work under way.
@Suite("Progress words")
struct ProgressWordsTests {
    func status(_ actual: String, target: String = "建立健全管理制度") -> IndicatorStatus {
        IndicatorJudge.judge(name: "制度建设", category: .quality, target: target, actual: actual).status
    }

    @Test(arguments: ["逐步完善", "正在推进", "已启动", "部分建成", "初具规模", "初步建成", "稳步推进", "有序推进", "持续推进", "逐步建立管理台账",
                      "项目已开工建设", "平台建设推进中"])
    func progressIsPartial(actual: String) {
        #expect(status(actual) == .partial)
    }

    @Test(arguments: ["已完成", "全面建成", "持续促进", "已建立并执行", "达成预期指标"])
    func completionIsMet(actual: String) {
        #expect(status(actual) == .met)
    }

    @Test func aNumberBesideProgressIsForTheAnalyst() {
        #expect(status("已启动项目12个", target: "≥10个") == .review)
    }
}
