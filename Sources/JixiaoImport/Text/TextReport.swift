import Foundation
import JixiaoCore

/// Builds a draft report from a published report's text: its tables (budget, indicators), its
/// prose (title, department, year, claims, problems and suggestions) and a note for every guess.
enum TextReport {
    /// What one reading of a text gave: the report, and how sure the reading was (for choosing
    /// between two readings of a PDF).
    struct Reading {
        var report: Report?
        var notes: [ImportNote]
        /// Rows read, less the rows with warnings: the better of two readings has more.
        var confidence: Int
    }

    static func read(_ text: String, file: String) -> Reading {
        let doc = TextDocument(text: text, file: file)
        var book = NoteBook(file: file)
        if !doc.pageNumbers.isEmpty {
            let shown = doc.pageNumbers.prefix(8).map(String.init).joined(separator: ", ") + (doc.pageNumbers.count > 8 ? "…" : "")
            book.info(TextDocument.place(doc.pageNumbers[0]), "\(doc.pageNumbers.count) line\(doc.pageNumbers.count == 1 ? "" : "s") held only a page number (line \(shown)): left out")
        }
        let tables = TextTable.find(in: doc)
        var tableLines = Set<Int>()
        for table in tables { tableLines.formUnion(table.header..<table.end) }
        let prose = TextProse(doc, skipping: tableLines)
        let facts = TextFacts(doc, prose: prose, file: file)

        var subProjects: [SubProject] = []
        var moneyUnit: String?
        for table in tables where table.kind == .funds && table.cellPerLine && subProjects.isEmpty {
            subProjects = Self.subProjects(CellPerLineRows(table, in: doc, file: file), table, file: file)
            moneyUnit = table.unit ?? "万元"
            if !table.columns.contains(.project), !subProjects.isEmpty, !facts.scope.isEmpty {
                book.info(TextDocument.place(doc.lines[table.header].number), field: "name",
                          "the funds block's 「\(subProjects[0].name)」 row is the project's money: named after the scope 「\(facts.scope)」")
                subProjects[0].name = facts.scope
            }
        }
        for table in tables where table.kind == .funds && table.delimiter != nil && subProjects.isEmpty {
            let read = DelimitedRows(table, in: doc, file: file)
            subProjects = read.funds
            moneyUnit = table.unit ?? "万元"
            if let total = read.total { checkTotal(total, subProjects, file: file, book: &book) }
        }
        for table in tables where table.kind == .funds && !table.cellPerLine && table.delimiter == nil {
            let funds = TextFundsTable(table, in: doc, book: &book)
            if subProjects.isEmpty {
                subProjects = funds.subProjects
                moneyUnit = funds.unit
                if let total = funds.total { checkTotal(total, subProjects, file: file, book: &book) }
            } else {
                book.warning(TextDocument.place(doc.lines[table.header].number), "a second budget table was not read (the first one was): check it")
            }
        }
        if subProjects.isEmpty, facts.kind == .department {
            subProjects = ProseFunds.read(prose, year: facts.year, file: file)
        }

        var rows: [TextIndicatorRow] = []
        var statedTotal: (score: Decimal, line: Int)?
        /// Rows of tables without a 一级指标 column, whose level comes from the 二级指标 by rule (one note a table).
        var levelByRule = Set<Int>()
        for table in tables where table.kind == .indicators {
            if !table.columns.contains(.level1) {
                book.info(TextDocument.place(doc.lines[table.header].number), field: "level1",
                          "the table has no 一级指标 column: each row's comes from its 二级指标 (数量, 质量, 时效, 成本 → 产出指标; 经济, 社会, 生态效益, 可持续影响 → 效益指标; 满意度 → 满意度指标)")
            }
            let first = rows.count
            defer { if !table.columns.contains(.level1) { levelByRule.formUnion(first..<rows.count) } }
            if table.delimiter != nil {
                rows += DelimitedRows(table, in: doc, file: file).indicators
            } else if table.cellPerLine {
                let read = CellPerLineRows(table, in: doc, file: file)
                rows += read.rows
                if let total = read.statedTotal { statedTotal = total }
            } else if table.numbered {
                rows += NumberedIndicatorRows(table, in: doc, projects: subProjects.map(\.name), file: file).rows
            } else {
                rows += WrappedIndicatorRows(table, in: doc, file: file).rows
            }
        }
        var indicators: [Indicator] = []
        var ids = Dictionary(subProjects.map { ($0.name.compactKey, $0.id) }, uniquingKeysWith: { a, _ in a })
        for (n, row) in rows.enumerated() {
            var notes = row.notes
            var subProject: String?
            if let project = row.project, facts.kind == .projectFund || !subProjects.isEmpty && ids[project.compactKey] != nil {
                if let id = ids[project.compactKey] {
                    subProject = id
                } else {
                    // A project the budget table does not list: kept, without money.
                    let id = String(format: "sp-%02d", subProjects.count + 1)
                    subProjects.append(SubProject(id: id, name: project, budget: 0, spent: 0, importNotes: [
                        ImportNote(.warning, place: TextDocument.place(row.lines.lowerBound), file: file, field: "budget",
                                   "the indicator table names this project but no budget table gives its money: budget and spending left at 0: fill them in the draft"),
                    ]))
                    subProject = id
                    ids[project.compactKey] = id
                }
            }
            var indicator = Indicator(id: String(format: "ind-%02d", indicators.count + 1), subProject: subProject,
                                      level1: row.level1, level2: row.level2, name: row.name, target: row.target,
                                      actual: row.actual, deviationReason: row.reason.flatMap { CellText.placeholders.contains($0) ? nil : $0 },
                                      weight: row.weight, statedScore: row.score)
            var levelNotes: [ImportNote] = []
            LevelInference.fill(&indicator, place: TextDocument.place(row.lines.lowerBound), file: file, notes: &levelNotes)
            notes += levelByRule.contains(n) ? levelNotes.filter { $0.severity == .warning || $0.field != "level1" } : levelNotes
            indicator.importNotes = notes
            indicators.append(indicator)
        }
        if indicators.isEmpty, subProjects.isEmpty {
            // No report: the guesses about one (a year assumed, a title made) would only confuse.
            return Reading(report: nil, notes: book.take().filter { $0.severity == .warning }, confidence: 0)
        }
        let claims = TextClaims(prose: prose, scope: facts.scope, kind: facts.kind, indicators: indicators, subProjects: subProjects, file: file)
        let sections = TextSections(prose)
        var report = Report(
            id: StandardForm.reportID(file: file, ordinal: 1), title: facts.title, department: facts.department,
            scope: facts.scope.isEmpty ? facts.title : facts.scope, year: facts.year ?? ImportDefaults.assumedYear, kind: facts.kind,
            moneyUnit: "万元", statedScore: facts.statedScore, statedGrade: facts.statedGrade,
            subProjects: subProjects, indicators: indicators, claims: claims.claims,
            narrative: sections.narrative, problems: sections.problems, suggestions: sections.suggestions,
            rectifications: sections.rectifications,
            source: "Imported from the text of \((file as NSString).lastPathComponent)",
            importNotes: facts.notes + book.take() + claims.notes)
        if moneyUnit == "元" { report.sourceMoneyUnit = "元" }
        // The 年度总体目标: what the report says under a heading naming it.
        if let goal = sections.narrative.first(where: { statement in
            ["年度总体目标", "总体绩效目标", "年度绩效目标", "总体目标"].contains { statement.title.components(separatedBy: " › ").last?.contains($0) == true }
        }), !goal.text.trimmed.isEmpty {
            report.goal = AnnualGoal(expected: goal.text, actual: "")
            report.importNotes.append(ImportNote(.info, place: "", file: file, field: "goal",
                "the 年度总体目标 is the text under the heading 「\(goal.title)」; its 实际完成情况 is not a separate part of the text"))
        }
        if report.statedScore == nil, let total = statedTotal {
            report.statedScore = total.score
            report.importNotes.append(ImportNote(.info, place: TextDocument.place(total.line), file: file, field: "statedScore",
                                                 "the self-score is the table's 总分 row: \(total.score)"))
        }
        Self.fillRequired(&report, file: file)
        return Reading(report: report, notes: [], confidence: confidence(report))
    }

    /// What the data format requires and the text did not give: a placeholder the analyst sees and
    /// replaces, with a warning, so the draft always loads.
    static let unread = "（未读出）"

    static func fillRequired(_ report: inout Report, file: String) {
        if report.department.trimmed.isEmpty { report.department = "（未注明）" }
        if report.scope.trimmed.isEmpty { report.scope = report.title.trimmed.isEmpty ? unread : report.title }
        if report.title.trimmed.isEmpty { report.title = report.scope }
        for i in report.subProjects.indices where report.subProjects[i].name.trimmed.isEmpty {
            report.subProjects[i].name = unread
            report.subProjects[i].importNotes.append(ImportNote(.warning, place: "", file: file, field: "name", "the sub-project's name could not be read: fill it in the draft"))
        }
        for i in report.indicators.indices {
            var indicator = report.indicators[i]
            let place = indicator.importNotes.first?.place ?? ""
            for (field, label) in [("name", "三级指标"), ("level1", "一级指标"), ("level2", "二级指标")] {
                let value = field == "name" ? indicator.name : field == "level1" ? indicator.level1 : indicator.level2
                guard value.trimmed.isEmpty else { continue }
                switch field {
                case "name": indicator.name = unread
                case "level1": indicator.level1 = unread
                default: indicator.level2 = unread
                }
                indicator.importNotes.append(ImportNote(.warning, place: place, file: file, field: field, "the row's \(label) could not be read: fill it in the draft"))
            }
            report.indicators[i] = indicator
        }
        report.narrative.removeAll { $0.text.trimmed.isEmpty }
        report.problems.removeAll { $0.text.trimmed.isEmpty }
        report.suggestions.removeAll { $0.text.trimmed.isEmpty }
        report.rectifications.removeAll { $0.text.trimmed.isEmpty }
        report.claims.removeAll { $0.quote.trimmed.isEmpty }
    }

    /// Sub-projects of a funds table copied one cell per line.
    static func subProjects(_ read: CellPerLineRows, _ table: TextTable, file: String) -> [SubProject] {
        let money = table.columns.filter { [.budget, .adjustedBudget, .spent, .rate, .weight, .score].contains($0) }
        // A form's funds block (no 项目 column) is one sub-project: its first row, the year's total.
        let rows = table.columns.contains(.project) ? read.funds : Array(read.funds.prefix(1))
        let scale: Decimal = table.unit == "元" ? 10_000 : 1
        var out: [SubProject] = []
        for row in rows where (!TextTable.isTotal(row.name) || !table.columns.contains(.project)) && LabelText.key(row.name) != "总分" {
            var values: [ColumnRole: Decimal] = [:]
            for (role, value) in zip(money, row.amounts) { values[role] = value.map { $0 / scale } }
            var notes: [ImportNote] = []
            if row.amounts.compactMap({ $0 }).count < money.filter({ [.budget, .adjustedBudget, .spent].contains($0) }).count {
                notes.append(ImportNote(.warning, place: TextDocument.place(row.line), file: file, field: "budget",
                                        "the row gives \(row.amounts.count) of the table's \(money.count) amounts: read in the header's order"))
            }
            let budget = values[.budget] ?? values[.adjustedBudget]
            out.append(SubProject(id: String(format: "sp-%02d", out.count + 1), name: row.name, budget: budget,
                                  statedAdjustedBudget: values[.budget] != nil ? values[.adjustedBudget] : nil,
                                  spent: values[.spent] ?? 0, importNotes: notes))
        }
        return out
    }

    /// How sure a reading is, to choose between two readings of a PDF: a row read without a warning
    /// counts one; a row whose name is a number or a placeholder, or whose target or actual is missing,
    /// counts against it (a reading that took values for names is wrong, however calm).
    static func confidence(_ report: Report) -> Int {
        func garbled(_ name: String) -> Bool {
            name == unread || AmountText.parse(name.replacingOccurrences(of: "%", with: "")) != nil || CellText.isValue(name)
                || CellText.placeholders.contains(name)
        }
        var score = 0
        for indicator in report.indicators {
            if garbled(indicator.name) || indicator.target.isEmpty || indicator.actual.isEmpty { score -= 2; continue }
            if !indicator.importNotes.contains(where: { $0.severity == .warning }) { score += 1 }
        }
        for sub in report.subProjects {
            if garbled(sub.name) { score -= 2; continue }
            if !sub.importNotes.contains(where: { $0.severity == .warning }) { score += 1 }
        }
        return score
    }

    /// The printed 合计 against the rows' sum.
    static func checkTotal(_ total: (budget: Decimal?, spent: Decimal?, line: Int), _ rows: [SubProject], file: String, book: inout NoteBook) {
        let budget = rows.reduce(Decimal(0)) { $0 + ($1.budget ?? $1.statedAdjustedBudget ?? 0) }
        let spent = rows.reduce(Decimal(0)) { $0 + $1.spent }
        if let printed = total.budget, printed != budget {
            book.warning(TextDocument.place(total.line), field: "budget", "the 合计 row prints a budget of \(printed), the rows add up to \(budget)")
        }
        if let printed = total.spent, printed != spent {
            book.warning(TextDocument.place(total.line), field: "spent", "the 合计 row prints spending of \(printed), the rows add up to \(spent)")
        }
    }
}
