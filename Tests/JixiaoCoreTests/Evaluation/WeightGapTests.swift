import Foundation
import Testing
@testable import JixiaoCore

/// Printed weights that miss their level's share (issue 11, rule 9): the points are not lost; the
/// rows are scaled to the share in proportion, the score card says how, and a finding names the gap.
@Suite("Weights that miss their share")
struct WeightGapTests {
    typealias B = ReportBuilder

    /// A department table whose output rows print 20 + 20 + 20 = 60 under 产出指标(90分), with a funds
    /// row of 分值 10: each row carries 30, and all met the report scores 100, not 70.
    @Test func rowsShortOfAPrintedLevelAreScaledUp() throws {
        var report = B.report(subProjects: [B.subProject("a", budget: "100", spent: "100")], indicators: [
            B.indicator("q1", "a", "数量指标", target: "≥10 家", actual: "10 家", weight: 20),
            B.indicator("q2", "a", "质量指标", target: "≥90%", actual: "95%", weight: 20),
            B.indicator("q3", "a", "时效指标", target: "2022年底前", actual: "2022年10月完成", weight: 20),
        ], kind: .department)
        report.executionWeight = 10
        report.levelSubtotals = [PrintedSubtotal(level1: "产出指标", weight: 90)]
        let e = Evaluator.evaluate(report)
        #expect(e.indicators.map(\.weight) == [30, 30, 30])
        #expect(e.indicators.map(\.indicator.weight) == [20, 20, 20])
        #expect(e.score.total == 100)
        let messages = e.findings.filter { $0.kind == .weightMismatch }.map(\.message)
        #expect(messages == ["产出指标分值合计 60 分，不足其一级分值 90 分（差 30 分）：各项按比例折算（× 1.5000）计分"])
        #expect(e.score.notes.contains { $0.hasPrefix("产出指标分值合计 60 分") && $0.contains("不让分值落空") })
    }

    @Test func theSameWithWeightsGivenInTheData() {
        var report = B.report(subProjects: [B.subProject("a", budget: "100", spent: "100")], indicators: [
            B.indicator("q1", "a", "数量指标", target: "≥10 家", actual: "10 家", weight: 20),
            B.indicator("q2", "a", "质量指标", target: "≥90%", actual: "45%", weight: 40),
        ], weights: Weights(execution: 10, output: 90, effect: 0, satisfaction: 0))
        let e = Evaluator.evaluate(report)
        // 20 : 40 of 90 → 30 and 60; q2 earns half of its 60.
        #expect(e.indicators.map(\.weight) == [30, 60])
        #expect(e.score.total.rounded(10) == 70)
    }

    /// A form that prints only the funds row's 分值 (20) and rows of 30 + 20 + 10 = 60: the other 80 go
    /// to the levels by their printed 分值, 40 : 26.67 : 13.33, and every point is kept.
    @Test func onlyTheExecutionWeightPrinted() {
        var report = B.report(subProjects: [B.subProject("a", budget: "100", spent: "100")], indicators: [
            B.indicator("q", "a", "数量指标", target: "≥10 家", actual: "10 家", weight: 30),
            B.indicator("e", "a", "社会效益", target: "≥5 家", actual: "6 家", weight: 20),
            B.indicator("s", "a", "满意度指标", target: "≥90%", actual: "95%", weight: 10),
        ])
        report.executionWeight = 20
        let e = Evaluator.evaluate(report)
        #expect(e.score.levels.map { $0.statedWeight.rounded(2) } == [40, B.decimal("26.67"), B.decimal("13.33")])
        #expect(e.score.total.rounded(10) == 100)
        #expect(e.findings.filter { $0.kind == .weightMismatch }.count == 1)
    }

    @Test func rowsThatReachTheirShareAreLeftAlone() {
        var report = B.report(subProjects: [B.subProject("a", budget: "100", spent: "100")], indicators: [
            B.indicator("q", "a", "数量指标", target: "≥10 家", actual: "10 家", weight: 50),
            B.indicator("e", "a", "社会效益", target: "≥5 家", actual: "6 家", weight: 30),
            B.indicator("s", "a", "满意度指标", target: "≥90%", actual: "95%", weight: 10),
        ])
        report.executionWeight = 10
        let e = Evaluator.evaluate(report)
        #expect(e.indicators.map(\.weight) == [50, 30, 10])
        #expect(!e.findings.contains { $0.kind == .weightMismatch })
        #expect(e.score.notes.isEmpty)
    }

    @Test func zeroWeightsAreSharedEqually() {
        var report = B.report(subProjects: [B.subProject("a", budget: "100", spent: "100")], indicators: [
            B.indicator("q1", "a", "数量指标", target: "≥10 家", actual: "10 家", weight: 0),
            B.indicator("q2", "a", "质量指标", target: "≥90%", actual: "95%", weight: 0),
        ], weights: Weights(execution: 10, output: 90, effect: 0, satisfaction: 0))
        let e = Evaluator.evaluate(report)
        #expect(e.indicators.map(\.weight) == [45, 45])
        #expect(e.findings.contains { $0.kind == .weightMismatch && $0.message.contains("各项分值均为 0，按一级分值平均分配") })
    }

    /// Found in the code review: a printed 成本指标(10分) is output's, beside 产出指标(40分).
    @Test func aCostLevelPrintedApartIsOutputs() {
        var report = B.report(subProjects: [B.subProject("a", budget: "100", spent: "100")], indicators: [
            B.indicator("q", "a", "数量指标", target: "≥10 家", actual: "10 家", weight: 40),
            B.indicator("c", "a", "成本指标", target: "≤10万元", actual: "9万元", weight: 10),
            B.indicator("e", "a", "社会效益", target: "≥5 家", actual: "6 家", weight: 30),
            B.indicator("s", "a", "满意度指标", target: "≥90%", actual: "95%", weight: 10),
        ])
        report.indicators[1].level1 = "成本指标"
        report.executionWeight = 10
        report.levelSubtotals = [PrintedSubtotal(level1: "产出指标", weight: 40), PrintedSubtotal(level1: "成本指标", weight: 10),
                                 PrintedSubtotal(level1: "效益指标", weight: 30), PrintedSubtotal(level1: "满意度指标", weight: 10)]
        let e = Evaluator.evaluate(report)
        #expect(!e.findings.contains { $0.kind == .weightMismatch })
        #expect(e.indicators.map(\.weight) == [40, 10, 30, 10])
    }

    /// The message names the weight the rows were scaled to, when a level without indicators grew it.
    @Test func theMessageNamesTheWeightUsed() {
        let report = B.report(subProjects: [B.subProject("a", budget: "100", spent: "100")], indicators: [
            B.indicator("q1", "a", "数量指标", target: "≥10 家", actual: "10 家", weight: 20),
            B.indicator("q2", "a", "质量指标", target: "≥90%", actual: "95%", weight: 20),
            B.indicator("e", "a", "社会效益", target: "≥5 家", actual: "6 家", weight: 30),
        ], weights: .standard)
        let e = Evaluator.evaluate(report)
        let message = e.findings.first { $0.kind == .weightMismatch && $0.message.hasPrefix("产出") }?.message
        #expect(message == "产出指标分值合计 40 分，不足其一级分值 50 分（差 10 分）：各项按比例折算为 56.25 分（× 1.4063）计分")
        #expect(e.indicators[0].weight == B.decimal("28.125"))
    }
}
