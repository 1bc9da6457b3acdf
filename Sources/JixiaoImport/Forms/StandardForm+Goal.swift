import JixiaoCore

extension StandardForm {
    static let goalBlocks = ["年度总体目标", "总体目标", "项目基本情况", "年度绩效目标", "1.项目年度目标完成情况"]
    static let goalExpected = ["预期目标", "项目年度目标", "年度目标", "年度绩效目标", "绩效目标"]
    static let goalActual = ["实际完成情况", "年度目标完成情况", "总体目标完成情况", "目标完成情况", "实际完成"]

    /// 年度总体目标: the texts under 预期目标 and 实际完成情况, or the cells right of the block label.
    mutating func readGoal(in range: ClosedRange<Int>) -> AnnualGoal? {
        guard range.lowerBound <= range.upperBound else { return nil }
        if let expected = find(Self.goalExpected, in: range) {
            used.insert(expected)
            let actual = find(Self.goalActual, in: expected.row...expected.row)
            if let actual { used.insert(actual) }
            for row in range where row < expected.row {
                for (c, cell) in grid.filled(row: row) where Self.goalBlocks.contains(LabelText.key(cell.text)) {
                    used.insert(CellAddress(row: row, column: c))
                }
            }
            markBlockLabels(row: expected.row)
            let expectedText = textBelow(expected, until: range.upperBound)
            let actualText = actual.map { textBelow($0, until: range.upperBound) } ?? ""
            guard !expectedText.isEmpty || !actualText.isEmpty else { return nil }
            return AnnualGoal(expected: expectedText, actual: actualText)
        }
        guard let block = find(Self.goalBlocks, in: range) else { return nil }
        used.insert(block)
        let texts = grid.filled(row: block.row).filter { $0.column > block.column }
        guard let first = texts.first else { return nil }
        used.insert(CellAddress(row: block.row, column: first.column))
        var actual = ""
        if texts.count > 1 {
            used.insert(CellAddress(row: block.row, column: texts[1].column))
            actual = texts[1].cell.text.trimmed
        }
        return AnnualGoal(expected: first.cell.text.trimmed, actual: actual)
    }

    /// Block labels at the left of a row (年度总体目标 beside its sub-headers).
    mutating func markBlockLabels(row: Int) {
        for (c, cell) in grid.filled(row: row) where Self.goalBlocks.contains(LabelText.key(cell.text)) {
            used.insert(CellAddress(row: row, column: c))
        }
    }

    /// The text of the first non-empty cell below a header, in its column (up to three rows down).
    private mutating func textBelow(_ header: CellAddress, until last: Int) -> String {
        var row = header.row + 1
        while row <= min(last, header.row + 3) {
            if let cell = grid.cell(row, header.column), !cell.isBlank {
                used.insert(CellAddress(row: row, column: header.column))
                // The row may also hold the block label on its left.
                markBlockLabels(row: row)
                return cell.text.trimmed
            }
            row += 1
        }
        return ""
    }
}
