import Foundation
import JixiaoCore
@testable import JixiaoUI

/// The dashboard's state over the seed reports, as `jixiao data/` opens it.
enum SeedState {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let evaluations: [ReportEvaluation] = {
        let result = ReportLoader.load(paths: [root.appendingPathComponent("data").path])
        return result.reports.map { Evaluator.evaluate($0.report) }
    }()

    static func make(width: Int = 80, height: Int = 24, language: Language = .zh) -> AppState {
        AppState(evaluations: evaluations, language: language, size: Size(width: width, height: height))
    }
}

extension AppState {
    /// Applies keys in order, as a person types them; returns the last effect.
    @discardableResult
    mutating func press(_ keys: Key...) -> Effect? {
        var effect: Effect?
        for key in keys {
            let (next, e) = update(self, .key(key))
            self = next
            effect = e
        }
        return effect
    }

    /// Types text as characters.
    mutating func type(_ text: String) {
        for c in text { press(.char(c)) }
    }

    var selected: Int { cursor(screen).selected }

    /// Moves the issue list's cursor to the first issue about one of the report's claims; returns its row.
    @discardableResult
    mutating func selectFirstClaimIssue() -> Int {
        let e = evaluation!
        let row = lists.issues.firstIndex { if case .claim = e.findings[$0].location { true } else { false } }!
        for _ in 0..<row { press(.down) }
        return row
    }
}
