import Foundation
import Testing
import JixiaoCore
@testable import JixiaoImport

/// The two seed reports as published text (pdftotext's default reading of the PDFs, copied from the
/// seeds into Tests/Fixtures/text) imported, against their hand transcription in data/.
///
/// Tolerance: at least 95 % of the compared fields agree (sub-projects: name, budget, spent;
/// indicators: name, level-2, target, actual), with the same counts, and every field that differs
/// carries an import note naming that field.
@Suite("Seed reports from their text")
struct SeedTextTests {
    static let tolerance = 0.95

    static func transcription(_ name: String) throws -> Report {
        let result = ReportLoader.load(paths: [Fixtures.data.appendingPathComponent(name).path])
        return try #require(result.reports.first?.report)
    }

    static func imported(_ name: String) throws -> Report {
        let result = Importer.run(files: [Fixtures.root.appendingPathComponent("Tests/Fixtures/text/\(name)").path])
        #expect(result.errors.isEmpty)
        return try #require(result.reports.first)
    }

    /// Compared fields, how many agree, and the differing fields that carry no note.
    static func compare(_ draft: Report, _ truth: Report) -> (total: Int, same: Int, unnoted: [String]) {
        var total = 0, same = 0, unnoted: [String] = []
        func check(_ a: String?, _ b: String?, _ field: String, _ notes: [ImportNote], _ id: String) {
            total += 1
            // A warning about the whole row (its cells told apart by a guess) covers each of its fields.
            if a == b { same += 1 } else if !notes.contains(where: { $0.field == field || $0.field == nil && $0.severity == .warning }) { unnoted.append("\(id).\(field): \(a ?? "nil") ≠ \(b ?? "nil")") }
        }
        for (d, t) in zip(draft.subProjects, truth.subProjects) {
            check(d.name, t.name, "name", d.importNotes, t.id)
            check(d.budget.map { "\($0)" }, t.budget.map { "\($0)" }, "budget", d.importNotes, t.id)
            check("\(d.spent)", "\(t.spent)", "spent", d.importNotes, t.id)
        }
        for (d, t) in zip(draft.indicators, truth.indicators) {
            check(d.name, t.name, "name", d.importNotes, t.id)
            check(d.level2, t.level2, "level2", d.importNotes, t.id)
            check(d.target, t.target, "target", d.importNotes, t.id)
            check(d.actual, t.actual, "actual", d.importNotes, t.id)
        }
        return (total, same, unnoted)
    }

    @Test(arguments: [("2022-jiangmen-industry-fund.txt", "2022-jiangmen-industry-fund.json"),
                      ("2023-jiangmen-miit-department.txt", "2023-jiangmen-miit-department.json")])
    func theDraftMatchesTheTranscription(text: String, json: String) throws {
        let draft = try Self.imported(text), truth = try Self.transcription(json)
        #expect(draft.subProjects.count == truth.subProjects.count)
        #expect(draft.indicators.count == truth.indicators.count)
        let (total, same, unnoted) = Self.compare(draft, truth)
        #expect(Double(same) >= Self.tolerance * Double(total), "\(same) of \(total) fields agree")
        #expect(unnoted.isEmpty, "differing fields without a note: \(unnoted)")
        #expect(draft.year == truth.year && draft.kind == truth.kind && draft.department == truth.department)
        #expect(draft.statedScore == truth.statedScore && draft.statedGrade == truth.statedGrade)
        // Sub-projects link their indicators as in the transcription.
        let names = Dictionary(uniqueKeysWithValues: draft.subProjects.map { ($0.id, $0.name) })
        let truthNames = Dictionary(uniqueKeysWithValues: truth.subProjects.map { ($0.id, $0.name) })
        let linked = zip(draft.indicators, truth.indicators).filter { names[$0.0.subProject ?? ""] == truthNames[$0.1.subProject ?? ""] }.count
        #expect(linked == truth.indicators.count)
    }

    /// The draft `jixiao import` writes loads as a data file (every field valid).
    @Test(arguments: ["2022-jiangmen-industry-fund.txt", "2023-jiangmen-miit-department.txt"])
    func theDraftLoads(text: String) {
        let loaded = SourceLoader.load(paths: [Fixtures.root.appendingPathComponent("Tests/Fixtures/text/\(text)").path])
        #expect(loaded.errors.isEmpty, "\(loaded.errors)")
        #expect(loaded.reports.count == 1)
    }

    @Test func theFundsClaimsAreFoundAndTheContradictionStands() throws {
        let draft = try Self.imported("2022-jiangmen-industry-fund.txt")
        let quantity = draft.claims.filter { $0.scope?.level2 == "数量指标" }
        #expect(quantity.contains { $0.kind == .indicatorCount && $0.value == 36 })
        #expect(quantity.contains { $0.kind == .metCount && $0.value == 19 })
        #expect(quantity.contains { $0.kind == .unmetCount && $0.value == 7 })
        #expect(draft.claims.contains { $0.kind == .selfScore && $0.value == 96 })
        #expect(draft.claims.contains { $0.kind == .grade && $0.text == "优" })
        #expect(draft.claims.contains { $0.kind == .budgetTotal && $0.value == Decimal(string: "8054.71") })
        #expect(draft.claims.contains { $0.kind == .executionRate && $0.value == Decimal(string: "86.7") })
        // The transcription's contradictions (the stated met counts) are found in the draft too.
        let truth = try Self.transcription("2022-jiangmen-industry-fund.json")
        func contradictions(_ report: Report) -> Set<String> {
            Set(Evaluator.evaluate(report).findings.filter { $0.kind == .claimMismatch }.map { $0.message })
        }
        let expected = contradictions(truth)
        #expect(!expected.isEmpty)
        #expect(contradictions(draft).isSuperset(of: expected))
    }

    @Test func theDepartmentClaimsAndFunds() throws {
        let draft = try Self.imported("2023-jiangmen-miit-department.txt")
        // Two counts in one sentence (46 set, 27 carried out): the last is the claim.
        #expect(draft.claims.contains { $0.kind == .indicatorCount && $0.value == 27 && $0.scope == nil })
        #expect(!draft.claims.contains { $0.kind == .indicatorCount && $0.value == 46 })
        #expect(draft.claims.contains { $0.kind == .selfScore && $0.value == Decimal(string: "96.66") })
        // The funds come from prose, with a warning that says so, and their changes in the year with them:
        // so the execution rate and the score are the transcription's.
        #expect(draft.subProjects.allSatisfy { $0.importNotes.contains { $0.severity == .warning && $0.message.contains("prose") } })
        #expect(draft.subProjects.map { $0.adjustments.map(\.kind) } == [[.recovered, .reallocatedOut], [.cut]])
        let truth = try Self.transcription("2023-jiangmen-miit-department.json")
        #expect(Evaluator.evaluate(draft).score.executionRate == Evaluator.evaluate(truth).score.executionRate)
        #expect(Evaluator.evaluate(draft).score.total == Evaluator.evaluate(truth).score.total)
        // The reason merged over three rows is shared by them.
        let reasons = draft.indicators[4...6].map(\.deviationReason)
        #expect(reasons.allSatisfy { $0 != nil && $0 == reasons.first! })
        #expect(draft.indicators[6].importNotes.contains { $0.field == "deviationReason" })
    }

    @Test func problemsSuggestionsAndRectificationsAreKeptVerbatim() throws {
        let fund = try Self.imported("2022-jiangmen-industry-fund.txt")
        #expect(fund.problems.map(\.title) == ["1.部分项目绩效指标设置不完整，合理性有待提高", "2.个别绩效指标未能达标完成"])
        #expect(fund.suggestions.map(\.title) == ["1.加强绩效培训，提高资金绩效管理水平", "2.加快推动江门市相关产业发展"])
        let truth = try Self.transcription("2022-jiangmen-industry-fund.json")
        #expect(fund.problems.map(\.text) == truth.problems.map(\.text))
        #expect(fund.suggestions.map(\.text) == truth.suggestions.map(\.text))
        let department = try Self.imported("2023-jiangmen-miit-department.txt")
        #expect(department.problems.count == 2 && department.suggestions.count == 2)
        #expect(department.problems.first?.text.hasPrefix("一是部分绩效目标的细化量化程度不足") == true)
        #expect(department.rectifications.contains { $0.text.contains("有关整改情况如下：一是财政资金困难是属于客观问题") })
        #expect(department.rectifications.count == 3)
    }

    /// Nothing is dropped: every non-blank line's text is in the draft, a value or a note.
    @Test(arguments: ["2022-jiangmen-industry-fund.txt", "2023-jiangmen-miit-department.txt"])
    func everyLineIsKeptSomewhere(text: String) throws {
        let draft = try Self.imported(text)
        let json = ReportFile(reports: [draft]).json.serialized().compactKey
        let source = try String(contentsOfFile: Fixtures.root.appendingPathComponent("Tests/Fixtures/text/\(text)").path, encoding: .utf8)
        var missing: [String] = []
        for line in source.split(separator: "\n") {
            // Headings are kept without their markers; numbers as numbers; a table's header is structure.
            // Items enumerated 一是…二是… are kept one by one.
            var text = TextSections.withoutMarker(String(line).trimmed)
            for ordinal in ["一是", "二是", "三是", "四是", "五是"] { text = text.replacingOccurrences(of: ordinal, with: " " + ordinal) }
            let words = text.tokens.filter { AmountText.parse($0) == nil && !TextTable.sequenceLabels.contains($0)
                && ColumnRole.match($0, among: ColumnRole.allCases) == nil }
            if !words.allSatisfy({ json.contains($0.compactKey) }) { missing.append(String(line)) }
        }
        #expect(missing.isEmpty, "lines not found in the draft: \(missing.prefix(10))")
    }
}
