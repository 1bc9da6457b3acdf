import Foundation

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
        return (try run(path, ["-enc", "UTF-8", file, "-"], file: file),
                try run(path, ["-layout", "-enc", "UTF-8", file, "-"], file: file),
                try run(path, ["-tsv", "-enc", "UTF-8", file, "-"], file: file))
    }

    private static func run(_ tool: String, _ arguments: [String], file: String) throws(ImportError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch {
            throw ImportError(.unreadable, file: file, "pdftotext could not be started: \(error.localizedDescription)")
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let message = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let why = String(decoding: message, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "exit \(process.terminationStatus)"
            throw ImportError(.unreadable, file: file, "pdftotext could not read it: \(why)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
