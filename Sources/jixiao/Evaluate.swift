import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoImport

/// `jixiao evaluate PATH... [--json]`: evaluates reports without a terminal.
struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate reports: execution, indicator judgements, score and issues.")

    @Argument(help: "Data files (.json), workbooks (.xlsx), tables (.csv) or folders of them.")
    var paths: [String] = ["data"]

    @Flag(help: "Print one JSON document instead of a summary.")
    var json = false

    @Option(help: "Execution rate below which a sub-project is underspent, in percent (1–100).")
    var underspend: Int = 90

    func validate() throws {
        guard (1...100).contains(underspend) else { throw ValidationError("--underspend must be from 1 to 100") }
    }

    func run() throws {
        // Every report is checked first and only placed; then read again a batch at a time, evaluated
        // and written: a province's reports, evaluations and text are never all held at once.
        var result = SourceLoader.load(paths: paths, keepingReports: false)
        for error in result.errors { printError(error.description) }
        var options = EvaluationOptions()
        options.underspendThreshold = Decimal(underspend) / 100
        let placed = ReportPlaces(result.places)
        defer {
            // A file changed between the check and the reading: what is wrong, and the exit says so.
            for error in placed.errors { printError(error.description) }
        }
        if json {
            var failure: (any Error)?
            ReportEvaluation.writeJSONDocumentBytes(count: placed.count, reading: placed.reports(in:), options: options) { bytes in
                guard failure == nil else { return }
                do { try FileHandle.standardOutput.write(contentsOf: bytes) } catch { failure = error }
            }
            do {
                if let failure { throw failure }
                try FileHandle.standardOutput.write(contentsOf: [0x0A])
            } catch {
                printError("jixiao: cannot write the evaluation: \(systemMessage(error))")
                throw Exit.ioError
            }
        } else {
            var failure: (any Error)?
            Evaluator.evaluateInBatches(count: placed.count, reading: placed.reports(in:), options: options) { batch in
                guard failure == nil else { return }
                let text = batch.map { SummaryText.render($0) + "\n" }.joined()
                do { try FileHandle.standardOutput.write(contentsOf: Data(text.utf8)) } catch { failure = error }
            }
            if let failure {
                printError("jixiao: cannot write the evaluation: \(systemMessage(failure))")
                throw Exit.ioError
            }
        }
        result.errors += placed.errors
        let code = Exit.code(for: result)
        if code != .success { throw code }
    }
}
