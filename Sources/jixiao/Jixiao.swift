import ArgumentParser
import Foundation
import JixiaoCore

/// The `jixiao` command: the dashboard by default, and headless subcommands for scripts.
@main
struct Jixiao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jixiao",
        abstract: "Check Chinese performance self-evaluation reports (绩效自评报告) against their own tables.",
        discussion: "Exit codes: 0 ok, 64 usage, 65 bad data, 66 missing file, 69 a converter is missing, 73 the output exists, 74 the output cannot be written.",
        subcommands: [Dashboard.self, Evaluate.self, Check.self, Export.self, Validate.self, Import.self],
        defaultSubcommand: Dashboard.self
    )

    /// ArgumentParser's own `main`, less its printing: its messages repeat the arguments (`The value '…'
    /// is invalid for '--pane'`), which may hold anything, so they leave through the one sanitiser.
    static func main() {
        FileBytes.handleFilesCutShort()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                let text = Data((VisibleText.escaped(message, keepLineBreaks: true) + "\n").utf8)
                // Help and version go to standard output, as ArgumentParser sends them.
                if code == .success { try? FileHandle.standardOutput.write(contentsOf: text) }
                else { try? FileHandle.standardError.write(contentsOf: text) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}

/// Exit codes of sysexits.h.
enum Exit {
    static let usage = ExitCode(64)
    static let badData = ExitCode(65)
    static let missing = ExitCode(66)
    static let unavailable = ExitCode(69)
    static let exists = ExitCode(73)
    static let ioError = ExitCode(74)

    /// The exit code a load result calls for: missing paths first, then a missing converter, then bad data.
    static func code(for result: LoadResult) -> ExitCode {
        if result.hasMissingPath { return missing }
        if result.needsConverter { return unavailable }
        return result.errors.isEmpty ? .success : badData
    }
}

/// Writes a line to standard error.
func printError(_ text: String) {
    // One line each, and nothing from the data acts on the terminal.
    // A standard error that cannot be written (a full disk, closed) loses the line rather than trapping
    // (FileHandle.write(_:) traps on failure), so the exit code still says what happened.
    try? FileHandle.standardError.write(contentsOf: Data((VisibleText.escaped(text) + "\n").utf8))
}

/// The system's own words for a failed read or write (`No space left on device`), not Foundation's wrapping of them.
func systemMessage(_ error: any Error) -> String {
    let error = error as NSError
    if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
    if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
        return String(cString: strerror(Int32(underlying.code)))
    }
    return error.localizedDescription
}

/// A usage error whose message repeats what the user or the data gave (an id, a category): said on
/// stderr through the sanitiser like every message, instead of ArgumentParser's raw text and root usage.
func usageError(_ command: String, _ message: String) -> ExitCode {
    printError("jixiao \(command): \(message)")
    return Exit.usage
}

/// Writes `text` to standard output whole, or says why it could not be written (exit 74): a full
/// disk or a closed pipe is never taken for success.
func writeOutput(_ text: String) throws {
    do {
        try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
    } catch {
        printError("jixiao: cannot write the output: \(systemMessage(error))")
        throw Exit.ioError
    }
}
