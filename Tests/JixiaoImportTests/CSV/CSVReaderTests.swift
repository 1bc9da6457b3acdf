import Testing
@testable import JixiaoImport

@Suite("CSV: quotes, line breaks in cells, CRLF, tabs")
struct CSVReaderTests {
    func rows(_ grid: Grid) -> [[String]] {
        (0..<grid.rowCount).map { r in (0..<grid.columnCount).map { grid.text(r, $0) } }
    }

    @Test func quotedCellsHoldSeparatorsQuotesAndLineBreaks() {
        let grid = CSVReader.read("a,\"b,1\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\r\n", name: "t")
        #expect(rows(grid) == [["a", "b,1", "say \"hi\""], ["two\nlines", "", "x"]])
    }

    @Test func aLineBreakInACellIsALineFeed() {
        #expect(rows(CSVReader.read("\"a\r\nb\",c\r\n", name: "t")) == [["a\nb", "c"]])
    }

    @Test func lineEndsOfEveryKind() {
        #expect(rows(CSVReader.read("a\rb\nc\r\nd", name: "t")) == [["a"], ["b"], ["c"], ["d"]])
    }

    @Test func tabsWhenTheHeaderHasMoreTabsThanCommas() {
        #expect(rows(CSVReader.read("一级指标\t目标值\n产出\t≥1,000个\n", name: "t")) == [["一级指标", "目标值"], ["产出", "≥1,000个"]])
    }

    @Test func aQuoteThatNeverClosesIsFound() {
        let (grid, line) = CSVReader.parse("a,b\n\"x,y\nc,d\n", name: "t")
        #expect(line == 2 && grid.rowCount == 2)
    }

    @Test func aQuoteInsideAnUnquotedCellIsText() {
        #expect(rows(CSVReader.read("\"a\"b\"c\",d\n", name: "t")) == [["ab\"c\"", "d"]] || rows(CSVReader.read("\"a\"b\"c\",d\n", name: "t")).first?.count == 2)
    }

    @Test func emptyInputGivesNoRows() {
        #expect(CSVReader.read("", name: "t").rowCount == 0)
    }
}
