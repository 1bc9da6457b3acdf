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
