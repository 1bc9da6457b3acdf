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
            var expectedText = textBelow(expected, until: range.upperBound)
            var actualText = actual.map { textBelow($0, until: range.upperBound) } ?? ""
            // Vertical: each label has its text on its right.
            if expectedText.isEmpty, let right = value(rightOf: expected.row, expected.column, labels: Set(Self.goalActual + Self.goalExpected)) {
                expectedText = right.text
                if actual == nil, let below = find(Self.goalActual, in: expected.row...range.upperBound) {
                    used.insert(below)
                    actualText = value(rightOf: below.row, below.column, labels: []).map(\.text) ?? ""
                }
            }
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

    /// The text under a header, in its column: the first non-empty cell within three rows, and the
    /// cells right under it (a goal written over several rows, 目标1 / 目标2 …), joined by line breaks.
    private mutating func textBelow(_ header: CellAddress, until last: Int) -> String {
        var parts: [String] = []
        var row = header.row + 1
        while row <= last {
            let text = grid.cell(row, header.column).map { $0.text.trimmed } ?? ""
            if text.isEmpty {
                if !parts.isEmpty || row > header.row + 3 { break }
            } else {
                let key = LabelText.key(text)
                if Self.blockEnds.contains(where: { key.hasPrefix($0) }) { break }
                // A goal laid out vertically (预期目标 | text over 实际完成情况 | text): a label below is not the text.
                if Self.goalActual.contains(key) || Self.goalExpected.contains(key) { break }
                used.insert(CellAddress(row: row, column: header.column))
                markBlockLabels(row: row)
                parts.append(text)
            }
            row += 1
        }
        return parts.joined(separator: "\n")
    }
}
