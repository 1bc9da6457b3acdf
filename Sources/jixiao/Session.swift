import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoImport
import JixiaoUI

/// Checks every report once and builds a headless dashboard's state; only the report shown is read
/// again and evaluated (as the dashboard evaluates the one on screen first), so a province is never
/// held whole.
struct Session {
    var load: LoadResult

    init(paths: [String]) {
        load = SourceLoader.load(paths: paths, keepingReports: false)
    }

    /// The ids of the good reports, in their order.
    var ids: [String] { load.places.map(\.id) }

    /// The state showing report `index` (its evaluation made now), the others still unevaluated.
    mutating func state(language: Language, size: Size, ambiguousWide: Bool, showing index: Int = 0) -> AppState {
        var shown: ReportEvaluation?
        if load.places.indices.contains(index) {
            // A file changed since it was checked: what is wrong joins the load's errors.
            let placed = ReportPlaces(load.places)
            shown = placed.reports(in: index..<index + 1).first.map { Evaluator.evaluate($0) }
            load.errors += placed.errors
        }
        var state = AppState(pending: Array(repeating: nil, count: load.places.count), loadErrors: load.errors,
                             language: language, size: size)
        state.widthPolicy = ambiguousWide ? .ambiguousWide : .standard
        if let shown {
            state.reportIndex = index
            state.receive([(index, shown)], progress: nil)
        }
        return state
    }
}

extension Language: ExpressibleByArgument {}
