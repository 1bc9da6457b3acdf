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

    @Test func aZipThatIsNoDocument() throws {
        // A workbook renamed .docx: a zip, but without word/document.xml.
        let path = try WorkbookWriter.temporary(try WorkbookWriter.xlsx(rows: [[.text("x")]]), name: "renamed.docx")
        #expect(Importer.run(files: [path]).errors.first?.message == "no word/document.xml: this zip is not a .docx document")
        let damaged = try WorkbookWriter.temporary(Data("PK\u{3}\u{4}not a zip".utf8), name: "damaged.docx")
        #expect(Importer.run(files: [damaged]).errors.first?.message.hasPrefix("not a readable .docx document") == true)
    }

    @Test func aVerticalMergeEndsAtTheFirstRowThatDoesNotContinueIt() throws {
        let xml = """
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl>\
            <w:tr><w:tc><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>L</w:t></w:r></w:p></w:tc></w:tr>\
            <w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>wide</w:t></w:r></w:p></w:tc></w:tr>\
            <w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>y</w:t></w:r></w:p></w:tc></w:tr>\
            </w:tbl></w:body></w:document>
            """
        let archive = try WorkbookWriter.zip(["word/document.xml": xml])
        let grid = try DocumentReader.read(archive, file: "t.docx")
        #expect(grid.merge(startingAt: CellAddress(row: 0, column: 1)) == nil)  // no B1:B2: the row below did not continue it
        #expect(grid.merges.count == 1 && grid.merges[0] == CellRange(Substring("A2:B2")))
        #expect(grid.text(2, 1) == "y")
    }
}
