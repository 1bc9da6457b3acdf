import Foundation
import Testing
@testable import JixiaoCore

@Suite("Scoring by RULES.md")
struct ScoringTests {
    @Test func aBalancedReportScoresFull() {
        let e = Evaluator.evaluate(ReportBuilder.balanced)
        #expect(e.score.total == 100)
        #expect(e.score.grade == .excellent)
        #expect(e.score.notes.isEmpty)
    }

    @Test func executionScoreIsCappedAtItsWeight() {
        var report = ReportBuilder.balanced
        report.subProjects[0].spent = 150
        #expect(Evaluator.evaluate(report).score.executionScore == 10)
        report.subProjects[0].spent = 50
        #expect(Evaluator.evaluate(report).score.executionScore == 5)
    }

    @Test func aMissingSatisfactionLevelIsRedistributedAndSaidSo() {
        var report = ReportBuilder.balanced
        report.indicators.removeLast()
        let e = Evaluator.evaluate(report)
        #expect(e.score.level(.satisfaction)!.weight == 0)
        // 10 points move to output (50) and effect (30) in proportion: 6.25 and 3.75.
        #expect(e.score.level(.output)!.weight == ReportBuilder.decimal("56.25"))
        #expect(e.score.level(.effect)!.weight == ReportBuilder.decimal("33.75"))
        #expect(e.score.total == 100)
        #expect(e.score.notes.first?.contains("满意度") == true)
    }

    @Test func levelWeightIsSpreadEquallyOverItsIndicators() {
        var report = ReportBuilder.balanced
        report.indicators.append(ReportBuilder.indicator("q2", "a", "数量指标", target: "≥4 个", actual: "2 个"))
        let e = Evaluator.evaluate(report)
        #expect(e.indicator("q")!.weight == 25)
        #expect(e.indicator("q2")!.weight == 25)
        #expect(e.indicator("q2")!.score == ReportBuilder.decimal("12.5"))
        #expect(e.score.total == ReportBuilder.decimal("87.5"))
        #expect(e.score.grade == .good)
    }

    @Test func statedWeightsAreUsedAndMismatchesFlagged() {
        var report = ReportBuilder.balanced
        report.indicators[0].weight = 40
        report.indicators[1].weight = 30
        report.indicators[2].weight = 10
        let e = Evaluator.evaluate(report)
        #expect(e.indicator("q")!.weight == 40)
        #expect(e.findings.contains { $0.kind == .weightMismatch && $0.message.contains("40") && $0.message.contains("50") })
    }

    @Test func weightsNotAddingToHundredAreAFinding() {
        var report = ReportBuilder.balanced
        report.weights = Weights(execution: 20, output: 40, effect: 30, satisfaction: 20)
        let e = Evaluator.evaluate(report)
        #expect(e.findings.contains { $0.kind == .weightMismatch && $0.message.contains("110") })
    }

    @Test(arguments: [("95", Grade.excellent), ("90", .excellent), ("89.99", .good), ("80", .good), ("79.99", .fair), ("60", .fair), ("59.99", .poor)])
    func grades(_ score: String, _ grade: Grade) {
        #expect(Grade(score: ReportBuilder.decimal(score)) == grade)
    }

    @Test func aStatedGradeThatDiffersFromTheComputedOneIsAnError() {
        var report = ReportBuilder.balanced
        report.indicators[0].actual = "1 家"
        report.indicators[1].actual = "1 家"
        report.statedScore = 96
        report.statedGrade = "优"
        let e = Evaluator.evaluate(report)
        #expect(e.score.grade != .excellent)
        #expect(e.findings.contains { $0.kind == .gradeMismatch && $0.severity == .error })
    }
}
