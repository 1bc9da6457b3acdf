import JixiaoCore

/// The dashboard's state as the background's news builds it: none until the first report is read,
/// then that report alone, then every report in its final order as evaluations arrive.
package struct LiveState: Sendable {
    package private(set) var state: AppState?
    private let language: Language
    private let widthPolicy: WidthPolicy
    /// The report shown while the files are still read, to find it again among all of them.
    private var provisional: LoadedReport?
    private var total = 0

    package init(language: Language, widthPolicy: WidthPolicy = .standard) {
        self.language = language
        self.widthPolicy = widthPolicy
    }

    /// The state after the keys, which only the run loop changes between pieces of news.
    package mutating func set(_ state: AppState) { self.state = state }

    /// Takes in one piece of news, for a screen of `size`.
    package mutating func take(_ news: LiveSession.News, size: Size) {
        switch news {
        case .first(let loaded, let evaluation, let read):
            state = make(pending: [evaluation], errors: [], size: size, progress: .reading(reports: read))
            provisional = loaded
        case .reading(let read):
            state?.progress = .reading(reports: read)
        case .loaded(let result, let arrived, let done):
            total = result.reports.count
            var evaluations = [ReportEvaluation?](repeating: nil, count: total)
            for (index, evaluation) in arrived { evaluations[index] = evaluation }
            let index = provisional.flatMap { p in
                result.reports.firstIndex { $0.file == p.file && $0.report.id == p.report.id }
            }
            if let index, let evaluation = state?.evaluation { evaluations[index] = evaluation }
            if var current = state {
                current.replaceReports(evaluations, showing: index, loadErrors: result.errors, progress: progress(done))
                state = current
            } else {
                state = make(pending: evaluations, errors: result.errors, size: size, progress: progress(done))
            }
            provisional = nil
        case .evaluated(let arrived, let done):
            let progress = progress(done)
            state?.receive(arrived, progress: progress)
        }
    }

    /// Puts in the evaluation of the report on screen, made when it was wanted before its turn.
    package mutating func deliver(_ evaluation: ReportEvaluation, at index: Int) {
        guard var current = state else { return }
        // Made on demand, it is not announced again: count it here.
        var progress = current.progress
        if case .evaluating(let done, let total)? = progress { progress = done + 1 < total ? .evaluating(done: done + 1, of: total) : nil }
        current.receive([(index, evaluation)], progress: progress)
        state = current
    }

    private func progress(_ done: Int) -> BackgroundProgress? {
        done < total ? .evaluating(done: done, of: total) : nil
    }

    private func make(pending: [ReportEvaluation?], errors: [LoadError], size: Size, progress: BackgroundProgress?) -> AppState {
        var state = AppState(pending: pending, loadErrors: errors, language: language, size: size, progress: progress)
        state.widthPolicy = widthPolicy
        return state
    }
}
