import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoImport

/// `jixiao import PATH... -o FILE`: reads 自评表 as received and writes one data file (a draft) holding every report found.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read 自评表 workbooks, CSV exports, documents and published reports into one data file (a draft to check and correct).",
        discussion: """
            Reads .xlsx, .csv (UTF-8 or GB18030), .docx, published reports as .txt (UTF-8 or GB18030) or .pdf \
            (with pdftotext), with LibreOffice .xls, .et, .doc, and a data file (.json) in another encoding. Every guess is an import note, printed as \
            SOURCE:PLACE: message and kept in the draft. Exit codes: 0 written, 65 an input holds no 自评表 or \
            report, 66 an input is missing, 69 LibreOffice or pdftotext is needed, 73 the output exists, 74 it \
            cannot be written, 64 a bad option (-o not .json or one of the inputs, no such --sheet or --encoding).
            """)

    @Argument(help: "Workbooks, tables, documents, report texts or PDFs, or folders of them.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "The data file to write.")
    var output: String

    @Flag(help: "Overwrite the output file if it exists.")
    var force = false

    @Option(help: "The encoding of CSV and text files when it is neither UTF-8 nor GB18030 (e.g. BIG5).")
    var encoding: String?

    @Option(help: "Read only the sheets with this name.")
    var sheet: String?

    func validate() throws {
        guard (output as NSString).pathExtension.lowercased() == "json" else {
            throw ValidationError(VisibleText.escaped("-o names the data file to write, which ends in .json (found \"\(output)\")"))
        }
    }

    func run() throws {
        let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        if paths.contains(where: { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path == target }) {
            printError("jixiao: -o \(output) is one of the inputs: give another file")
            throw Exit.usage
        }
        if !force, FileManager.default.fileExists(atPath: output) {
            printError("jixiao: \(output) exists: give --force to overwrite it, or another -o")
            throw Exit.exists
        }
        var files: [String] = []
        var inFolders = Set<String>()
        var missing = false
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                printError("\(path): \(FileReadFailure.whyMissing(path))")
                missing = true
                continue
            }
            if isDirectory.boolValue {
                let found = ReportLoader.dataFiles(under: path, extensions: Importer.extensions)
                files += found
                inFolders.formUnion(found)
            } else {
                files.append(path)
            }
        }
        if missing { throw Exit.missing }
        // A text file named on the command line must hold a report; one found in a folder may be a README.
        let result = Importer.run(files: files, options: ImportOptions(encoding: encoding, sheet: sheet,
                                                                       foundInFolders: inFolders.subtracting(paths)))
        for note in result.allNotes { printError(note.line) }
        for error in result.errors { printError(error.description) }
        if !result.errors.isEmpty {
            printError("jixiao: nothing written")
            // The same ranking as every command: usage, missing, converter, bad data.
            let kinds = Set(result.errors.map(\.kind))
            if kinds.contains(.usage) { throw Exit.usage }
            if kinds.contains(.missing) { throw Exit.missing }
            if kinds.contains(.converterMissing) { throw Exit.unavailable }
            throw Exit.badData
        }
        guard !result.reports.isEmpty else {
            printError("jixiao: no 自评表 found in \(paths.joined(separator: " ")); nothing written")
            throw Exit.badData
        }
        let file = ReportFile(reports: result.reports)
        let text = file.json.serialized() + "\n"
        // The draft must load as any data file does.
        let (_, errors) = ReportLoader.decode(Array(text.utf8), file: output)
        for error in errors { printError(error.description) }
        if !errors.isEmpty { printError("jixiao: the draft does not load; nothing written"); throw Exit.badData }
        // Whole or not at all, in the output's own folder; never over a file unless --force.
        let folder = (output as NSString).deletingLastPathComponent
        switch NewFile.write(Array(text.utf8), folder: folder, names: [(output as NSString).lastPathComponent], replacing: force) {
        case .written: break
        case .failed(let reason) where !force && FileManager.default.fileExists(atPath: output):
            printError("jixiao: \(output) exists (made meanwhile: \(reason)): give --force to overwrite it, or another -o")
            throw Exit.exists
        case .failed(let reason):
            printError("jixiao: cannot write \(output): \(reason)")
            throw Exit.ioError
        }
        let indicators = result.reports.reduce(0) { $0 + $1.indicators.count }
        let notes = result.allNotes.count
        printError("wrote \(output): \(result.reports.count) report\(result.reports.count == 1 ? "" : "s"), \(indicators) indicator\(indicators == 1 ? "" : "s"), \(notes) import note\(notes == 1 ? "" : "s")")
    }
}
