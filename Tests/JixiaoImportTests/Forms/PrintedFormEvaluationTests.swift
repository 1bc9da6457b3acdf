import Foundation
import Testing
import JixiaoCore
@testable import JixiaoImport

/// The walk-through of docs/scoring.md, section 9: the 棠溪镇 2022 form (central-wan.xlsx, after the
/// published 委托业务项目 项目支出绩效自评表) imported and judged, its printed 得分 checked row by row.
@Suite("A printed form judged row by row")
struct PrintedFormEvaluationTests {
    @Test func theWalkThroughHolds() throws {
        let e = Evaluator.evaluate(try Fixtures.report("central-wan.xlsx"))
        // Every row's printed 得分 agrees with the rule, ind-09's 9 of 10 inside the achieved band.
        #expect(e.indicators.allSatisfy { $0.status == .met })
        #expect(e.indicators.map(\.indicator.statedScore) == [8, 8, 8, 8, 8, 10, 10, 10, 9, 10])
        #expect(!e.findings.contains { $0.kind == .printedScoreMismatch && $0.location != .report })
        // The funds row's printed 0 against 100% × 10, and the 总分 against its rows.
        let funds = try #require(e.findings.first { $0.kind == .printedScoreMismatch })
        #expect(funds.severity == .info)
        #expect(funds.message.hasPrefix("预算执行率印出得分 0 分，按执行率 100.00% × 分值 10 应得 10.00 分"))
        let total = try #require(e.findings.first { $0.kind == .totalMismatch })
        #expect(total.severity == .error)
        #expect(total.message == "总分印出 99 分，各行印出得分相加为 89 分（预算执行率 0 + 各指标 89），差 10 分")
        // Shares met: nothing scaled; the computed 100 against the printed 99.
        #expect(!e.findings.contains { $0.kind == .weightMismatch })
        #expect(e.score.total == 100)
        #expect(e.findings.contains { $0.kind == .scoreMismatch && $0.severity == .warning })
        #expect(e.indicator("ind-02")?.judgement.reason.contains("目标 100%") == true)
    }
}
