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
        let (grid, line, swallowing) = CSVReader.parse("a,b\n\"x,y\nc,d\n", name: "t")
        #expect(line == 2 && grid.rowCount == 2)
        #expect(swallowing.isEmpty, "said once, as never closing")
    }

    /// A quote missing its close, closed by a later quote, swallows the rows between: a quoted cell that
    /// runs over a line break and holds a separator after it is pointed out; a cell of several lines of
    /// text, or with a separator on its first line only, is not.
    @Test func aQuoteThatSwallowsRowsIsFound() {
        let (grid, line, swallowing) = CSVReader.parse("a,b\n\"x,y\nc,d\ne,\"f\"\n\"第一行\n第二行\",g\n\"1,000\",h\n", name: "t")
        #expect(line == nil)
        #expect(swallowing == [2])
        #expect(grid.rowCount == 4)
    }

    @Test func aQuoteInsideAnUnquotedCellIsText() {
        #expect(rows(CSVReader.read("\"a\"b\"c\",d\n", name: "t")) == [["ab\"c\"", "d"]] || rows(CSVReader.read("\"a\"b\"c\",d\n", name: "t")).first?.count == 2)
    }

    @Test func emptyInputGivesNoRows() {
        #expect(CSVReader.read("", name: "t").rowCount == 0)
    }
}
