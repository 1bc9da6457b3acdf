import ArgumentParser
import JixiaoCore
import JixiaoImport

/// `jixiao validate PATH...`: checks data files and prints every problem.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check data files and print every error (file:line:column: field: message).")

    @Argument(help: "Data files (.json), workbooks (.xlsx), tables (.csv) or folders of them.")
    var paths: [String] = ["data"]

    func run() throws {
        // Each report is checked and let go: a province is never held whole.
        let result = SourceLoader.load(paths: paths, keepingReports: false)
        for error in result.errors { printError(error.description) }
        let reports = result.reportCount
        let files = result.files.count
        if result.errors.isEmpty {
            try writeOutput("ok: \(files) file\(files == 1 ? "" : "s"), \(reports) report\(reports == 1 ? "" : "s")\n")
        } else {
            // A file that could not be read at all (a link to nothing) is among the files too.
            let bad = Set(result.errors.map(\.file))
            let all = bad.union(result.files).count
            printError("\(result.errors.count) error\(result.errors.count == 1 ? "" : "s") in \(bad.count) of \(all) file\(all == 1 ? "" : "s"); \(reports) report\(reports == 1 ? "" : "s") loaded")
        }
        let code = Exit.code(for: result)
        if code != .success { throw code }
    }
}
