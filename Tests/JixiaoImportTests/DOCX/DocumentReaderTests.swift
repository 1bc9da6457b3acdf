import Foundation
import Testing
import JixiaoCore
@testable import JixiaoImport

@Suite("Word documents: the form as a table, with gridSpan and vMerge")
struct DocumentReaderTests {
    @Test func theCentralFormAsADocument() throws {
        let r = try Fixtures.report("central-form.docx")
        #expect(r.title == "农村饮水安全巩固提升工程 项目支出绩效自评表（2023年度）")
        #expect(r.year == 2023 && r.department == "金寨县水利局" && r.implementingUnit == "金寨县农村饮水安全管理站")
        let sp = try #require(r.subProjects.first)
        #expect(sp.budget == 150 && sp.statedAdjustedBudget == nil && sp.spent == Decimal("142.5"))
        #expect(r.executionWeight == 10 && r.statedExecutionScore == Decimal("9.5") && r.statedScore == Decimal("97.5"))
        #expect(r.indicators.map(\.level1) == ["产出指标", "产出指标", "效益指标", "满意度指标"])
        #expect(r.indicators.map(\.target) == ["≥5处", "≥95%", "≥1.2万人", "≥90%"])
        #expect(r.indicators.map(\.actual) == ["5处", "93%", "1.26万人", "95%"])
        #expect(r.indicators[1].deviationReason == "部分水源浊度偏高")
        #expect(r.noteLines == ["central-form!B10: 一级指标「产出指标」merged over B9:B10: carried down"])
    }

    @Test func notADocument() {
        let e = Importer.run(files: [Fixtures.path("corrupt.xlsx")]).errors.first
        #expect(e?.kind == .unreadable)
    }
}
