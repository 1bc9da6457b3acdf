import Foundation
import Testing
import JixiaoCore
@testable import JixiaoImport

/// A standard form printed to PDF (central-print.pdf, made by LibreOffice from generate.py's
/// central_print(): the 棠溪镇 form of central-wan.xlsx laid out for printing, over two pages)
/// imports to the same report as the workbook.
@Suite("PDF forms")
struct PDFFormTests {
    @Test func aPrintedFormImportsToTheWorkbooksRows() throws {
        let pdf = try Fixtures.report("central-print.pdf"), book = try Fixtures.report("central-wan.xlsx")
        #expect(pdf.title == book.title && pdf.department == book.department && pdf.implementingUnit == book.implementingUnit)
        #expect(pdf.scope == book.scope && pdf.year == book.year && pdf.kind == book.kind)
        #expect(pdf.statedScore == book.statedScore && pdf.executionWeight == book.executionWeight)
        #expect(pdf.statedExecutionScore == book.statedExecutionScore && pdf.goal == book.goal)
        #expect(pdf.subProjects.map(\.budget) == book.subProjects.map(\.budget))
        #expect(pdf.subProjects.map(\.statedAdjustedBudget) == book.subProjects.map(\.statedAdjustedBudget))
        #expect(pdf.subProjects.map(\.spent) == book.subProjects.map(\.spent))
        #expect(pdf.subProjects.map(\.funding) == book.subProjects.map(\.funding))
        #expect(pdf.indicators.count == book.indicators.count)
        for (a, b) in zip(pdf.indicators, book.indicators) {
            #expect(a.level1 == b.level1 && a.level2 == b.level2 && a.name == b.name, "\(b.id)")
            #expect(a.target == b.target && a.actual == b.actual, "\(b.id)")
            #expect(a.weight == b.weight && a.statedScore == b.statedScore && a.deviationReason == b.deviationReason, "\(b.id)")
        }
    }

    @Test func notesNameThePageAndLine() throws {
        let result = Fixtures.run("central-print.pdf")
        let notes = result.allNotes
        #expect(notes.contains { $0.message.contains("pdftotext -tsv") })
        let placed = notes.filter { !$0.place.isEmpty }
        #expect(!placed.isEmpty && placed.allSatisfy { $0.place.hasPrefix("page ") && $0.place.contains(", line ") })
    }

    /// What pdftotext read, given through `ImportOptions.pdfReadings` (as the pdf fuzz target gives its
    /// input), imports like the PDF itself: the hook replaces pdftotext and nothing after it.
    @Test func pdftotextsReadingsGivenDirectlyImportLikeThePDF() throws {
        let seed = try Data(contentsOf: Fixtures.root.appendingPathComponent("Tests/Fixtures/fuzz/pdf/central-print.readings"))
        let parts = seed.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        #expect(parts.count == 3)
        var options = ImportOptions()
        options.pdfReadings = { _ in (parts[2], parts[1], parts[0]) }
        let given = Importer.run(files: [Fixtures.path("central-print.pdf")], options: options)
        let real = Fixtures.run("central-print.pdf")
        #expect(given.errors.isEmpty && given.reports.count == 1)
        #expect(given.reports.map(\.indicators) == real.reports.map(\.indicators))
        #expect(given.reports.map(\.subProjects) == real.reports.map(\.subProjects))
    }
}
