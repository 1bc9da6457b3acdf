import Foundation
import JixiaoCore
import ZIPFoundation

/// Reads an .xlsx workbook (Office Open XML, as Excel and WPS write it) into one grid per sheet.
package enum WorkbookReader {
    /// The sheets in workbook order, with what their reading noted.
    /// `named`, when given, reads that sheet even if it is hidden; otherwise hidden sheets (often old
    /// versions kept out of sight) are passed over with a note.
    package static func read(_ data: Data, file: String, named: String? = nil) throws(ImportError) -> (sheets: [Grid], notes: [ImportNote]) {
        var zip = try ZipParts(data, file: file, kind: ".xlsx workbook")
        func part(_ path: String) throws(ImportError) -> Data? { try zip.read(path) }
        func xml<T>(_ path: String, _ read: (Data) throws -> T) throws(ImportError) -> T? {
            guard let bytes = try part(path) else { return nil }
            do { return try read(bytes) } catch let error as XMLPartError {
                throw ImportError(.unreadable, file: file, place: "\(path):\(error.line)", "broken XML: \(error.message)")
            } catch {
                throw ImportError(.unreadable, file: file, place: path, "broken XML")
            }
        }

        guard let sheets = try xml("xl/workbook.xml", WorkbookParts.sheets) else {
            throw ImportError(.unreadable, file: file, "no xl/workbook.xml: this zip is not an .xlsx workbook")
        }
        let targets = try xml("xl/_rels/workbook.xml.rels", WorkbookParts.relationships) ?? [:]
        let styles = try xml("xl/styles.xml", CellStyles.init) ?? CellStyles()
        // Unpacked in turn (the archive is not shared across threads), then the string table and every
        // sheet parsed at once: XML parsing is most of a workbook's reading time.
        let stringsPart = try part("xl/sharedStrings.xml")
        var sheetParts: [(name: String, path: String, data: Data?)] = []
        var notes: [ImportNote] = []
        for sheet in sheets {
            if sheet.hidden, sheet.name != named {
                notes.append(ImportNote(.warning, place: sheet.name, file: file,
                                        "the sheet is hidden in the workbook and was not read (--sheet \"\(sheet.name)\" reads it)"))
                continue
            }
            guard let target = targets[sheet.relationship] else {
                notes.append(ImportNote(.warning, place: sheet.name, file: file, "the workbook lists the sheet but not where its part is: the sheet was skipped"))
                continue
            }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            sheetParts.append((sheet.name, path, try part(path)))
        }
        enum Parsed { case strings([String]), sheet(SheetReader.Outcome?) }
        let parsed = ParallelParse.run(count: sheetParts.count + 1) { i -> Result<Parsed, Error> in
            if i == 0 { return Result { .strings(try stringsPart.map(SharedStrings.read) ?? []) } }
            let sheet = sheetParts[i - 1]
            return Result { .sheet(try sheet.data.map { try SheetReader.read($0, name: sheet.name, styles: styles) }) }
        }
        func failure(_ error: Error, _ path: String) -> ImportError {
            if let error = error as? XMLPartError {
                return ImportError(.unreadable, file: file, place: "\(path):\(error.line)", "broken XML: \(error.message)")
            }
            return ImportError(.unreadable, file: file, place: path, "broken XML")
        }
        var strings: [String] = []
        switch parsed[0] {
        case .success(.strings(let read)): strings = read
        case .success(.sheet): break
        case .failure(let error): throw failure(error, "xl/sharedStrings.xml")
        }

        var grids: [Grid] = []
        for (i, sheet) in sheetParts.enumerated() {
            let path = sheet.path
            var outcome: SheetReader.Outcome
            switch parsed[i + 1] {
            case .failure(let error): throw failure(error, path)
            case .success(.sheet(let read?)): outcome = read
            case .success:
                notes.append(ImportNote(.warning, place: sheet.name, file: file, "the sheet's part \(path) is missing: the sheet was skipped"))
                continue
            }
            for address in outcome.resolve(strings) {
                notes.append(ImportNote(.warning, place: "\(sheet.name)!\(address)", file: file,
                    "the cell points at a shared string the workbook does not have: left out (the file may be damaged)"))
            }
            for (address, formula, cached) in outcome.restoredFormulas {
                notes.append(ImportNote(.info, place: "\(sheet.name)!\(address)", file: file,
                    "the cell holds the formula =\(formula); read as typed, \(formula) (Excel stored \(cached.isEmpty ? "nothing" : cached))"))
            }
            for address in outcome.uncachedFormulas {
                notes.append(ImportNote(.warning, place: "\(sheet.name)!\(address)", file: file,
                    "the formula =\(outcome.grid.cell(address.row, address.column)?.formula ?? "") has no stored value (the program that saved the file did not calculate it): open and save it in Excel or WPS, or type the value"))
            }
            if outcome.roundedFormulas > 0 {
                notes.append(ImportNote(.info, place: sheet.name, file: file,
                    "\(outcome.roundedFormulas) formula result\(outcome.roundedFormulas == 1 ? " was" : "s were") read as shown, rounded to the cell's number format"))
            }
            for address in outcome.errorCells {
                notes.append(ImportNote(.warning, place: "\(sheet.name)!\(address)", file: file,
                    "the cell holds the error value \(outcome.grid.text(address.row, address.column)): read as text"))
            }
            grids.append(outcome.grid)
        }
        return (grids, notes)
    }
}

/// The workbook's list of sheets and where their parts are.
enum WorkbookParts {
    struct Sheet { var name: String; var relationship: String; var hidden: Bool }

    static func sheets(_ data: Data) throws -> [Sheet] {
        var sheets: [Sheet] = []
        let parser = XMLElementParser(collect: [], start: { name, attributes in
            guard name == "sheet" else { return }
            // The relationship id is r:id; with namespaces processed its key stays qualified.
            let id = attributes["r:id"] ?? attributes.first { $0.key.hasSuffix(":id") || $0.key == "id" }?.value ?? ""
            let state = attributes["state"] ?? "visible"
            sheets.append(Sheet(name: attributes["name"] ?? "Sheet\(sheets.count + 1)", relationship: id, hidden: state != "visible"))
        }, end: { _, _ in })
        try parser.parse(data)
        return sheets
    }

    static func relationships(_ data: Data) throws -> [String: String] {
        var targets: [String: String] = [:]
        let parser = XMLElementParser(collect: [], start: { name, attributes in
            if name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
        }, end: { _, _ in })
        try parser.parse(data)
        return targets
    }
}
