import Testing
@testable import JixiaoImport

@Suite("Cell addresses and ranges")
struct CellAddressTests {
    @Test(arguments: [("A1", 0, 0), ("C7", 6, 2), ("Z10", 9, 25), ("AA1", 0, 26), ("$B$12", 11, 1), ("XFD1048576", 1_048_575, 16_383)])
    func readsAndWrites(_ text: String, _ row: Int, _ column: Int) throws {
        let address = try #require(CellAddress(Substring(text)))
        #expect(address == CellAddress(row: row, column: column))
        #expect(address.description == text.replacingOccurrences(of: "$", with: ""))
    }

    @Test(arguments: ["", "A", "1", "A0", "1A", "AAAA1", "A12345678", "表1"])
    func rejects(_ text: String) {
        #expect(CellAddress(Substring(text)) == nil)
    }

    @Test func rangesAreOrderedAndContainTheirCells() throws {
        let range = try #require(CellRange("C20:B12"))
        #expect(range.first == CellAddress(row: 11, column: 1) && range.last == CellAddress(row: 19, column: 2))
        #expect(range.contains(CellAddress(row: 15, column: 2)) && !range.contains(CellAddress(row: 20, column: 2)))
    }

    @Test func aGridCarriesMergesToTheirFirstCell() {
        var grid = Grid(name: "表1")
        grid.set(GridCell(text: "产出指标"), at: CellAddress(row: 3, column: 1))
        grid.merge(CellRange(first: CellAddress(row: 3, column: 1), last: CellAddress(row: 6, column: 1)))
        #expect(grid.mergeOrigin(5, 1) == CellAddress(row: 3, column: 1))
        #expect(grid.mergeOrigin(3, 1) == nil && grid.mergeOrigin(7, 1) == nil)
        #expect(grid.text(5, 1) == "")
        #expect(grid.place(5, 1) == "表1!B6")
    }

    @Test func addressesPastASpreadsheetsLimitsAreRefused() {
        var grid = Grid(name: "t")
        grid.set(GridCell(text: "far"), at: CellAddress(row: 400_000_000, column: 0))
        grid.set(GridCell(text: "wide"), at: CellAddress(row: 0, column: 20_000))
        grid.set(GridCell(text: "XFD"), at: CellAddress(row: 3, column: 16_383))
        #expect(grid.refusedCells == 2 && grid.rowCount == 4 && grid.text(3, 16_383) == "XFD")
        #expect(Importer.limitNotes(grid, file: "t.xlsx").map(\.severity) == [.warning])
    }

    @Test func mergesBeyondTheIndexBudgetAreRefusedAndNoted() {
        var grid = Grid(name: "t")
        for i in 0..<200 { grid.merge(CellRange(first: CellAddress(row: i * 2, column: 0), last: CellAddress(row: i * 2 + 1, column: 16_383))) }
        #expect(grid.merges.count == 122 && grid.refusedMerges.count == 78)
        #expect(grid.mergeOrigin(1, 100) == CellAddress(row: 0, column: 0))
    }

    @Test func cellsAreKeptInColumnOrderWhateverTheOrderSet() {
        var grid = Grid(name: "t")
        for c in [5, 1, 3, 1] { grid.set(GridCell(text: "c\(c)"), at: CellAddress(row: 0, column: c)) }
        #expect(grid.filled(row: 0).map(\.column) == [1, 3, 5] && grid.columnCount == 6)
    }
}
