import Foundation
import JixiaoCore

/// What the indicator block held: its rows, printed subtotals, the 总分 row and the trailer.
struct FormIndicators {
    var indicators: [Indicator] = []
    var subtotals: [PrintedSubtotal] = []
    var totalWeight: Decimal?
    var totalScore: Decimal?
    var reviewScore: Decimal?
    var totalRow: Int?
    var lastRow: Int
}

extension StandardForm {
    /// A 三级指标 cell that only labels a level's subtotal row (小计, 小计（产出）, 产出小计, 合计).
    static func isSubtotalLabel(_ key: String) -> Bool {
        key.hasPrefix("小计") || key.hasSuffix("小计") || ["合计", "分值小计", "得分小计", "小计得分"].contains(key)
    }

    /// Labels only a table's last row carries; 合计 and 总计 may also close a level.
    static let grandTotalLabels: Set<String> = ["总分", "自评总分", "综合得分", "总得分", "项目自评总分"]

    private func grandTotalFollows(after row: Int, columns: IndicatorColumns) -> Bool {
        guard row < span.last else { return false }
        let limit = (columns[.name] ?? 0) + 1
        return ((row + 1)...span.last).contains { r in
            grid.filled(row: r).contains { $0.column <= limit && Self.grandTotalLabels.contains(LabelText.key($0.cell.text)) }
        }
    }

    static let totalRowLabels = ["总分", "合计", "总计", "自评总分", "综合得分", "得分合计", "分值合计", "总得分", "项目自评总分"]

    /// One label of the 一级 or 二级 column as it stands on the current row: written, merged down, or written once above.
    struct CarriedLabel {
        var text: String
        var origin: CellAddress
        var viaMerge: Bool
        var noted = false
    }

    mutating func readIndicators(_ columns: IndicatorColumns, subProject: String?, idPrefix: String) -> FormIndicators {
        var block = FormIndicators(lastRow: columns.headerRows.upperBound)
        for row in columns.headerRows {
            for (c, _) in grid.filled(row: row) { used.insert(CellAddress(row: row, column: c)) }
        }
        for (place, label, role) in columns.loose {
            notes.info(place, "the header 「\(label)」 was read as the \(role.rawValue) column")
        }
        var level1: CarriedLabel?
        var level2: CarriedLabel?
        var row = columns.headerRows.upperBound + 1
        while row <= span.last {
            defer { row += 1 }
            let filled = grid.filled(row: row)
            if filled.isEmpty { continue }
            // The 总分 row ends the table.
            let labelColumns = [columns[.level1], columns[.level2], columns[.name]].compactMap { $0 }
            let firstLabelColumn = labelColumns.min() ?? 0
            let totalCell = filled.first(where: { $0.column <= (columns[.name] ?? firstLabelColumn) + 1
                && Self.totalRowLabels.contains(LabelText.key($0.cell.text)) })
            // 合计 / 总计 before a 总分 row further down closes the level above it, not the table.
            if let cell = totalCell, !Self.grandTotalLabels.contains(LabelText.key(cell.cell.text)),
               grandTotalFollows(after: row, columns: columns) {
                used.insert(CellAddress(row: row, column: cell.column))
                let label = LabelText.key(cell.cell.text)
                let figures = [("分值", number(row, columns[.weight])), ("得分", number(row, columns[.score]))]
                    .compactMap { name, value in value.map { "\(name) \($0.plain)" } }.joined(separator: ", ")
                notes.info(place(row, cell.column), "a 「\(label)」 row before the 总分 row is a subtotal, not the table's end: kept in this note (\(figures))")
                continue
            }
            if let totalCell {
                used.insert(CellAddress(row: row, column: totalCell.column))
                block.totalRow = row
                block.totalWeight = number(row, columns[.weight])
                block.totalScore = number(row, columns[.score])
                block.reviewScore = number(row, columns[.reviewScore])
                block.lastRow = row
                return block
            }
            // A trailer (评价结论, 存在问题…) also ends it, on a form without 总分.
            if filled.contains(where: { Self.trailerLabels[LabelText.key($0.cell.text)] != nil && $0.column <= firstLabelColumn + 1 }) {
                block.lastRow = row - 1
                return block
            }
            let previousLevel1 = level1?.text
            level1 = carry(level1, row: row, column: columns[.level1])
            // A new 一级 label ends the 二级 carried down; the same label written again on each row does not.
            if let now = level1?.text, now != previousLevel1, level1?.origin.row == row { level2 = nil }
            level2 = carry(level2, row: row, column: columns[.level2])
            let name = columns[.name].map { take(row, $0) } ?? ""
            let (level1Text, level1Weight) = LabelText.splitWeight(level1?.text ?? "")
            let (level2Text, _) = LabelText.splitWeight(level2?.text ?? "")
            if let weight = level1Weight, !block.subtotals.contains(where: { $0.level1 == level1Text }) {
                block.subtotals.append(PrintedSubtotal(level1: level1Text, weight: weight))
            }
            block.lastRow = row
            if name.isEmpty || LabelText.isPlaceholder(name) || Self.isSubtotalLabel(LabelText.key(name)) {
                skipNonIndicator(row, name: name, columns: columns, level1: level1Text, level2: level2?.text, into: &block)
                continue
            }
            var rowNotes: [ImportNote] = []
            let id = "\(idPrefix)\(String(format: "%02d", block.indicators.count + 1))"
            for (label, which) in [(level1, "一级指标"), (level2, "二级指标")] {
                guard var label, label.origin.row != row, !label.noted else { continue }
                let how = label.viaMerge
                    ? "merged over \(grid.merge(startingAt: label.origin).map { grid.describe($0) } ?? grid.describe(label.origin))"
                    : "written once at \(grid.describe(label.origin))"
                rowNotes.append(ImportNote(.info, place: place(row, label.origin.column), file: notes.file, field: which == "一级指标" ? "level1" : "level2",
                                           "\(which)「\(label.text)」\(how): carried down"))
                label.noted = true
                if which == "一级指标" { level1 = label } else { level2 = label }
            }
            var indicator = Indicator(
                id: id, subProject: subProject, level1: level1Text, level2: level2Text, name: name, target: "", actual: "")
            readTarget(row, columns, into: &indicator, notes: &rowNotes)
            indicator.actual = columns[.actual].map { take(row, $0) } ?? ""
            indicator.weight = number(row, columns[.weight], notes: &rowNotes, field: "weight")
            indicator.statedScore = number(row, columns[.score], notes: &rowNotes, field: "statedScore")
            indicator.reviewScore = number(row, columns[.reviewScore], notes: &rowNotes, field: "reviewScore")
            if let c = columns[.reason] {
                let reason = take(row, c)
                indicator.deviationReason = reason.isEmpty ? nil : reason
            }
            LevelInference.fill(&indicator, place: place(row, columns[.level1] ?? columns[.level2] ?? 0), file: notes.file, notes: &rowNotes)
            indicator.importNotes = rowNotes
            indicatorRows[row] = block.indicators.count
            block.indicators.append(indicator)
        }
        return block
    }

    /// The label a 一级 or 二级 cell gives this row: its own text, else the merge covering it, else the one above.
    private mutating func carry(_ previous: CarriedLabel?, row: Int, column: Int?) -> CarriedLabel? {
        guard let column else { return nil }
        let own = take(row, column)
        if !own.isEmpty { return CarriedLabel(text: own, origin: CellAddress(row: row, column: column), viaMerge: false) }
        if let origin = grid.mergeOrigin(row, column) {
            if let previous, previous.origin == origin { return CarriedLabel(text: previous.text, origin: origin, viaMerge: true, noted: previous.noted) }
            let text = text(origin.row, origin.column)
            return text.isEmpty ? previous : CarriedLabel(text: text, origin: origin, viaMerge: true)
        }
        return previous
    }

    /// A row with no indicator name: a printed subtotal, a lone 二级 label, a placeholder, or cells to note.
    private mutating func skipNonIndicator(_ row: Int, name: String, columns: IndicatorColumns, level1: String, level2: String?,
                                           into block: inout FormIndicators) {
        var scratch: [ImportNote] = []
        let weight = number(row, columns[.weight], notes: &scratch, field: "weight")
        let score = number(row, columns[.score], notes: &scratch, field: "statedScore")
        for note in scratch { notes.warning(note.place, field: note.field, note.message) }
        let isSubtotal = Self.isSubtotalLabel(LabelText.key(name))
        if weight != nil || score != nil || isSubtotal, !level1.isEmpty {
            if let index = block.subtotals.firstIndex(where: { $0.level1 == level1 }) {
                block.subtotals[index].weight = block.subtotals[index].weight ?? weight
                block.subtotals[index].score = score ?? block.subtotals[index].score
            } else {
                block.subtotals.append(PrintedSubtotal(level1: level1, weight: weight, score: score))
            }
            notes.info(place(row, columns[.name] ?? 0),
                       isSubtotal ? "a 「\(name)」 row was read as the subtotal of 「\(level1)」, not as an indicator"
                                  : "a row with no 三级指标 but a 分值 or 得分 was read as the subtotal of 「\(level1)」")
            return
        }
        if !name.isEmpty {
            notes.info(place(row, columns[.name] ?? 0), "a placeholder row (「\(name)」) was skipped")
            return
        }
        let others = grid.filled(row: row).filter { ![columns[.level1], columns[.level2]].contains($0.column) }
        if others.isEmpty {
            if let c = columns[.level2], let label = level2, !text(row, c).isEmpty {
                notes.info(place(row, c), "a 二级指标 label with no indicator (「\(label)」) was skipped")
            }
            return
        }
        for cell in others where !used.contains(CellAddress(row: row, column: cell.column)) {
            used.insert(CellAddress(row: row, column: cell.column))
            notes.warning(place(row, cell.column), "a row with no 三级指标 holds 「\(ImportSnippet.short(cell.cell.text))」: not read as an indicator")
        }
    }

    /// The target as printed: one cell, or 指标性质 + 指标值 + 度量单位 joined.
    private mutating func readTarget(_ row: Int, _ columns: IndicatorColumns, into indicator: inout Indicator, notes rowNotes: inout [ImportNote]) {
        let unit = columns[.unit].map { take(row, $0) } ?? ""
        indicator.unit = unit.isEmpty || LabelText.isPlaceholder(unit) ? nil : unit
        if columns.isSplit, let valueColumn = columns[.targetValue] {
            let nature = columns[.nature].map { take(row, $0) } ?? ""
            let value = take(row, valueColumn)
            indicator.nature = nature.isEmpty ? nil : nature
            indicator.targetValue = value.isEmpty ? nil : value
            let (joined, unknown) = TargetText.join(nature: nature, value: value, unit: unit)
            indicator.target = joined
            if unknown {
                rowNotes.append(ImportNote(.warning, place: place(row, columns[.nature] ?? valueColumn), file: notes.file, field: "target",
                                           "the 指标性质 「\(nature)」 is not an operator jixiao knows: the target was read as 「\(joined)」"))
            }
            return
        }
        let target = columns[.target].map { take(row, $0) } ?? ""
        if let nature = columns[.nature].map({ take(row, $0) }), !nature.isEmpty { indicator.nature = nature }
        // A separate 度量单位 column beside a whole target: the unit is added when the target lacks it.
        if let unitText = indicator.unit, !target.isEmpty, !target.contains(unitText), target.last?.isNumber == true {
            indicator.target = target + unitText
            rowNotes.append(ImportNote(.info, place: place(row, columns[.target] ?? 0), file: notes.file, field: "target",
                                       "the unit 「\(unitText)」 of the 度量单位 column was added to the target 「\(target)」"))
        } else {
            indicator.target = target
        }
    }

    /// A number in a 分值 / 得分 column; text that is not a number is noted.
    mutating func number(_ row: Int, _ column: Int?, notes rowNotes: inout [ImportNote], field: String) -> Decimal? {
        guard let column else { return nil }
        let (reading, percent) = AmountText.points(grid.cell(row, column))
        if reading != .blank { used.insert(CellAddress(row: row, column: column)) }
        switch reading {
        case .value(let value):
            if percent {
                rowNotes.append(ImportNote(.info, place: place(row, column), file: notes.file, field: field,
                                           "the cell is formatted as a percent (\(grid.text(row, column))): read as \(value.plain) points"))
            }
            return value
        case .text(let text):
            rowNotes.append(ImportNote(.warning, place: place(row, column), file: notes.file, field: field,
                                       "「\(ImportSnippet.short(text))」 is not a number: left out"))
            return nil
        case .blank, .placeholder: return nil
        }
    }

    mutating func number(_ row: Int, _ column: Int?) -> Decimal? {
        var scratch: [ImportNote] = []
        defer { for note in scratch { notes.warning(note.place, field: note.field, note.message) } }
        return number(row, column, notes: &scratch, field: "score")
    }
}
