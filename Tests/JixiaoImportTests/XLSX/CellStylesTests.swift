import Testing
@testable import JixiaoImport

@Suite("Number formats decide what a stored number means")
struct CellStylesTests {
    @Test(arguments: [(9, GridCell.Display.percent), (10, .percent), (14, .date), (22, .date), (31, .date), (49, .text),
                      (0, .number), (4, .number)])
    func builtInFormats(_ id: Int, _ display: GridCell.Display) {
        #expect(CellStyles.display(id: id, code: nil) == display)
    }

    @Test(arguments: [("0.0%", GridCell.Display.percent), ("#,##0.00", .number), ("yyyy\"年\"m\"月\"d\"日\"", .date),
                      ("[$-804]yyyy年m月", .date), ("0.00_);[Red](0.00)", .number), ("\"完成率\"0%", .percent),
                      ("@", .text), ("General", .number), ("#,##0.00\"元\"", .number), ("\\%0", .number)])
    func customFormats(_ code: String, _ display: GridCell.Display) {
        #expect(CellStyles.display(code: code) == display)
    }

    @Test func typedConstantsInFormulas() {
        #expect(SheetReader.typedConstant("100%") == "100%")
        #expect(SheetReader.typedConstant("+95") == "95")
        #expect(SheetReader.typedConstant("-3.5%") == "-3.5%")
        #expect(SheetReader.typedConstant("SUM(D7:D9)") == nil)
        #expect(SheetReader.typedConstant("D7/C7") == nil)
        #expect(SheetReader.typedConstant("1.2.3") == nil)
    }

    @Test func formatsSayTheirDecimalsAndALiteralUnitAfterTheNumber() {
        #expect(CellStyles.format(id: 200, code: "0.00") == CellStyles.Format(display: .number, decimals: 2))
        #expect(CellStyles.format(id: 200, code: "#,##0") == CellStyles.Format(display: .number, decimals: 0))
        #expect(CellStyles.format(id: 200, code: "0\"%\"") == CellStyles.Format(display: .number, decimals: 0, suffix: "%"))
        #expect(CellStyles.format(id: 200, code: "0.00\"万元\"") == CellStyles.Format(display: .number, decimals: 2, suffix: "万元"))
        #expect(CellStyles.format(id: 200, code: "\"完成率\"0%").suffix == "")
        #expect(CellStyles.format(id: 10, code: nil) == CellStyles.Format(display: .percent, decimals: 2))
    }

    @Test func escapedCharactersInStrings() {
        #expect(EscapedText.decode("年度_x000D_\n指标值") == "年度\r\n指标值")
        #expect(EscapedText.decode("a_x005F_x000D_b") == "a_x000D_b")
        #expect(EscapedText.decode("_x12_") == "_x12_")
        #expect(LabelText.key(EscapedText.decode("年度_x000D_\n指标值")) == "年度指标值")
    }
}

@Suite("A large sheet read in pieces")
struct SheetChunksTests {
    @Test func piecesGiveTheSameGridAsTheWholePart() throws {
        var rows: [[WorkbookWriter.Value?]] = [["项目名称", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"].map { .text($0) }]
        for i in 0..<12_000 { rows.append([.text("项目\(i / 10)"), .text("产出指标"), .text("数量指标"), .text("指标\(i)"), .number("\(i)"), .text("≥\(i)个")]) }
        let workbook = try WorkbookWriter.xlsx(rows: rows, merges: ["A2:A3"])
        var zip = try ZipParts(workbook, file: "t.xlsx", kind: ".xlsx workbook")
        let part = try #require(try zip.read("xl/worksheets/sheet1.xml"))
        #expect(part.count >= SheetChunks.minimumSize)
        let pieces = try #require(SheetChunks.split(part, pieces: 3))
        #expect(pieces.count == 3)
        let whole = try SheetReader.read(part, name: "s", styles: CellStyles(), pieces: 1)
        let split = try SheetReader.read(part, name: "s", styles: CellStyles(), pieces: 3)
        #expect(split.grid.rowCount == whole.grid.rowCount && split.sharedCells.count == whole.sharedCells.count)
        #expect(split.grid.merges == whole.grid.merges)
        for row in [0, 1, 4_000, 8_001, 12_000] {
            #expect(split.grid.cells(row: row).map(\.column) == whole.grid.cells(row: row).map(\.column))
            #expect(split.grid.text(row, 4) == whole.grid.text(row, 4))
        }
    }
}
