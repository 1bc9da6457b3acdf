import Foundation
import Testing
import JixiaoCore
@testable import JixiaoImport

/// The long format as .xlsx, UTF-8 CSV with a byte-order mark, GB18030 CSV with CRLF, and with budget-system field names.
@Suite("Long format: one row per indicator, with a funds table beside it")
struct LongFormatTests {
    /// What each long-format fixture of the county 农业农村局 holds, labelled from generate.py's rows.
    static func checkAgricultureBureau(_ result: ImportResult, reasonWithBreak: Bool) throws {
        #expect(result.errors.isEmpty, "\(result.errors)")
        try #require(result.reports.count == 2)
        let (land, vet) = (result.reports[0], result.reports[1])
        #expect(land.scope == "耕地地力提升项目" && vet.scope == "动物防疫补助项目")
        #expect(land.year == 2023 && vet.year == 2023)
        #expect(land.department == "某县农业农村局" && land.implementingUnit == "某县农业技术推广中心")
        #expect(vet.implementingUnit == "某县动物疫病预防控制中心")
        #expect(land.subProjects.count == 1 && vet.subProjects.count == 1)
        let a = land.subProjects[0], b = vet.subProjects[0]
        #expect(a.budget == 500 && a.statedAdjustedBudget == 480 && a.spent == 456)
        #expect(a.funding == [FundingSource(label: "当年财政拨款", budget: 500, adjustedBudget: 480, spent: 456)])
        #expect(b.budget == 120 && b.statedAdjustedBudget == nil && b.spent == 120)
        #expect(b.funding.map(\.label) == ["当年财政拨款", "上年结转资金"])
        #expect(land.executionWeight == 10 && land.statedExecutionScore == Decimal("9.5"))
        #expect(land.indicators.map(\.name) == ["耕地地力提升面积", "土壤有机质含量提升", "项目完成时间", "亩均增产", "农户满意度"])
        #expect(land.indicators.map(\.level1) == ["产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"])
        #expect(land.indicators.map(\.target) == ["≥5000亩", "≥0.1个百分点", "2023年11月底前", "≥30公斤", "≥90%"])
        #expect(land.indicators.map(\.actual) == ["5200亩", "0.12个百分点", "2023年11月", "28公斤", "93%"])
        #expect(land.indicators.map(\.weight) == [20, 20, 10, 30, 10])
        #expect(land.indicators.map(\.statedScore) == [20, 20, 10, 28, 10])
        #expect(land.indicators[3].deviationReason == (reasonWithBreak ? "部分地块受旱,\n亩均增产略低于目标" : "部分地块受旱"))
        #expect(land.indicators[4].deviationReason == "无")
        #expect(land.indicators[0].deviationReason == nil)
        #expect(vet.indicators.map(\.target) == ["≥20万头（只）", "≥90%", "无", "≥90%"])
        #expect(vet.indicators.map(\.actual) == ["21.3万头（只）", "95%", "未发生", "88%"])
        #expect(vet.indicators.allSatisfy { $0.subProject == "sp-01" })
        #expect(land.indicators[1].importNotes.map(\.message) == ["一级指标 blank: 「产出指标」 from the row above carried down"])
    }

    @Test func workbookWithAnIndicatorSheetAndAFundsSheet() throws {
        try Self.checkAgricultureBureau(Fixtures.run("long.xlsx"), reasonWithBreak: false)
    }

    @Test func utf8CSVWithByteOrderMark() throws {
        let result = Fixtures.run("long-utf8-bom.csv", "long-funds-utf8-bom.csv")
        try Self.checkAgricultureBureau(result, reasonWithBreak: true)
        #expect(!result.allNotes.contains { $0.message.hasPrefix("read as") })
    }

    @Test func gb18030CSVWithCRLF() throws {
        let result = Fixtures.run("long-gb18030.csv", "long-funds-gb18030.csv")
        try Self.checkAgricultureBureau(result, reasonWithBreak: true)
        #expect(result.allNotes.filter { $0.message == "read as GB18030" }.count == 2)
    }

    @Test func theFundsTableMayComeFirst() throws {
        try Self.checkAgricultureBureau(Fixtures.run("long-funds-gb18030.csv", "long-gb18030.csv"), reasonWithBreak: true)
    }

    @Test func budgetSystemFieldNames() throws {
        let result = Fixtures.run("budget-system-index.csv", "budget-system-funds.csv")
        #expect(result.errors.isEmpty)
        let r = try #require(result.reports.first)
        #expect(result.reports.count == 1 && r.scope == "城乡居民医疗救助")
        #expect(r.indicators.map(\.target) == ["≥1200人次", "=100%", "≤3000元", "有效减轻", "≥90%"])
        #expect(r.indicators.map(\.actual) == ["1350", "100", "2860", "达成", "94"])
        #expect(r.indicators.map(\.nature) == ["≥", "=", "≤", "定性", "≥"])
        #expect(r.indicators.map(\.unit) == ["人次", "%", "元", nil, "%"])
        #expect(r.indicators.map(\.weight) == [30, 20, 20, 20, 10])
        #expect(r.indicators[3].deviationReason == "部分群众知晓率不高")
        // NAME is the funding source in the funds table; with no total row the sources are added up.
        let sp = r.subProjects[0]
        #expect(sp.budget == 380 && sp.statedAdjustedBudget == 420 && sp.spent == Decimal("418.5"))
        #expect(sp.funding.map(\.label) == ["当年财政资金", "上年结转资金"])
        #expect(sp.importNotes.map(\.message) == ["no total row for the project: its funding sources were added up"])
        #expect(sp.importNotes.first?.place == "budget-system-funds!A2")
        #expect(r.importNotes.map(\.field) == ["year", "department"])
        let statuses = Evaluator.evaluate(r).indicators.map(\.status)
        #expect(statuses == [.met, .met, .met, .met, .met])
    }

    @Test func aProjectWithoutFundsIsKeptWithAWarning() throws {
        let result = Fixtures.run("long-gb18030.csv")
        #expect(result.reports.count == 2)
        #expect(result.reports.allSatisfy { $0.subProjects[0].importNotes.contains { $0.severity == .warning && $0.field == "budget" } })
    }
}

@Suite("The examples in docs/import.md")
struct DocumentedExampleTests {
    @Test func theLongFormatExamplesImport() throws {
        let folder = Fixtures.root.appendingPathComponent("docs/examples")
        let result = Importer.run(files: ["long-format-indicators.csv", "long-format-funds.csv"].map { folder.appendingPathComponent($0).path })
        #expect(result.errors.isEmpty && result.allNotes.isEmpty, "\(result.errors) \(result.allNotes.map(\.line))")
        let r = try #require(result.reports.first)
        #expect(r.indicators.map(\.target) == ["≥5000亩", "≥0.1个百分点", "2023年11月底前", "≥30公斤", "≥90%"])
        #expect(r.subProjects[0].budget == 500 && r.subProjects[0].statedAdjustedBudget == 480 && r.subProjects[0].spent == 456)
        #expect(r.executionWeight == 10)
    }

    /// A funds table that names a project first without its 资金名称 and then with one moves what it holds
    /// for the project to its new key (it trapped on the old one, found by fuzzing the csv target).
    @Test func aProjectGivenItsScopeLaterInTheFundsTable() throws {
        let text = "资金名称,项目名称,年初预算数（万元）,全年预算数（万元）,全年执行数（万元）\n,耕地地力提升项目,100,100,90\n某县农业资金,耕地地力提升项目,100,100,90\n"
        let result = Importer.run(files: [try WorkbookWriter.temporary(Data(text.utf8), name: "move.csv")])
        #expect(result.allNotes.contains { $0.message.hasPrefix("a second total row for 「耕地地力提升项目」") })
        #expect(result.errors.map(\.message) == ["a funds table with no indicator table: give the indicator table (三级指标, 年度指标值, 实际完成值) too"])
    }
}
