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
        // Printed 分值 over 100 cannot be the form's weights: the defaults stand, each level's gap is
        // named, and its rows are scaled to it, so the total stays within 100 (issue 11, rule 9).
        var report = ReportBuilder.balanced
        report.indicators[0].weight = 60
        report.indicators[1].weight = 40
        report.indicators[2].weight = 10
        let e = Evaluator.evaluate(report)
        #expect(e.indicator("q")!.weight == 50)
        #expect(e.indicator("e")!.weight == 30)
        #expect(e.indicator("q")!.indicator.weight == 60)
        let messages = e.findings.filter { $0.kind == .weightMismatch }.map(\.message)
        #expect(messages == ["产出指标分值合计 60 分，超出其一级分值 50 分（差 10 分）：各项按比例折算（× 0.8333）计分",
                             "效益指标分值合计 40 分，超出其一级分值 30 分（差 10 分）：各项按比例折算（× 0.7500）计分"])
        #expect(e.score.total == 100)
    }

    @Test func printedWeightsUnder100LeaveTheRestToExecution() {
        var report = ReportBuilder.balanced
        report.indicators[0].weight = 40
        report.indicators[1].weight = 30
        report.indicators[2].weight = 10
        let e = Evaluator.evaluate(report)
        #expect(e.score.executionWeight == 20)
        #expect(e.score.levels.map(\.statedWeight) == [40, 30, 10])
        #expect(!e.findings.contains { $0.kind == .weightMismatch })
        #expect(e.score.notes.contains("报告未印出预算执行率分值：按 100 减去各指标分值合计，执行率占 20 分"))
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

/// A form that prints only the funds row's 分值 (20 in some provinces): the rest of 100 by the indicators' printed 分值.
@Suite("Scoring with only the execution weight printed")
struct PrintedExecutionWeightTests {
    typealias B = ReportBuilder

    @Test func theIndicatorsPrintedWeightsMakeTheLevels() {
        var report = B.report(subProjects: [B.subProject("a", budget: "100", spent: "50")], indicators: [
            B.indicator("q", "a", "数量指标", target: "≥10 家", actual: "10 家", weight: 40),
            B.indicator("e", "a", "社会效益", target: "≥5 家", actual: "6 家", weight: 30),
            B.indicator("s", "a", "满意度指标", target: "≥90%", actual: "95%", weight: 10),
        ])
        report.executionWeight = 20
        let card = Evaluator.evaluate(report).score
        #expect(card.executionWeight == 20 && card.executionScore == 10)
        #expect(card.levels.map(\.statedWeight) == [40, 30, 10])
        #expect(card.total == 90)
        #expect(!card.usesDefaultWeights)
        #expect(!Evaluator.evaluate(report).findings.contains { $0.kind == .weightMismatch })
    }

    @Test func withoutPrintedIndicatorWeightsTheRestIsSharedAsTheDefaults() {
        var report = B.balanced
        report.executionWeight = 20
        let card = Evaluator.evaluate(report).score
        // 80 shared 50:30:10.
        #expect(card.levels.map { $0.statedWeight.rounded(4) } == [Decimal(string: "44.4444"), Decimal(string: "26.6667"), Decimal(string: "8.8889")])
        #expect(card.total.rounded(2) == 100)
    }

    @Test func printedWeightsThatMissTheirShareAreAFinding() {
        var report = B.report(subProjects: [B.subProject("a", budget: "100", spent: "100")], indicators: [
            B.indicator("q", "a", "数量指标", target: "≥10 家", actual: "10 家", weight: 30),
            B.indicator("s", "a", "满意度指标", target: "≥90%", actual: "95%", weight: 10),
        ])
        report.executionWeight = 20
        // Only the funds row's 20 is printed: the other 80 go to the levels by their printed 分值 (30 : 10),
        // so output carries 60 and satisfaction 20, and the gap of 40 is named once (issue 11, rule 9).
        let e = Evaluator.evaluate(report)
        let findings = e.findings.filter { $0.kind == .weightMismatch }
        #expect(findings.map(\.message) == ["各级指标印出分值合计 40 分，不足预算执行率 20 分以外的 80 分（差 40 分）：各项按比例折算（× 2.0000）计分"])
        #expect(e.score.levels.map(\.statedWeight) == [60, 0, 20])
        #expect(e.indicator("q")!.weight == 60)
        #expect(e.score.total == 100)
        #expect(e.score.notes.contains { $0.contains("不让分值落空") })
    }
}

/// What an importer noted is in the issue list, where it points.
@Suite("Import notes as findings")
struct ImportNoteFindingTests {
    @Test func eachNoteIsAFindingAtItsPlace() {
        var report = ReportBuilder.balanced
        report.importNotes = [ImportNote(.warning, place: "表1!A3", "no year: 2023 assumed")]
        report.subProjects[0].importNotes = [ImportNote(.info, place: "表1!B7", "元 converted")]
        report.indicators[0].importNotes = [ImportNote(.info, place: "表1!B12", "merged label carried down")]
        let findings = Evaluator.evaluate(report).findings.filter { $0.kind == .importNote }
        #expect(findings.map(\.location) == [.report, .subProject("a"), .indicator("q")])
        #expect(findings.map(\.severity) == [.warning, .info, .info])
        #expect(findings[0].message == "表1!A3：no year: 2023 assumed")
    }
}
