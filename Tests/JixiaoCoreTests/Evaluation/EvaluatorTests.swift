import Foundation
import Testing
@testable import JixiaoCore

@Suite("Evaluating the seed reports")
struct SeedEvaluationTests {
    static let evaluations: [String: ReportEvaluation] = {
        let result = ReportLoader.load(paths: [Paths.data.path])
        return Dictionary(uniqueKeysWithValues: result.reports.map { ($0.report.id, Evaluator.evaluate($0.report)) })
    }()

    var fund: ReportEvaluation { Self.evaluations["jiangmen-industry-fund-2022"]! }
    var department: ReportEvaluation { Self.evaluations["jiangmen-miit-department-2023"]! }

    @Test func fundTotalsAndExecutionRate() {
        #expect(fund.subProjects.count == 16)
        #expect(fund.total.budget == ReportBuilder.decimal("8054.71"))
        #expect(fund.total.spent == ReportBuilder.decimal("6983.74"))
        #expect(fund.total.rate!.rounded(3) == ReportBuilder.decimal("0.867"))
    }

    @Test func fundOverspentSubProjectsAreErrors() {
        let overspent = fund.findings.filter { $0.kind == .overspent }.map(\.location)
        #expect(overspent == [.subProject("sp-04"), .subProject("sp-09")])
        #expect(fund.findings.filter { $0.kind == .overspent }.allSatisfy { $0.severity == .error })
    }

    @Test func fundUnderspentSubProjectsBelowNinetyPercent() {
        let under = Set(fund.findings.filter { $0.kind == .underspent }.map(\.location))
        #expect(under == Set(["sp-01", "sp-02", "sp-03", "sp-07", "sp-08"].map(Finding.Location.subProject)))
    }

    @Test func everyUnmetIndicatorIsAnIssue() {
        let unmet = fund.indicators.filter { $0.status == .unmet }.map { Finding.Location.indicator($0.id) }
        let issues = fund.findings.filter { $0.kind == .indicatorUnmet }.map(\.location)
        #expect(Set(unmet) == Set(issues))
        #expect(unmet.count == 8)
    }

    @Test func subProjectsWithoutEffectOrSatisfactionIndicators() {
        let noEffect = Set(fund.findings.filter { $0.kind == .noEffectIndicator }.map(\.location))
        #expect(noEffect == Set(["sp-01", "sp-07", "sp-08", "sp-09", "sp-10", "sp-11"].map(Finding.Location.subProject)))
        let noSatisfaction = fund.findings.filter { $0.kind == .noSatisfactionIndicator }.count
        #expect(noSatisfaction == 12)
    }

    /// The prose says 19 of 36 quantity indicators were met and all 6 timeliness ones; the table says 29 and 4.
    @Test func claimsTheTablesContradict() {
        let claims = fund.findings.filter { $0.kind == .claimMismatch }
        #expect(claims.map(\.location) == [.claim("c-06"), .claim("c-15")])
        #expect(claims[0].message.contains("19") && claims[0].message.contains("29"))
        #expect(claims[1].message.contains("6") && claims[1].message.contains("4"))
    }

    /// Worked through in docs/scoring.md: 8.67 + 44.34 + 29.85 + 10 = 92.86.
    @Test func fundScoreByTheDefaultWeights() {
        #expect(fund.score.usesDefaultWeights)
        #expect(fund.score.executionScore.rounded(2) == ReportBuilder.decimal("8.67"))
        #expect(fund.score.level(.output)!.score.rounded(2) == ReportBuilder.decimal("44.34"))
        #expect(fund.score.level(.effect)!.score.rounded(2) == ReportBuilder.decimal("29.85"))
        #expect(fund.score.level(.satisfaction)!.score.rounded(2) == 10)
        #expect(fund.score.total.rounded(2) == ReportBuilder.decimal("92.86"))
        #expect(fund.score.grade == .excellent)
        #expect(fund.score.difference!.rounded(2) == ReportBuilder.decimal("-3.14"))
        #expect(fund.findings.contains { $0.kind == .scoreMismatch && $0.message.contains("92.86") })
    }

    @Test func departmentExecutionUsesAdjustedBudgets() {
        #expect(department.total.budget == ReportBuilder.decimal("60429.762"))
        #expect(department.total.adjustedBudget == ReportBuilder.decimal("11821.32"))
        #expect(department.total.spent == ReportBuilder.decimal("11719.80"))
        #expect(department.total.rate!.rounded(4) == ReportBuilder.decimal("0.9914"))
        #expect(department.total.rateOfOriginal!.rounded(4) == ReportBuilder.decimal("0.1939"))
    }

    @Test func departmentIndicatorsFormOneHeatmapRow() {
        #expect(department.groups.count == 1)
        #expect(department.groups[0].subProjectID == nil)
        #expect(department.groups[0].total.total == 27)
        #expect(department.subProjects.allSatisfy { $0.groupIndex == nil })
    }

    @Test func departmentRevenueBudgetRoundingIsNotedNotFlagged() {
        let rounding = department.findings.filter { $0.kind == .totalMismatch }
        #expect(rounding.count == 1)
        #expect(rounding.first?.severity == .info)
        #expect(rounding.first?.message.contains("10,008.92") == true)
    }

    @Test func issuesAreSortedBySeverity() {
        for e in Self.evaluations.values {
            let severities = e.findings.map(\.severity)
            #expect(severities == severities.sorted())
        }
    }

    @Test func evaluateJSONHasTheRelliedOnFieldNames() throws {
        let text = ReportEvaluation.json([fund]).serialized()
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        let report = (object["reports"] as! [[String: Any]])[0]
        for key in ["id", "title", "budget", "spent", "executionRate", "score", "grade", "statedScore", "indicators", "issues"] {
            #expect(report[key] != nil, "\(key)")
        }
        let indicator = (report["indicators"] as! [[String: Any]])[0]
        for key in ["id", "subProject", "category", "name", "status", "ratio", "score", "reason"] {
            #expect(indicator[key] != nil, "\(key)")
        }
        let issue = (report["issues"] as! [[String: Any]])[0]
        for key in ["severity", "kind", "where", "message"] { #expect(issue[key] != nil, "\(key)") }
        #expect("\(report["executionRate"]!)" == "0.867")
    }
}

/// Evaluating many reports on every core gives what evaluating each in turn gives, in order (issue 9).
@Suite("Evaluating every report")
struct EvaluateAllTests {
    @Test func theSameAsOneByOneInOrder() {
        var reports: [Report] = []
        for i in 0..<37 {
            var report = ReportBuilder.balanced
            report.id = "r\(i)"
            report.indicators[0].actual = "\(i % 12) 家"
            reports.append(report)
        }
        let all = Evaluator.evaluateAll(reports)
        #expect(all.map(\.report.id) == reports.map(\.id))
        for (a, b) in zip(all, reports.map { Evaluator.evaluate($0) }) {
            #expect(a.score == b.score)
            #expect(a.findings == b.findings)
        }
    }
}
