import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoImport
import JixiaoUI

/// Loads the reports once and builds a headless dashboard's state from them; only the report shown is
/// evaluated (as the dashboard evaluates the one on screen first).
struct Session {
    var load: LoadResult

    init(paths: [String]) {
        load = SourceLoader.load(paths: paths)
    }

    /// The state showing report `index` (its evaluation made now), the others still unevaluated.
    func state(language: Language, size: Size, ambiguousWide: Bool, showing index: Int = 0) -> AppState {
        var state = AppState(pending: Array(repeating: nil, count: load.reports.count), loadErrors: load.errors,
                             language: language, size: size)
        state.widthPolicy = ambiguousWide ? .ambiguousWide : .standard
        if load.reports.indices.contains(index) {
            state.reportIndex = index
            state.receive([(index, Evaluator.evaluate(load.reports[index].report))], progress: nil)
        }
        return state
    }
}

extension Language: ExpressibleByArgument {}
