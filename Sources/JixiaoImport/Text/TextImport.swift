import Foundation
import JixiaoCore

/// Imports a published report given as text (`.txt`, UTF-8 or GB18030) or as a PDF (through
/// `pdftotext`, both readings tried and the surer kept).
///
/// Text copied from a web page's table, with its cells separated by tabs or `|`, is a grid: it goes
/// to the same form readers as a workbook. Any other text is read as a report (see `TextReport`).
enum TextImport {
    static let extensions: Set<String> = ["txt", "text", "pdf"]

    enum Outcome {
        case grids([Grid])
        case report(Report)
    }

    /// Whether a grid holds a 自评表 the form readers turn into a report with indicators.
    static func holdsForm(_ grid: Grid, file: String) -> Bool {
        StandardForm.bands(of: grid).contains { band in
            StandardForm.spans(in: band).contains { span in
                var form = StandardForm(grid: band, span: span, file: file, ordinal: 1)
                return !(form.read()?.indicators.isEmpty ?? true)
            }
        }
    }

    static func read(_ file: String, options: ImportOptions) throws(ImportError) -> (outcome: Outcome?, notes: [ImportNote]) {
        let ext = (file as NSString).pathExtension.lowercased()
        var notes: [ImportNote] = []
        if ext == "pdf" {
            let (plain, layout, tsv) = try options.pdfReadings(file)
            return read(pdfReadings: plain, layout: layout, tsv: tsv, file: file)
        }
        let data = try InputFile.read(file)
        let decoded = try TextDecoding.decode([UInt8](data), encoding: options.encoding, file: file)
        if decoded.encoding != "UTF-8" { notes.append(ImportNote(.info, place: "", file: file, "read as \(decoded.encoding)")) }
        // A 自评表 copied as a table of tabs or | goes to the form readers; a report with such tables in
        // its prose is read as a report.
        if let grids = DelimitedText.grids(decoded.text, name: ((file as NSString).lastPathComponent as NSString).deletingPathExtension),
           grids.contains(where: { holdsForm($0, file: file) }) {
            return (.grids(grids), notes)
        }
        let reading = TextReport.read(decoded.text, file: file)
        guard let report = reading.report else { return (nil, notes + reading.notes) }
        return (.report(report), notes)
    }

    /// A PDF from pdftotext's three readings of it (the default order, `-layout`, `-tsv`): a printed form
    /// rebuilt from its words' boxes, or else a report from the surer of the two texts.
    static func read(pdfReadings plain: String, layout: String, tsv: String, file: String) -> (outcome: Outcome?, notes: [ImportNote]) {
        var notes: [ImportNote] = []
        let positions = LayoutGrid.layout(tsv: tsv)
        if LayoutGrid.looksLikeForm(positions) {
            let grid = LayoutGrid.grid(positions, name: (file as NSString).lastPathComponent)
            // A report that opens with a 项目名称 line is still a report, unless the grid reads as a form.
            if holdsForm(grid, file: file) {
                notes.append(ImportNote(.info, place: "", file: file, "a printed 自评表: read from where its words stand on the page (pdftotext -tsv), its columns from its header rows (docs/import-text.md)"))
                return (.grids([grid]), notes)
            }
        }
        let a = TextReport.read(plain, file: file)
        let b = TextReport.read(LayoutTables.delimited(layout, file: file) ?? layout, file: file)
        let useLayout = b.report != nil && (a.report == nil || b.confidence > a.confidence)
        let chosen = useLayout ? b : a
        notes.append(ImportNote(.info, place: "", file: file,
            "read with pdftotext \(useLayout ? "-layout" : "in its default order"), the surer reading (\(chosen.confidence) against \(useLayout ? a.confidence : b.confidence) \(useLayout ? "in the default order" : "with -layout"): rows read without a warning, less those read as garbled); places are lines of that reading"))
        guard let report = chosen.report else { return (nil, notes + chosen.notes) }
        return (.report(report), notes)
    }
}
