import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoImport
import JixiaoUI

/// Loads and evaluates the reports once, and builds the dashboard's state from them.
struct Session {
    var load: LoadResult
    var evaluations: [ReportEvaluation]

    init(paths: [String]) {
        load = SourceLoader.load(paths: paths)
        evaluations = Evaluator.evaluateAll(load.reports.map(\.report))
    }

    func state(language: Language, size: Size, ambiguousWide: Bool) -> AppState {
        var state = AppState(evaluations: evaluations, loadErrors: load.errors, language: language, size: size)
        state.widthPolicy = ambiguousWide ? .ambiguousWide : .standard
        return state
    }
}

extension Language: ExpressibleByArgument {}
