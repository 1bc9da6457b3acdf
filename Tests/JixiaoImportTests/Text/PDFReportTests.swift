import Foundation
import Testing
import JixiaoCore
@testable import JixiaoImport

/// The 2022 seed report set as a PDF by a word processor (Tests/Fixtures/text/generate.sh), imported
/// through pdftotext: the same rows as the transcription in data/, but for the spaces the PDF adds
/// between digits and CJK (`3 家` for `3家`), which are kept as printed.
@Suite("PDF reports")
struct PDFReportTests {
    static let path = Fixtures.root.appendingPathComponent("Tests/Fixtures/text/2022-jiangmen-industry-fund.pdf").path

    @Test func aReportPDFImportsToTheTranscribedRows() throws {
        let result = Importer.run(files: [Self.path])
        #expect(result.errors.isEmpty)
        let draft = try #require(result.reports.first)
        let truth = try SeedTextTests.transcription("2022-jiangmen-industry-fund.json")
        #expect(draft.subProjects.count == truth.subProjects.count && draft.indicators.count == truth.indicators.count)
        func same(_ a: String, _ b: String) -> Bool { a.compactKey == b.compactKey }
        var total = 0, agree = 0
        for (d, t) in zip(draft.subProjects, truth.subProjects) {
            total += 3
            agree += (same(d.name, t.name) ? 1 : 0) + (d.budget == t.budget ? 1 : 0) + (d.spent == t.spent ? 1 : 0)
        }
        for (d, t) in zip(draft.indicators, truth.indicators) {
            total += 4
            agree += [same(d.name, t.name), same(d.level2, t.level2), same(d.target, t.target), same(d.actual, t.actual)].filter { $0 }.count
        }
        #expect(Double(agree) >= SeedTextTests.tolerance * Double(total), "\(agree) of \(total)")
        #expect(draft.claims.contains { $0.kind == .metCount && $0.scope?.level2 == "数量指标" && $0.value == 19 })
    }

    @Test func theNoteSaysWhichReadingWasKept() throws {
        let draft = try #require(Importer.run(files: [Self.path]).reports.first)
        let note = try #require(draft.importNotes.first { $0.message.hasPrefix("read with pdftotext") })
        // A report set by a word processor has no bordered tables: its default reading is the surer.
        #expect(note.message.hasPrefix("read with pdftotext in its default order, the surer reading"))
    }

    @Test func aFileThatIsNotAPDFIsAnError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("not-\(UUID().uuidString).pdf")
        try Data("这不是 PDF".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let error = try #require(Importer.run(files: [url.path]).errors.first)
        #expect(error.kind == .unreadable)
        #expect(error.message.hasPrefix("pdftotext could not read it"))
    }
}
