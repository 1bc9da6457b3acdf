import Foundation
import Testing
@testable import JixiaoCore

@Suite("Claims against the tables")
struct ClaimCheckTests {
    func findings(_ claims: [Claim], _ report: Report = ReportBuilder.balanced) -> [Finding] {
        var report = report
        report.claims = claims
        return Evaluator.evaluate(report).findings.filter { if case .claim = $0.location { true } else { false } }
    }

    @Test func agreeingClaimsGiveNoFinding() {
        let claims = [
            Claim(id: "a", kind: .indicatorCount, value: 3, quote: ""),
            Claim(id: "b", kind: .metCount, scope: ClaimScope(level2: "数量指标"), value: 1, quote: ""),
            Claim(id: "c", kind: .budgetTotal, value: 100, quote: ""),
            Claim(id: "d", kind: .executionRate, value: 100, quote: ""),
            Claim(id: "e", kind: .subProjectCount, value: 1, quote: ""),
            Claim(id: "f", kind: .indicatorRatio, scope: ClaimScope(indicator: "e"), value: 120, quote: ""),
            Claim(id: "g", kind: .subProjectsWithCategory, scope: ClaimScope(level2: "满意度指标"), value: 1, quote: ""),
        ]
        #expect(findings(claims) == [])
    }

    @Test func eachDisagreementNamesBothNumbers() {
        let claims = [
            Claim(id: "a", kind: .indicatorCount, value: 4, quote: ""),
            Claim(id: "b", kind: .metCount, scope: ClaimScope(level1: "产出"), value: 0, quote: ""),
            Claim(id: "c", kind: .spentTotal, value: ReportBuilder.decimal("100.02"), quote: ""),
            Claim(id: "d", kind: .executionRate, value: 95, quote: ""),
            Claim(id: "e", kind: .indicatorRatio, scope: ClaimScope(indicator: "e"), value: 125, quote: ""),
        ]
        let found = findings(claims)
        #expect(found.map(\.location) == ["a", "b", "c", "d", "e"].map(Finding.Location.claim))
        #expect(found[0].message.contains("4") && found[0].message.contains("3"))
        #expect(found[2].kind == .totalMismatch && found[2].message.contains("100.02"))
        #expect(found[3].message.contains("95") && found[3].message.contains("100.00%"))
        #expect(found[4].message.contains("125") && found[4].message.contains("120.00%"))
    }

    @Test func printedRatesAllowForTheirOwnRounding() {
        var report = ReportBuilder.balanced
        report.subProjects[0].spent = ReportBuilder.decimal("86.7036")
        #expect(findings([Claim(id: "r", kind: .executionRate, value: ReportBuilder.decimal("86.7"), quote: "")], report) == [])
        #expect(findings([Claim(id: "r", kind: .executionRate, value: ReportBuilder.decimal("86.8"), quote: "")], report).count == 1)
    }

    @Test func aGradeClaimMustFitTheStatedScore() {
        var report = ReportBuilder.balanced
        report.statedScore = 85
        let found = findings([Claim(id: "g", kind: .grade, text: "优", quote: "")], report)
        #expect(found.first?.kind == .gradeMismatch)
    }

    @Test func financeBreakdownsMustAddUp() {
        let finance = DepartmentFinance(
            finalAccounts: Breakdown(total: 100, parts: [NamedAmount(label: "基本", amount: 40), NamedAmount(label: "项目", amount: 50)]),
            assets: Assets(total: 10, liabilities: 4, netAssets: 5))
        let found = ClaimCheck.finance(finance, tolerance: ReportBuilder.decimal("0.01"))
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.severity == .error })
    }
}
