import Foundation
import JixiaoCore

extension StandardForm {
    enum Trailer { case narrative, problems, suggestions, rectifications, grade }

    static let trailerLabels: [String: Trailer] = [
        "评价结论": .narrative, "自评结论": .narrative, "总体评价": .narrative, "绩效自评结论": .narrative, "自评情况": .narrative,
        "存在问题": .problems, "主要问题": .problems, "存在的问题": .problems, "问题": .problems,
        "改进措施": .suggestions, "改进建议": .suggestions, "下一步改进措施": .suggestions, "整改措施": .suggestions, "建议": .suggestions,
        "整改情况": .rectifications, "整改落实情况": .rectifications,
        "绩效等级": .grade, "自评等级": .grade, "评价等级": .grade, "等级": .grade,
    ]

    /// Reads the whole form into a report of one project (or a department), with its notes; nil when
    /// the 项目名称 stands over neither a funds block nor an indicator table (not a form).
    mutating func read() -> Report? {
        let head = readHeader()
        let funds = readFunds(defaultUnit: head.moneyUnit)
        let indicatorSearchStart = funds.map { $0.lastRow + 1 } ?? span.anchor + 1
        let columns = IndicatorColumns.find(in: grid, rows: indicatorSearchStart...max(indicatorSearchStart, span.last))
        let goalEnd = (columns?.headerRows.lowerBound ?? span.last + 1) - 1
        // The 年度总体目标 stands after the funds block on the central form, before it on some provinces' forms.
        var goal = readGoal(in: indicatorSearchStart...max(indicatorSearchStart, goalEnd))
        if goal == nil, let funds, funds.headerRow > span.anchor + 1 {
            goal = readGoal(in: (span.anchor + 1)...(funds.headerRow - 1))
        }

        guard funds != nil || columns != nil else { return nil }
        let isDepartment = span.kind == .department
        let subProjectID = "sp-01"
        var block = FormIndicators(lastRow: goalEnd)
        if let columns {
            block = readIndicators(columns, subProject: isDepartment ? nil : subProjectID, idPrefix: "ind-")
            markBlockLabels(columns)
        } else {
            notes.warning(place(span.anchor, 0), "no indicator table (一级指标 / 二级指标 / 三级指标) was found in this form")
        }
        var report = Report(
            id: Self.reportID(file: fileName, ordinal: ordinal), title: "", department: "",
            scope: "", year: 0, kind: span.kind)
        readTrailer(from: block.totalRow ?? block.lastRow + 1, into: &report)

        // Head.
        let name = head.name.isEmpty ? (isDepartment ? "部门整体支出" : grid.name) : head.name
        if head.name.isEmpty { notes.warning(place(span.anchor, 0), field: "scope", "the form names no project: the sheet's name was used") }
        report.scope = isDepartment ? "部门整体支出" : name
        let printedTitle = head.title.isEmpty ? (isDepartment ? "部门整体支出绩效自评表" : "项目支出绩效自评表") : head.title
        report.title = printedTitle.contains(name) ? printedTitle : "\(name) \(printedTitle)"
        report.department = head.department ?? head.implementingUnit ?? ""
        report.implementingUnit = head.implementingUnit
        if report.department.isEmpty {
            report.department = "（未注明）"
            notes.warning(place(span.anchor, 0), field: "department", "the form names no 主管部门 or 实施单位")
        } else if head.department == nil {
            notes.info(place(span.anchor, 0), field: "department", "no 主管部门: the 实施单位 was taken as the department")
        }
        if let year = head.year {
            report.year = year
        } else {
            let year = ImportDefaults.assumedYear
            report.year = year
            notes.warning(place(span.first, 0), field: "year", "no year in the title, the project name or the file name: \(year) assumed (last year); correct it in the draft")
        }

        // Money.
        let unit = funds?.unit ?? head.moneyUnit
        let scale = unit == "元" ? Decimal(10_000) : 1
        if unit == nil, funds != nil {
            notes.info(funds.map { place($0.headerRow, 0) } ?? "", field: "moneyUnit", "no money unit printed: amounts taken as 万元")
        }
        if unit == "元" {
            report.sourceMoneyUnit = "元"
            notes.info(funds.map { place($0.headerRow, 0) } ?? "", field: "moneyUnit", "amounts are printed in 元: converted exactly to 万元 (÷10,000)")
        }
        if let funds {
            report.executionWeight = funds.weight ?? funds.labelWeight
            report.statedExecutionScore = funds.score
            report.subProjects = [makeSubProject(funds, id: subProjectID, name: name, scale: scale)]
        } else {
            notes.warning(place(span.anchor, 0), "no funds block (年初预算数 / 全年预算数 / 全年执行数) was found: budget and spending are 0")
            report.subProjects = [SubProject(id: subProjectID, name: name, budget: 0, spent: 0)]
        }
        report.indicators = block.indicators
        report.levelSubtotals = block.subtotals
        report.goal = goal
        report.statedScore = block.totalScore
        report.reviewScore = block.reviewScore
        if let weight = block.totalWeight, let row = block.totalRow {
            let sum = block.indicators.compactMap(\.weight).reduce(0, +) + (report.executionWeight ?? 0)
            if sum != weight {
                notes.info(place(row, 0), "the 总分 row prints a 分值 of \(weight.plain); the printed 分值 add up to \(sum.plain)")
            }
        }
        if let score = report.statedScore, score > 100 {
            notes.warning(block.totalRow.map { place($0, 0) } ?? "", field: "statedScore", "the 总分 \(score.plain) is over 100: left out")
            report.statedScore = nil
        }
        report.source = "\(fileName) › \(grid.name)!\(CellAddress(row: span.first, column: grid.filled(row: span.first).first?.column ?? 0))"
        noteUnplacedCells()
        report.importNotes = notes.take()
        return report
    }

    private mutating func markBlockLabels(_ columns: IndicatorColumns) {
        // The block label 绩效指标 left of the table, merged down.
        let first = columns.columns.values.min() ?? 0
        for row in columns.headerRows {
            for (c, _) in grid.filled(row: row) where c < first { used.insert(CellAddress(row: row, column: c)) }
        }
    }

    private mutating func makeSubProject(_ funds: FormFunds, id: String, name: String, scale: Decimal) -> SubProject {
        // Notes about the amounts stay with the sub-project.
        let reportNotes = notes.take()
        defer { notes = NoteBook(file: notes.file, notes: reportNotes) }
        let place = funds.totalPlace ?? self.place(funds.headerRow, 0)
        var budget = funds.budget.value.map { $0 / scale }
        var adjusted = funds.adjustedBudget.value.map { $0 / scale }
        var spent = funds.spent.value.map { $0 / scale }
        let sources = funds.sources.filter { !$0.isEmpty }.map { s in
            FundingSource(label: s.label, budget: s.budget.map { $0 / scale }, adjustedBudget: s.adjustedBudget.map { $0 / scale },
                          spent: s.spent.map { $0 / scale })
        }
        var reconciled: [ImportNote] = []
        let amounts = FundsTotals.reconcile(FundsTotals.Amounts(budget: budget, adjustedBudget: adjusted, spent: spent),
                                            parts: sources, place: place, file: notes.file, notes: &reconciled)
        for note in reconciled { notes.warning(note.place, field: note.field, note.message) }
        budget = amounts.budget; adjusted = amounts.adjustedBudget; spent = amounts.spent
        if spent == nil {
            notes.warning(place, field: "spent", "no 全年执行数 printed: spending taken as 0")
        }
        if budget == nil, adjusted == nil {
            notes.warning(place, field: "budget", "neither 年初预算数 nor 全年预算数 is printed: the budget is taken as 0")
            budget = 0
        } else if budget == nil {
            notes.info(place, field: "budget", "年初预算数 is blank: the 全年预算数 is the budget, and no rate against the original budget is given")
        }
        // The same figure printed as 年初 and 全年 is no adjustment.
        if adjusted == budget { adjusted = nil }
        return SubProject(id: id, name: name, budget: budget, statedAdjustedBudget: adjusted, spent: spent ?? 0, funding: sources,
                          note: funds.reason, importNotes: notes.take())
    }

    /// 评价结论, 存在问题, 改进措施 and the grade after the table.
    private mutating func readTrailer(from start: Int, into report: inout Report) {
        guard start <= span.last else { return }
        for row in start...span.last {
            for (c, cell) in grid.filled(row: row) {
                let raw = cell.text.trimmed
                var key = LabelText.key(raw)
                var inline: String?
                if Self.trailerLabels[key] == nil, let colon = raw.firstIndex(where: { $0 == ":" || $0 == "：" }),
                   Self.trailerLabels[LabelText.key(String(raw[..<colon]))] != nil {
                    key = LabelText.key(String(raw[..<colon]))
                    inline = raw[raw.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                }
                guard let kind = Self.trailerLabels[key] else { continue }
                used.insert(CellAddress(row: row, column: c))
                let found = inline.map { ($0, c) } ?? value(rightOf: row, c, labels: Set(Self.trailerLabels.keys))
                guard let (text, _) = found, !text.isEmpty else { continue }
                let statement = Statement(title: key, text: text)
                switch kind {
                case .narrative: report.narrative.append(statement)
                case .problems: report.problems.append(statement)
                case .suggestions: report.suggestions.append(statement)
                case .rectifications: report.rectifications.append(statement)
                case .grade: report.statedGrade = ImportDefaults.grade(text)
                }
            }
        }
    }

    /// A stable id from the file's name and the form's place in it (`imp-1a2b3c4d-02`): the same
    /// workbook always imports to the same ids, and its forms sort in the workbook's order.
    static func reportID(file: String, ordinal: Int, long: Bool = false) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in file.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return "imp-" + String(hash, radix: 16).leftPadded(8) + (long ? "-L" : "-") + String(ordinal).leftPadded(2)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
