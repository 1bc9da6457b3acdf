import Foundation
import Testing
import JixiaoCore
@testable import JixiaoImport

/// The 2022 seed fund written out as workbooks (generate.py's roundtrip()) and imported back:
/// the same amounts, targets, actuals and statuses as the transcription in data/.
@Suite("Round trip: the seed fund as workbooks")
struct RoundTripTests {
    static func seed() throws -> Report {
        let result = ReportLoader.load(paths: [Fixtures.data.appendingPathComponent("2022-jiangmen-industry-fund.json").path])
        return try #require(result.reports.first?.report)
    }

    @Test func eachSubProjectAsAStandardForm() throws {
        let seed = try Self.seed()
        let seedJudged = Evaluator.evaluate(seed)
        for sub in seed.subProjects {
            let report = try Fixtures.report("roundtrip/\(sub.id).xlsx")
            #expect(report.year == 2022 && report.department == seed.department && report.scope == sub.name)
            let imported = try #require(report.subProjects.first)
            #expect(imported.budget == sub.budget && imported.spent == sub.spent && imported.adjustedBudget == sub.adjustedBudget, "\(sub.id)")
            let expected = seed.indicators.filter { $0.subProject == sub.id }
            #expect(report.indicators.map(\.name) == expected.map(\.name), "\(sub.id)")
            #expect(report.indicators.map(\.level1) == expected.map(\.level1), "\(sub.id)")
            #expect(report.indicators.map(\.level2) == expected.map(\.level2), "\(sub.id)")
            #expect(report.indicators.map(\.target) == expected.map(\.target), "\(sub.id)")
            #expect(report.indicators.map(\.actual) == expected.map(\.actual), "\(sub.id)")
            #expect(report.indicators.map(\.deviationReason) == expected.map(\.deviationReason), "\(sub.id)")
            // Statuses agree wherever the seed needed no analyst's explicit reading (a workbook has none).
            let judged = Evaluator.evaluate(report).indicators
            for (mine, theirs) in zip(judged, seedJudged.indicators.filter { $0.indicator.subProject == sub.id }) where theirs.indicator.explicit == nil {
                #expect(mine.status == theirs.status, "\(sub.id) \(mine.indicator.name)")
                #expect(mine.ratio == theirs.ratio, "\(sub.id) \(mine.indicator.name)")
            }
        }
    }

    @Test func theWholeFundInTheLongFormat() throws {
        let seed = try Self.seed()
        let report = try Fixtures.report("roundtrip/fund-long.xlsx")
        #expect(report.scope == seed.scope && report.year == 2022 && report.department == seed.department)
        #expect(report.subProjects.map(\.name) == seed.subProjects.map(\.name))
        #expect(report.subProjects.map(\.budget) == seed.subProjects.map(\.budget))
        #expect(report.subProjects.map(\.spent) == seed.subProjects.map(\.spent))
        #expect(report.indicators.map(\.target) == seed.indicators.map(\.target))
        #expect(report.indicators.map(\.actual) == seed.indicators.map(\.actual))
        // Each indicator belongs to the same sub-project (by position: the ids are the importer's).
        let seedOwner = seed.indicators.map { ind in seed.subProjects.firstIndex { $0.id == ind.subProject } }
        let importedOwner = report.indicators.map { ind in report.subProjects.firstIndex { $0.id == ind.subProject } }
        #expect(importedOwner == seedOwner)
        let a = Evaluator.evaluate(seed), b = Evaluator.evaluate(report)
        #expect(a.total == b.total)
        for (x, y) in zip(a.indicators, b.indicators) where x.indicator.explicit == nil {
            #expect(x.status == y.status && x.ratio == y.ratio, "\(x.indicator.name)")
        }
    }
}
