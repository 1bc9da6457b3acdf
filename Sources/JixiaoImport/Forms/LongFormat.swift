import Foundation
import JixiaoCore

/// Builds reports from long-format tables (docs/import.md): indicator rows grouped by project,
/// and the funds rows of the same projects, from one file or several.
///
/// Rows that name a fund (资金名称) form one report with a sub-project per 项目名称; without that
/// column each project is a report of its own.
struct LongFormat {
    private struct ProjectKey: Hashable { var scope: String; var project: String }

    private struct Project {
        var name: String
        var scope: String
        var department = ""
        var implementingUnit: String?
        var year: Int?
        var yearPlace = ""
        var indicators: [Indicator] = []
        var funds: SubProject?
        var executionWeight: Decimal?
        var executionScore: Decimal?
        var totalScore: Decimal?
        var grade: String?
        var goal: AnnualGoal?
        var firstPlace: String
        var file: String
    }

    private var projects: [ProjectKey: Project] = [:]
    private var order: [ProjectKey] = []
    private var notes: [ImportNote] = []
    /// Names already put in their compared form (each project's rows repeat its name).
    private var keys: [String: String] = [:]

    private mutating func labelKey(_ text: String) -> String {
        if let key = keys[text] { return key }
        let key = LabelText.key(text)
        keys[text] = key
        return key
    }

    /// The first project of each name, so a table without 资金名称 finds a fund's project at once.
    private var byProject: [String: ProjectKey] = [:]
    /// The last project given a scope by a later row (moved from its key without one), so that a funds
    /// table reading it can move what it holds for it too.
    private var lastMove: (from: ProjectKey, to: ProjectKey)?

    init() {}

    mutating func add(_ table: LongTable, file: String) {
        var book = NoteBook(file: file)
        for (place, label, role) in table.loose { book.info(place, "the header 「\(label)」 was read as the \(role.rawValue) column") }
        // Nothing is lost silently: what stands above the header, and columns this reader does not take.
        for row in 0..<table.header {
            for (c, cell) in table.grid.filled(row: row) {
                book.info(table.grid.place(row, c), "a cell above the table's header was kept here: 「\(ImportSnippet.short(cell.text.trimmed))」")
            }
        }
        let read: Set<ColumnRole> = table.kind == .indicators ? Set(LongTable.indicatorTableRoles).subtracting([.projectCode])
            : Set(LongTable.fundsTableRoles).subtracting([.projectCode, .adjustment, .rate])
        let taken = Set(table.columns.filter { read.contains($0.key) }.map(\.value))
        for (c, cell) in table.grid.filled(row: table.header) where !taken.contains(c) {
            let count = table.dataRows.filter { !(table.grid.cell($0, c)?.isBlank ?? true) }.count
            guard count > 0 else { continue }
            book.info(table.grid.place(table.header, c),
                      "the column 「\(ImportSnippet.short(cell.text.trimmed))」 is not one jixiao reads: its \(count) cell\(count == 1 ? " was" : "s were") left out")
        }
        switch table.kind {
        case .indicators: addIndicators(table, file: file, book: &book)
        case .funds: addFunds(table, file: file, book: &book)
        }
        notes += book.take()
    }

    private mutating func project(_ table: LongTable, row: Int, file: String, book: inout NoteBook) -> ProjectKey? {
        let name = table.text(row, .project)
        let scope = table.text(row, .scope)
        guard !name.isEmpty || !scope.isEmpty else {
            book.warning(table.place(row, .project), "the row names no 项目名称: skipped")
            return nil
        }
        var key = ProjectKey(scope: labelKey(scope), project: labelKey(name.isEmpty ? scope : name))
        // A table without 资金名称 (a funds table beside a fund's indicators) joins the project of the same name.
        if projects[key] == nil, let known = byProject[key.project] {
            if key.scope.isEmpty {
                key = known
            } else if known.scope.isEmpty, var moved = projects.removeValue(forKey: known) {
                moved.scope = scope
                projects[key] = moved
                order[order.firstIndex(of: known)!] = key
                byProject[key.project] = key
                lastMove = (known, key)
            }
        }
        if projects[key] == nil {
            byProject[key.project] = byProject[key.project] ?? key
            projects[key] = Project(name: name.isEmpty ? scope : name, scope: scope, firstPlace: table.place(row, .project), file: file)
            order.append(key)
        }
        var p = projects[key]!
        let department = table.text(row, .department)
        if p.department.isEmpty, !department.isEmpty { p.department = department }
        let unit = table.text(row, .implementingUnit)
        if p.implementingUnit == nil, !unit.isEmpty { p.implementingUnit = unit }
        let yearText = table.text(row, .year)
        if p.year == nil, !yearText.isEmpty {
            p.year = StandardForm.year(in: yearText)
            p.yearPlace = table.place(row, .year)
        }
        projects[key] = p
        return key
    }

    private mutating func addIndicators(_ table: LongTable, file: String, book: inout NoteBook) {
        var level1 = "", level2 = ""
        // The few distinct level labels, each read once (产出指标(50分) → 产出指标).
        var labels: [String: String] = [:]
        func label(_ text: String) -> String {
            if let known = labels[text] { return known }
            let read = LabelText.splitWeight(text).label
            labels[text] = read
            return read
        }
        var lastKey: ProjectKey?
        for row in table.dataRows {
            guard let key = project(table, row: row, file: file, book: &book) else { continue }
            if key != lastKey { level1 = ""; level2 = "" }
            lastKey = key
            var rowNotes: [ImportNote] = []
            let written1 = table.text(row, .level1), written2 = table.text(row, .level2)
            if !written1.isEmpty { if written1 != level1 { level2 = "" }; level1 = written1 }
            else if !level1.isEmpty {
                rowNotes.append(ImportNote(.info, place: table.place(row, .level1), file: file, field: "level1",
                                           "一级指标 blank: 「\(level1)」 from the row above carried down"))
            }
            if !written2.isEmpty { level2 = written2 }
            else if !level2.isEmpty {
                rowNotes.append(ImportNote(.info, place: table.place(row, .level2), file: file, field: "level2",
                                           "二级指标 blank: 「\(level2)」 from the row above carried down"))
            }
            let name = table.text(row, .name)
            guard !name.isEmpty, !LabelText.isPlaceholder(name) else {
                if !name.isEmpty { book.info(table.place(row, .name), "a placeholder row (「\(name)」) was skipped") }
                else { book.info(table.place(row, .name), "a row with no 三级指标 was skipped") }
                continue
            }
            var indicator = Indicator(id: "", subProject: nil, level1: label(level1), level2: label(level2), name: name, target: "", actual: table.text(row, .actual))
            let unit = table.text(row, .unit)
            indicator.unit = unit.isEmpty || LabelText.isPlaceholder(unit) ? nil : unit
            let nature = table.text(row, .nature)
            indicator.nature = nature.isEmpty ? nil : nature
            if table.columns[.targetValue] != nil {
                let value = table.text(row, .targetValue)
                indicator.targetValue = value.isEmpty ? nil : value
                let (joined, unknown) = TargetText.join(nature: nature, value: value, unit: unit)
                indicator.target = joined
                if unknown {
                    rowNotes.append(ImportNote(.warning, place: table.place(row, .nature), file: file, field: "target",
                                               "the 指标性质 「\(nature)」 is not an operator jixiao knows: the target was read as 「\(joined)」"))
                }
            } else {
                let target = table.text(row, .target)
                let (joined, _) = TargetText.join(nature: nature, value: target, unit: target.last?.isNumber == true ? unit : "")
                indicator.target = joined
            }
            for (role, keyPath, field) in [(ColumnRole.weight, \Indicator.weight, "weight"), (.score, \Indicator.statedScore, "statedScore"),
                                           (.reviewScore, \Indicator.reviewScore, "reviewScore")] {
                guard let c = table.columns[role] else { continue }
                let (reading, percent) = AmountText.points(table.grid.cell(row, c))
                switch reading {
                case .value(let v):
                    indicator[keyPath: keyPath] = v
                    if percent {
                        rowNotes.append(ImportNote(.info, place: table.grid.place(row, c), file: file, field: field,
                                                   "the cell is formatted as a percent (\(table.grid.text(row, c))): read as \(v.plain) points"))
                    }
                case .text(let t): rowNotes.append(ImportNote(.warning, place: table.grid.place(row, c), file: file, field: field,
                                                              "「\(ImportSnippet.short(t))」 is not a number: left out"))
                case .blank, .placeholder: break
                }
            }
            let reason = table.text(row, .reason)
            indicator.deviationReason = reason.isEmpty ? nil : reason
            LevelInference.fill(&indicator, place: table.place(row, table.columns[.level1] != nil ? .level1 : .level2), file: file, notes: &rowNotes)
            indicator.importNotes = rowNotes
            projects[key]!.indicators.append(indicator)
        }
    }

    private mutating func addFunds(_ table: LongTable, file: String, book: inout NoteBook) {
        let scale: Decimal = table.unit == "元" ? 10_000 : 1
        if table.unit == nil {
            book.info(table.grid.place(table.header, table.columns[.budget] ?? table.columns[.adjustedBudget] ?? 0), field: "moneyUnit",
                      "no money unit in the funds table's headers: amounts taken as 万元 (write 年初预算数（元） for 元)")
        }
        var totals: [ProjectKey: (row: Int, budget: Decimal?, adjusted: Decimal?, spent: Decimal?)] = [:]
        var sources: [ProjectKey: [FundingSource]] = [:]
        var seen: [ProjectKey] = []
        var firstRows: [ProjectKey: Int] = [:]
        var seenSet = Set<ProjectKey>()
        for row in table.dataRows {
            lastMove = nil
            guard let key = project(table, row: row, file: file, book: &book) else { continue }
            // A project this table met without a scope, given one by this row: what is held for it moves.
            if let (from, to) = lastMove, seenSet.contains(from) {
                seenSet.remove(from)
                if seenSet.insert(to).inserted { seen[seen.firstIndex(of: from)!] = to } else { seen.removeAll { $0 == from } }
                if let total = totals.removeValue(forKey: from), totals[to] == nil { totals[to] = total }
                if let parts = sources.removeValue(forKey: from) { sources[to] = parts + (sources[to] ?? []) }
                if let first = firstRows.removeValue(forKey: from) { firstRows[to] = min(first, firstRows[to] ?? first) }
            }
            if seenSet.insert(key).inserted { seen.append(key); firstRows[key] = row }
            func amount(_ role: ColumnRole, money: Bool = true) -> Decimal? {
                guard let c = table.columns[role] else { return nil }
                switch AmountText.read(table.grid.cell(row, c)) {
                case .value(let v): return money ? v / scale : v
                case .text(let t):
                    book.warning(table.grid.place(row, c), field: role.rawValue, "「\(ImportSnippet.short(t))」 is not an amount: left out")
                    return nil
                case .blank, .placeholder: return nil
                }
            }
            let source = LabelText.withoutOfWhich(LabelText.key(table.text(row, .fundingSource))).0
            let isTotal = source.isEmpty || StandardForm.totalLabels.contains { source.hasPrefix($0) }
            let budget = amount(.budget), adjusted = amount(.adjustedBudget), spent = amount(.spent)
            var p = projects[key]!
            if isTotal {
                if let earlier = totals[key] {
                    book.warning(table.place(row, .project), "a second total row for 「\(projects[key]!.name)」 (the first is row \(earlier.row + 1)): this one was taken")
                }
                totals[key] = (row, budget, adjusted, spent)
                p.executionWeight = amount(.weight, money: false) ?? p.executionWeight
                p.executionScore = amount(.score, money: false) ?? p.executionScore
                p.totalScore = amount(.totalScore, money: false) ?? p.totalScore
                let grade = table.text(row, .grade)
                if !grade.isEmpty { p.grade = grade }
                let expected = table.text(row, .goalExpected), actual = table.text(row, .goalActual)
                if !expected.isEmpty || !actual.isEmpty { p.goal = AnnualGoal(expected: expected, actual: actual) }
            } else {
                sources[key, default: []].append(FundingSource(label: table.text(row, .fundingSource), budget: budget,
                                                               adjustedBudget: adjusted, spent: spent))
            }
            projects[key] = p
        }
        for key in seen {
            var p = projects[key]!
            let parts = sources[key] ?? []
            let total = totals[key]
            let place = table.place(total?.row ?? firstRows[key] ?? table.header, .project)
            var fundNotes: [ImportNote] = []
            if total == nil, !parts.isEmpty {
                fundNotes.append(ImportNote(.info, place: place, file: file, "no total row for the project: its funding sources were added up"))
            }
            // With no total row the sources are the total (one note above says so); with one, they are checked against it.
            var sumNotes: [ImportNote] = []
            let amounts = FundsTotals.reconcile(FundsTotals.Amounts(budget: total?.budget, adjustedBudget: total?.adjusted, spent: total?.spent),
                                                parts: parts, place: place, file: file, notes: &sumNotes)
            if total != nil { fundNotes += sumNotes }
            var budget = amounts.budget, adjusted = amounts.adjustedBudget
            let spent = amounts.spent
            if scale != 1 { fundNotes.append(ImportNote(.info, place: place, file: file, field: "moneyUnit", "amounts are printed in 元: converted exactly to 万元 (÷10,000)")) }
            if budget == nil && adjusted == nil {
                fundNotes.append(ImportNote(.warning, place: place, file: file, field: "budget", "no 年初预算数 or 全年预算数: the budget is taken as 0"))
                budget = 0
            }
            if spent == nil { fundNotes.append(ImportNote(.warning, place: place, file: file, field: "spent", "no 全年执行数: spending taken as 0")) }
            if adjusted == budget { adjusted = nil }
            p.funds = SubProject(id: "", name: p.name, budget: budget, statedAdjustedBudget: adjusted, spent: spent ?? 0,
                                 funding: parts.filter { !$0.isEmpty }, importNotes: fundNotes)
            projects[key] = p
        }
    }

    /// The reports, in the order their projects first appeared.
    func reports() -> (reports: [Report], files: [String], notes: [ImportNote]) {
        var groups: [(scope: String, keys: [ProjectKey])] = []
        var groupIndex: [String: Int] = [:]
        for key in order {
            let scope = key.scope.isEmpty ? "\u{0}" + key.project : key.scope
            if let i = groupIndex[scope] { groups[i].keys.append(key) } else { groupIndex[scope] = groups.count; groups.append((scope, [key])) }
        }
        var reports: [Report] = []
        var files: [String] = []
        for group in groups {
            let members = group.keys.compactMap { projects[$0] }
            guard let first = members.first else { continue }
            let isFund = !first.scope.isEmpty
            var report = Report(id: StandardForm.reportID(file: (first.file as NSString).lastPathComponent, ordinal: reports.count + 1, long: true),
                                title: "", department: first.department, scope: isFund ? first.scope : first.name,
                                year: 0, kind: .projectFund)
            report.implementingUnit = first.implementingUnit
            var reportNotes: [ImportNote] = []
            if let year = members.compactMap(\.year).first {
                report.year = year
            } else if let year = StandardForm.year(in: (first.file as NSString).lastPathComponent)
                        ?? StandardForm.year(in: report.scope) {
                report.year = year
                reportNotes.append(ImportNote(.info, place: first.firstPlace, file: first.file, field: "year", "no 年度 column: \(year) taken from the file or project name"))
            } else {
                report.year = ImportDefaults.assumedYear
                reportNotes.append(ImportNote(.warning, place: first.firstPlace, file: first.file, field: "year",
                                              "no 年度 column and no year in the names: \(report.year) assumed (last year); correct it in the draft"))
            }
            if report.department.isEmpty {
                report.department = first.implementingUnit ?? "（未注明）"
                reportNotes.append(ImportNote(.warning, place: first.firstPlace, file: first.file, field: "department", "no 主管部门 column: \(report.department) used"))
            }
            report.title = "\(report.year)年度\(report.scope)绩效自评"
            var indicatorCount = 0
            if members.allSatisfy({ $0.indicators.isEmpty }) {
                reportNotes.append(ImportNote(.warning, place: first.firstPlace, file: first.file,
                                              "no indicator rows for this project in any indicator table"))
            }
            for (i, member) in members.enumerated() {
                let id = String(format: "sp-%02d", i + 1)
                var sub = member.funds ?? SubProject(id: id, name: member.name, budget: 0, spent: 0, importNotes: [
                    ImportNote(.warning, place: member.firstPlace, file: member.file, field: "budget",
                               "no funds row for 「\(member.name)」 in any funds table: budget and spending are 0"),
                ])
                sub.id = id
                report.subProjects.append(sub)
                for var indicator in member.indicators {
                    indicatorCount += 1
                    indicator.id = String(format: "ind-%02d", indicatorCount)
                    indicator.subProject = id
                    report.indicators.append(indicator)
                }
                if members.count == 1 {
                    report.executionWeight = member.executionWeight
                    report.statedExecutionScore = member.executionScore
                    report.goal = member.goal
                }
            }
            report.statedScore = members.count == 1 ? first.totalScore : nil
            report.statedGrade = members.count == 1 ? first.grade.map(ImportDefaults.grade) : nil
            if members.contains(where: { $0.funds?.importNotes.contains { $0.field == "moneyUnit" } == true }) { report.sourceMoneyUnit = "元" }
            report.source = members.map { ($0.file as NSString).lastPathComponent }.uniqued().joined(separator: ", ")
            report.importNotes = reportNotes
            reports.append(report)
            files.append(first.file)
        }
        return (reports, files, notes)
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
