import Foundation
import Testing
@testable import JixiaoCore

/// The writer that drafts go through: what it writes loads back as the same reports.
@Suite("Writing data files")
struct ReportFileJSONTests {
    @Test(arguments: [Paths.fund2022, Paths.department2023])
    func theSeedsReadBackTheSame(_ path: String) throws {
        let loaded = ReportLoader.load(paths: [path])
        let reports = loaded.reports.map(\.report)
        let text = ReportFile(reports: reports).json.serialized()
        let (decoded, errors) = ReportLoader.decode(Array(text.utf8), file: "w.json")
        #expect(errors.isEmpty, "\(errors)")
        #expect(decoded?.reports == reports)
        #expect(decoded?.formatVersion == 2)
    }

    @Test func everyV2FieldIsWrittenAndReadBack() throws {
        let note = ImportNote(.warning, place: "表1!C7", file: "某局.xlsx", field: "target", "目标由三列合并")
        var indicator = ReportBuilder.indicator("ind-01", "sp-01", "数量指标", target: "≥20家", actual: "21家", weight: 8)
        indicator.statedScore = 8; indicator.reviewScore = Decimal(string: "7.5"); indicator.nature = "≥"
        indicator.targetValue = "20"; indicator.unit = "家"; indicator.importNotes = [note]
        indicator.deviationReason = "无"
        let sub = SubProject(id: "sp-01", name: "项目", budget: nil, statedAdjustedBudget: Decimal(string: "3.36"), spent: 3,
                             funding: [FundingSource(label: "财政资金", budget: 0, adjustedBudget: Decimal(string: "3.36"), spent: 3)],
                             note: "原因", importNotes: [note])
        var report = ReportBuilder.report(subProjects: [sub], indicators: [indicator], statedScore: 95)
        report.implementingUnit = "某中心"; report.sourceMoneyUnit = "元"; report.executionWeight = 20
        report.statedExecutionScore = Decimal(string: "17.86"); report.reviewScore = 90
        report.goal = AnnualGoal(expected: "完成 20 家", actual: "完成 21 家")
        report.levelSubtotals = [PrintedSubtotal(level1: "产出指标", weight: 50, score: 48)]
        report.importNotes = [note]
        let text = ReportFile(reports: [report]).json.serialized()
        let (decoded, errors) = ReportLoader.decode(Array(text.utf8), file: "w.json")
        #expect(errors.isEmpty, "\(errors)")
        #expect(decoded?.reports == [report])
        // Codable stays in step with the loader, as for v1.
        let coded = try JSONDecoder().decode(ReportFile.self, from: Data(text.utf8))
        #expect(coded.reports == [report])
    }
}
