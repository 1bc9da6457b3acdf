import Foundation
import JixiaoCore

/// The text of a PDF, through poppler's `pdftotext`: in its default reading order and with
/// `-layout` (which keeps columns in place but may round numbers and split cells differently).
enum PDFText {
    static let tool = "pdftotext"

    /// Where `pdftotext` is, if installed.
    static var path: String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(dir)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The readings of the file: default order, `-layout`, and `-tsv` (every word with its box).
    static func readings(_ file: String) throws(ImportError) -> (plain: String, layout: String, tsv: String) {
        guard let path else {
            throw ImportError(.converterMissing, file: file,
                              "reading a PDF needs pdftotext, which is not installed (Debian: apt-get install poppler-utils; `make run` installs it)")
        }
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("jixiao-pdf-\(UUID().uuidString)")
        do { try fm.createDirectory(at: work, withIntermediateDirectories: true) } catch {
            throw ImportError(.unreadable, file: file, "cannot make a temporary folder to read the PDF")
        }
        defer { try? fm.removeItem(at: work) }
        // A name that starts with - would read as an option.
        let input = file.hasPrefix("-") ? "./" + file : file
        // Two minutes for all three readings together.
        let deadline = Date().addingTimeInterval(120)
        return (try run(path, [], input, work.appendingPathComponent("plain.txt"), deadline: deadline, file: file),
                try run(path, ["-layout"], input, work.appendingPathComponent("layout.txt"), deadline: deadline, file: file),
                try run(path, ["-tsv"], input, work.appendingPathComponent("words.tsv"), deadline: deadline, file: file))
    }

    /// Runs pdftotext into a file (never a pipe, so a chatty stderr cannot stall it), for two minutes at most.
    private static func run(_ tool: String, _ options: [String], _ input: String, _ output: URL, deadline: Date,
                            file: String) throws(ImportError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = options + ["-enc", "UTF-8", input, output.path]
        let errors = output.deletingPathExtension().appendingPathExtension("err")
        FileManager.default.createFile(atPath: errors.path, contents: nil)
        let errorHandle = try? FileHandle(forWritingTo: errors)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errorHandle ?? FileHandle.nullDevice
        defer { try? errorHandle?.close() }
        do { try process.run() } catch {
            throw ImportError(.unreadable, file: file, "pdftotext could not be started: \(error.localizedDescription)")
        }
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw ImportError(.unreadable, file: file, "pdftotext did not finish reading the PDF within two minutes")
        }
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: output.path) else {
            let message = FileManager.default.contents(atPath: errors.path).map { String(decoding: $0, as: UTF8.self) } ?? ""
            // poppler's last error says why; a warning before it (`May not be a PDF file`) does not.
            let lines = message.split(separator: "\n").map(String.init)
            let why = lines.last(where: { $0.contains("Error") }) ?? lines.last ?? "exit \(process.terminationStatus)"
            throw ImportError(.unreadable, file: file, "pdftotext could not read it: \(VisibleText.escaped(why))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
