import Foundation
import Testing
@testable import JixiaoCore

@Suite("Findings of a review")
struct FindingRulesTests {
    func kinds(_ report: Report) -> [Finding.Kind] { Evaluator.evaluate(report).findings.map(\.kind) }

    @Test func aBalancedReportHasNoFindings() {
        #expect(kinds(ReportBuilder.balanced) == [])
    }

    @Test func unmetWithoutAReasonIsTwoFindings() {
        var report = ReportBuilder.balanced
        report.indicators[0].actual = "5 家"
        #expect(kinds(report).filter { $0 == .indicatorUnmet || $0 == .reasonMissing }.count == 2)
        report.indicators[0].deviationReason = "企业数量不足"
        #expect(!kinds(report).contains(.reasonMissing))
    }

    @Test func anActualFarAboveTargetSuggestsATargetTooLow() {
        var report = ReportBuilder.balanced
        report.indicators[0].actual = "14 家"
        #expect(kinds(report) == [.targetTooLow])
    }

    @Test func lowExecutionWithEveryOutputMetIsAskedAbout() {
        var report = ReportBuilder.balanced
        report.subProjects[0].spent = 50
        let found = kinds(report)
        #expect(found.contains(.underspent))
        #expect(found.contains(.executionMismatch))
        #expect(found.contains(.executionLow))
    }

    @Test func theUnderspendThresholdIsConfigurable() {
        var report = ReportBuilder.balanced
        report.subProjects[0].spent = 85
        var options = EvaluationOptions()
        #expect(Evaluator.evaluate(report, options: options).findings.contains { $0.kind == .underspent })
        options.underspendThreshold = ReportBuilder.decimal("0.8")
        #expect(!Evaluator.evaluate(report, options: options).findings.contains { $0.kind == .underspent })
    }

    @Test func adjustmentsChangeTheBudgetTheRateIsTakenAgainst() {
        var report = ReportBuilder.balanced
        report.subProjects[0].budget = 200
        report.subProjects[0].adjustments = [BudgetAdjustment(kind: .recovered, amount: 100)]
        let e = Evaluator.evaluate(report)
        #expect(e.total.rate == 1)
        #expect(e.total.rateOfOriginal == ReportBuilder.decimal("0.5"))
        #expect(!e.findings.contains { $0.kind == .underspent })
    }

    @Test func targetQualityFindings() {
        let report = ReportBuilder.report(
            subProjects: [ReportBuilder.subProject("a", budget: "10", spent: "10"), ReportBuilder.subProject("b", budget: "10", spent: "10")],
            indicators: [
                ReportBuilder.indicator("q", "a", "数量指标", target: "较多", actual: "较多"),
                ReportBuilder.indicator("c", "a", "成本指标", target: "≥5 万元", actual: "6 万元"),
                ReportBuilder.indicator("x", "a", "质量指标", target: "", actual: "100%"),
            ])
        let found = kinds(report)
        #expect(found.contains(.targetWithoutNumber))
        #expect(found.contains(.costTargetPositive))
        #expect(found.contains(.blankText))
        #expect(found.contains(.noEffectIndicator))
        #expect(found.contains(.noSatisfactionIndicator))
        #expect(found.contains(.noIndicators))
    }

    @Test func spendingAgainstAZeroBudgetIsAnError() {
        var report = ReportBuilder.balanced
        report.subProjects[0].budget = 0
        let e = Evaluator.evaluate(report)
        #expect(e.total.rate == nil)
        #expect(e.findings.filter { $0.kind == .overspent }.count == 2)
        #expect(e.score.executionScore == 0)
    }

    @Test func budgetsCutByAdjustmentsAreNamed() {
        var report = ReportBuilder.balanced
        report.subProjects[0].budget = 400
        report.subProjects[0].adjustments = [BudgetAdjustment(kind: .recovered, amount: 300, label: "收回")]
        let found = Evaluator.evaluate(report).findings.filter { $0.kind == .budgetReduced }
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("75.00%") == true)
    }

    @Test func theTooLowThresholdIsConfigurable() {
        var report = ReportBuilder.balanced
        report.indicators[0].actual = "12 家"
        #expect(!Evaluator.evaluate(report).findings.contains { $0.kind == .targetTooLow })
        var options = EvaluationOptions()
        options.overTargetThreshold = ReportBuilder.decimal("1.1")
        #expect(Evaluator.evaluate(report, options: options).findings.contains { $0.kind == .targetTooLow && $0.message.contains("110%") })
    }
}
