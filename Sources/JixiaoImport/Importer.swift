import Foundation
import JixiaoCore

/// What to read and how, as `jixiao import` takes it.
package struct ImportOptions: Sendable {
    /// The text encoding of CSV files, when it is neither UTF-8 nor GB18030 (an iconv name).
    package var encoding: String?
    /// Only the sheets with this name (of every workbook).
    package var sheet: String?

    /// Files found by searching a folder rather than named: a text file among them that holds no
    /// report (a README) is skipped with a note instead of failing the import.
    package var foundInFolders: Set<String> = []

    /// What pdftotext reads from a PDF (its default order, `-layout`, `-tsv`); the fuzz target gives its
    /// own text here, to test everything a PDF goes through after pdftotext.
    package var pdfReadings: @Sendable (_ file: String) throws(ImportError) -> (plain: String, layout: String, tsv: String) = PDFText.readings

    package init(encoding: String? = nil, sheet: String? = nil, foundInFolders: Set<String> = []) {
        self.encoding = encoding; self.sheet = sheet; self.foundInFolders = foundInFolders
    }
}

/// What an import produced: the reports found, with their notes inside, and the inputs that failed.
package struct ImportResult: Sendable {
    package var reports: [Report] = []
    /// The file each report was read from (the first, for a long-format report spread over several).
    package var reportFiles: [String] = []
    /// Notes that concern no report (a sheet that holds no form, a file that was skipped).
    package var notes: [ImportNote] = []
    package var errors: [ImportError] = []

    /// Every note: the file-level ones and those inside the reports, in order.
    package var allNotes: [ImportNote] { notes + reports.flatMap(\.allImportNotes) }
}

/// Reads 自评表 as received (.xlsx, .csv, .docx, and with LibreOffice .xls, .et, .doc) into reports.
package enum Importer {
    /// Extensions the importer reads (lower case).
    package static let extensions: Set<String> = Set(["xlsx", "xlsm", "csv", "tsv", "docx"]).union(OfficeConverter.targets.keys)
        .union(TextImport.extensions)

    package static func canRead(_ path: String) -> Bool {
        extensions.contains((path as NSString).pathExtension.lowercased())
    }

    /// Imports every file; long-format tables of all of them are read together (indicators in one, funds in another).
    package static func run(files: [String], options: ImportOptions = ImportOptions()) -> ImportResult {
        var result = ImportResult()
        var long = LongFormat()
        var longFiles = Set<String>()
        for file in files {
            var found: (grids: [Grid], notes: [ImportNote], error: ImportError?)
            if (file as NSString).pathExtension.lowercased() == "json" {
                // A data file in another encoding, named on the command line to be rewritten as UTF-8.
                do {
                    let (reports, errors, encoding) = try JSONImport.read(file, options: options)
                    if encoding != "UTF-8" { result.notes.append(ImportNote(.info, place: "", file: file, "read as \(encoding)")) }
                    result.errors += errors
                    result.reports += reports
                    result.reportFiles += reports.map { _ in file }
                } catch {
                    result.errors.append(error)
                }
                continue
            }
            if TextImport.extensions.contains((file as NSString).pathExtension.lowercased()) {
                do {
                    let (outcome, notes) = try TextImport.read(file, options: options)
                    switch outcome {
                    case .report(var report)?:
                        report.importNotes.insert(contentsOf: notes, at: 0)
                        result.reports.append(report)
                        result.reportFiles.append(file)
                        continue
                    case .grids(let grids)?:
                        found = (grids, notes, nil)
                    case nil:
                        if options.foundInFolders.contains(file) {
                            result.notes += notes + [ImportNote(.info, place: "", file: file, "holds no report (no budget or indicator table, no 自评表): skipped")]
                        } else {
                            result.notes += notes
                            result.errors.append(ImportError(.unreadable, file: file,
                                "holds no report jixiao can read: no budget table (二级项目, 预算金额, 实际支出金额), no indicator table (三级指标, 目标值, 实际完成值) and no 自评表; see docs/import.md"))
                        }
                        continue
                    }
                } catch {
                    result.errors.append(error)
                    continue
                }
            } else {
                found = grids(of: file, options: options)
            }
            var fileNotes = found.notes + found.grids.flatMap { Self.limitNotes($0, file: file) }
            if let error = found.error { result.notes += fileNotes; result.errors.append(error); continue }
            // A cell past the size a field may hold is refused at its own place, not in the draft made from it.
            if let error = Self.oversizedCell(in: found.grids, file: file) { result.notes += fileNotes; result.errors.append(error); continue }
            var reportsHere = 0
            var tablesHere = 0
            for grid in found.grids.flatMap(StandardForm.bands) {
                let spans = StandardForm.spans(in: grid)
                if spans.isEmpty, let table = LongTable.find(in: grid) {
                    long.add(table, file: file)
                    longFiles.insert(file)
                    tablesHere += 1
                    continue
                }
                if spans.isEmpty {
                    if !grid.isEmpty, found.grids.count > 1 {
                        result.notes.append(ImportNote(.info, place: grid.name, file: file, "the sheet holds no 自评表 (no 项目名称 label, no long-format header): skipped"))
                    }
                    continue
                }
                for row in 0..<(spans.first?.first ?? 0) {
                    for (c, cell) in grid.filled(row: row) {
                        fileNotes.append(ImportNote(.info, place: grid.place(row, c), file: file,
                            "a cell above the first form was kept here: 「\(ImportSnippet.short(cell.text.trimmed))」"))
                    }
                }
                for span in spans {
                    var form = StandardForm(grid: grid, span: span, file: file, ordinal: reportsHere + 1)
                    guard var report = form.read() else { continue }
                    // A note about a cell of this form (a formula, an error value) goes with the form, or the
                    // indicator of that row.
                    let (mine, others) = fileNotes.partitioned { note in
                        guard let cell = note.cell, cell.sheet == grid.name, grid.columnsHeld.contains(cell.address.column) else { return false }
                        return (span.first...span.last).contains(cell.address.row)
                    }
                    for note in mine {
                        if let row = note.cell?.address.row, let i = form.indicatorRows[row] {
                            report.indicators[i].importNotes.insert(note, at: 0)
                        } else {
                            report.importNotes.insert(note, at: 0)
                        }
                    }
                    fileNotes = others
                    result.reports.append(report)
                    result.reportFiles.append(file)
                    reportsHere += 1
                }
            }
            result.notes += fileNotes
            if reportsHere == 0 && tablesHere == 0 {
                result.errors.append(ImportError(.unreadable, file: file,
                    "holds no 自评表 jixiao can read: no sheet has a 项目名称 label or a long-format header (一级指标, 二级指标, 三级指标, 年度指标值, 实际完成值); see docs/import.md"))
            }
        }
        if !longFiles.isEmpty {
            let (reports, reportFiles, notes) = long.reports()
            if reports.allSatisfy({ $0.indicators.isEmpty }) {
                // Only funds tables: no 自评表 without the indicator table beside them.
                for file in longFiles.sorted() {
                    result.errors.append(ImportError(.unreadable, file: file,
                        "a funds table with no indicator table: give the indicator table (三级指标, 年度指标值, 实际完成值) too"))
                }
            } else {
                result.reports += reports
                result.reportFiles += reportFiles
            }
            result.notes += notes
        }
        uniqueIDs(&result.reports)
        return result
    }

    /// The grids of one file by its kind, or why it cannot be read.
    static func grids(of file: String, options: ImportOptions) -> (grids: [Grid], notes: [ImportNote], error: ImportError?) {
        let ext = (file as NSString).pathExtension.lowercased()
        do {
            var data: Data
            var kind = ext
            if let target = OfficeConverter.targets[ext] {
                data = try OfficeConverter.convert(file, to: target)
                kind = target
            } else {
                data = try InputFile.read(file)
            }
            var notes: [ImportNote] = []
            if OfficeConverter.targets[ext] != nil {
                notes.append(ImportNote(.info, place: "", file: file, "converted to .\(kind) with LibreOffice before reading"))
            }
            switch kind {
            case "xlsx", "xlsm":
                let (sheets, sheetNotes) = try WorkbookReader.read(data, file: file, named: options.sheet)
                notes += sheetNotes
                guard let wanted = options.sheet else { return (sheets, notes, nil) }
                let chosen = sheets.filter { $0.name == wanted }
                if chosen.isEmpty {
                    return ([], notes, ImportError(.usage, file: file,
                        "--sheet: no sheet is named \"\(wanted)\" (sheets: \(sheets.map(\.name).joined(separator: ", ")))"))
                }
                return (chosen, notes, nil)
            case "docx":
                return ([try DocumentReader.read(data, file: file)], notes, nil)
            default:
                let decoded = try TextDecoding.decode([UInt8](data), encoding: options.encoding, file: file)
                if decoded.encoding != "UTF-8" {
                    notes.append(ImportNote(.info, place: "", file: file, "read as \(decoded.encoding)"))
                }
                let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
                let (grid, unterminated, swallowing) = CSVReader.parse(decoded.text, name: name)
                if let line = unterminated {
                    notes.append(ImportNote(.warning, place: "line \(line)", file: file,
                        "a quote opened here never closes: the rest of the file was read as one cell (check the quotes)"))
                }
                for line in swallowing.prefix(20) {
                    notes.append(ImportNote(.warning, place: "line \(line)", file: file,
                        "a quoted cell opened here runs over the end of its line and holds separators after it: a quote may be missing its close, which would make the rows it ran over one cell (check the quotes)"))
                }
                return ([grid], notes, nil)
            }
        } catch {
            return ([], [], error)
        }
    }

    /// The first cell whose text is longer than a data file's field may hold (`DataLimits.textBytes`).
    static func oversizedCell(in grids: [Grid], file: String) -> ImportError? {
        for grid in grids {
            for row in 0..<grid.rowCount {
                for (column, cell) in grid.cells(row: row) where cell.text.utf8.count > DataLimits.textBytes {
                    return ImportError(.unreadable, file: file, place: grid.place(row, column),
                                       "a cell of \(cell.text.utf8.count) bytes, longer than the \(DataLimits.textBytes >> 20) MiB a field may hold")
                }
            }
        }
        return nil
    }

    /// What a grid refused for a spreadsheet's limits (an address past XFD1048576, a merge too large to index).
    static func limitNotes(_ grid: Grid, file: String) -> [ImportNote] {
        var notes: [ImportNote] = []
        if grid.refusedCells > 0 {
            notes.append(ImportNote(.warning, place: grid.name, file: file,
                "\(grid.refusedCells) cell\(grid.refusedCells == 1 ? "" : "s") past a spreadsheet's limits (row 1,048,576, column XFD, \(Grid.maximumCells) cells) were not read"))
        }
        for range in grid.refusedMerges.prefix(20) {
            notes.append(ImportNote(.warning, place: "\(grid.name)!\(range.first):\(range.last)", file: file,
                "the merged range is too large to follow: labels under it are not carried down"))
        }
        return notes
    }

    /// Two forms of the same place in different runs keep their ids; ids repeated within a run get a suffix.
    private static func uniqueIDs(_ reports: inout [Report]) {
        var seen: [String: Int] = [:]
        for i in reports.indices {
            let id = reports[i].id
            if let n = seen[id] {
                seen[id] = n + 1
                reports[i].id = "\(id)-\(n + 1)"
            } else {
                seen[id] = 1
            }
        }
    }
}

extension ImportNote {
    /// The sheet and cell a note's place names (`表1!C7`), if it names one.
    var cell: (sheet: String, address: CellAddress)? {
        guard let bang = place.lastIndex(of: "!"), let address = CellAddress(place[place.index(after: bang)...]) else { return nil }
        return (String(place[..<bang]), address)
    }
}

extension Array {
    /// The elements that satisfy `belongs`, and the others, each in order.
    func partitioned(_ belongs: (Element) -> Bool) -> ([Element], [Element]) {
        var yes: [Element] = [], no: [Element] = []
        for element in self { if belongs(element) { yes.append(element) } else { no.append(element) } }
        return (yes, no)
    }
}
