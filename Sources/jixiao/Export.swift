import ArgumentParser
import JixiaoCore
import JixiaoUI

/// `jixiao export --pane …`: renders a dashboard screen headless and prints it as text.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render a dashboard screen without a terminal and print it as text.")

    enum PaneName: String, ExpressibleByArgument, CaseIterable {
        case budget, heatmap, issues, indicators
    }

    @Option(help: "budget, heatmap, issues or indicators (a sub-project's list, or with --indicator its detail).")
    var pane: PaneName = .budget

    @Option(help: "The report's id (default: the first, ordered by year then id).")
    var report: String?

    @Option(help: "A sub-project's id, for --pane indicators.")
    var subProject: String?

    @Option(help: "An indicator's id: its detail view.")
    var indicator: String?

    @Option(help: "Columns.")
    var width: Int = 80

    @Option(help: "Rows.")
    var height: Int = 24

    @Option(help: "Label language: zh or en.")
    var lang: Language = .zh

    @Flag(help: "Draw East-Asian-ambiguous characters two cells wide.")
    var ambiguousWide = false

    @Argument(help: "Data files (.json), workbooks (.xlsx), tables (.csv) or folders of them.")
    var paths: [String] = ["data"]

    func validate() throws {
        guard (1...1000).contains(width), (1...1000).contains(height) else {
            throw ValidationError("--width and --height must be from 1 to 1000")
        }
        if pane != .indicators && (indicator != nil || subProject != nil) {
            throw ValidationError("--indicator and --sub-project go with --pane indicators")
        }
    }

    func run() throws {
        var session = Session(paths: paths)
        for error in session.load.errors { printError(error.description) }
        if session.load.hasMissingPath { throw Exit.missing }
        var index = 0
        if let report {
            guard let found = session.ids.firstIndex(of: report) else {
                let ids = session.ids
                let known = ids.prefix(10).joined(separator: ", ") + (ids.count > 10 ? " and \(ids.count - 10) more" : "")
                throw usageError("export", "no report has the id \"\(report)\" (loaded: \(known))")
            }
            index = found
        }
        let before = session.load.errors.count
        var state = session.state(language: lang, size: Size(width: width, height: height), ambiguousWide: ambiguousWide, showing: index)
        for error in session.load.errors.dropFirst(before) { printError(error.description) }
        try navigate(&state)
        try writeOutput(Renderer.render(state).text)
        // The screen is printed even when some file was bad (it shows the good ones); the exit code says so.
        let code = Exit.code(for: session.load)
        if code != .success { throw code }
    }

    private func navigate(_ state: inout AppState) throws {
        guard let e = state.evaluation else { return }
        switch pane {
        case .budget: state.stack = [.pane(.budget)]
        case .heatmap: state.stack = [.pane(.heatmap)]
        case .issues: state.stack = [.pane(.issues)]
        case .indicators:
            var group = 0
            if let id = indicator {
                guard let index = e.indicatorIndex(id) else {
                    throw usageError("export", "no indicator has the id \"\(id)\" in \(e.report.id)")
                }
                group = e.groups.firstIndex { $0.indicatorIndices.contains(index) } ?? 0
                state.stack = [.pane(.heatmap), .indicators(group: group), .detail(indicator: index)]
                return
            }
            if let id = subProject {
                guard let found = e.groups.firstIndex(where: { $0.subProjectID == id }) else {
                    throw usageError("export", "no sub-project with indicators has the id \"\(id)\" in \(e.report.id)")
                }
                group = found
            }
            state.stack = [.pane(.heatmap), .indicators(group: group)]
        }
    }
}
