import Testing
@testable import JixiaoImport

/// Laid-out text (one position per character, as pdftotext -layout prints a form) into a grid.
@Suite("Layout grid")
struct LayoutGridTests {
    func rows(_ text: String) -> [[String]] {
        let grid = LayoutGrid.grid(LayoutGrid.layout(text: text), name: "t")
        return (0..<grid.rowCount).map { r in grid.cells(row: r).map(\.cell.text) }
    }

    /// A line with each text at its column.
    func line(_ pieces: [(Int, String)]) -> String {
        var out = ""
        for (column, text) in pieces {
            out += String(repeating: " ", count: max(1, column - out.count)) + text
        }
        return out
    }

    @Test func aWrappedHeaderLabelAndAWrappedCellAroundItsRow() {
        // 执行 / 率 is one label; the actual wraps above and below its row; the row's numbers sit on the middle line.
        let text = [
            line([(0, "项目名称"), (10, "示范项目")]),
            line([(40, "执行")]),
            line([(0, "三级指标"), (12, "年度指标值"), (24, "实际完成值"), (40, "率"), (48, "分值"), (56, "得分")]),
            line([(24, "培训合格人")]),
            line([(0, "培训人数"), (12, "≥100人"), (40, "100%"), (48, "10"), (56, "10")]),
            line([(24, "数120人")]),
        ].joined(separator: "\n")
        let r = rows(text)
        #expect(r.contains(["三级指标", "年度指标值", "实际完成值", "执行率", "分值", "得分"]))
        #expect(r.contains(["培训人数", "≥100人", "培训合格人数120人", "100%", "10", "10"]))
    }

    @Test func aMergedLabelPrintedOnTheMiddleRowCoversItsRows() {
        let text = """
        一级指标    二级指标    三级指标      年度指标值    分值
                    数量指标    培训人数      ≥100人        10
        产出指标    质量指标    合格率        ≥95%          10
                    时效指标    完成时间      年底前        10
        效益指标    社会效益    受益人数      ≥500人        20
        """
        let grid = LayoutGrid.grid(LayoutGrid.layout(text: text), name: "t")
        // 产出指标 stands on the second data row; it covers the first three.
        let merge = grid.merges.first { $0.first.column == grid.cells(row: 0).first!.column }
        #expect(merge != nil)
        #expect(merge.map { $0.last.row - $0.first.row } == 2)
        #expect(merge.map { grid.text($0.first.row, $0.first.column) } == "产出指标")
    }

    @Test func cellsGluedAtAColumnsStartAreSplit() {
        // The first cell runs up to the second column, one space short of its start.
        let first = "全年培训教师不少于一百人次完成"
        let text = "预期目标" + String(repeating: " ", count: first.count + 1 - 4) + "实际完成情况\n" + first + " 全年培训教师一百二十人次"
        #expect(rows(text).last == [first, "全年培训教师一百二十人次"])
    }
}
