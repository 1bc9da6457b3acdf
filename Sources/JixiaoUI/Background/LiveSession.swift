import Foundation
import JixiaoCore

/// The dashboard's data as it arrives from the background: the first report as soon as it is read,
/// every report once the files are loaded, then their evaluations, the one on screen first.
///
/// One thread reads the files; then every core evaluates, the workers at a lower priority than the
/// thread that answers keys. The dashboard asks `take()` for what is new between keys.
package final class LiveSession: @unchecked Sendable {
    /// Reads every file, telling `onReport` of each report as it is read (`SourceLoader.load`).
    package typealias Load = @Sendable (_ onReport: @escaping (LoadedReport) -> Void) -> LoadResult

    /// What the dashboard has not seen yet.
    package enum News: Sendable {
        /// The first report read, evaluated, while the files are still being read.
        case first(LoadedReport, ReportEvaluation, read: Int)
        /// More reports read.
        case reading(Int)
        /// The files are loaded; any evaluations made so far come with them.
        case loaded(LoadResult, [(index: Int, evaluation: ReportEvaluation)], done: Int)
        case evaluated([(index: Int, evaluation: ReportEvaluation)], done: Int)
    }

    private let lock = NSLock()
    private var first: (LoadedReport, ReportEvaluation)?
    private var firstTaken = false
    private var read = 0
    private var readChanged = false
    private var result: LoadResult?
    private var resultTaken = false
    private var evaluations: [ReportEvaluation?] = []
    private var claimed: [Bool] = []
    private var nextUnclaimed = 0
    private var arrived: [(index: Int, evaluation: ReportEvaluation)] = []
    private var done = 0

    private let evaluate: @Sendable (Report) -> ReportEvaluation

    /// Starts reading at once, on a thread of its own.
    package init(load: @escaping Load, evaluate: @escaping @Sendable (Report) -> ReportEvaluation = { Evaluator.evaluate($0) }) {
        self.evaluate = evaluate
        let thread = Thread { [self] in run(load) }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Whether anything is still being read or evaluated.
    package var isBusy: Bool {
        lock.withLock { result == nil || done < evaluations.count || !arrived.isEmpty || !resultTaken }
    }

    /// Everything new since the last call, oldest first.
    package func take() -> [News] {
        lock.withLock {
            var news: [News] = []
            if let result, !resultTaken {
                resultTaken = true
                firstTaken = true
                news.append(.loaded(result, arrived, done: done))
                arrived = []
                return news
            }
            if let first, !firstTaken {
                firstTaken = true
                readChanged = false
                news.append(.first(first.0, first.1, read: read))
            } else if readChanged, result == nil {
                readChanged = false
                news.append(.reading(read))
            }
            if resultTaken, !arrived.isEmpty {
                news.append(.evaluated(arrived, done: done))
                arrived = []
            }
            return news
        }
    }

    /// The evaluation of report `index` (of the loaded result), made now on this thread unless it is
    /// made already; a worker that holds it too is not waited for (the slower copy is dropped). It is
    /// not announced again by `take()`.
    package func evaluation(of index: Int) -> ReportEvaluation? {
        let report: Report? = lock.withLock {
            guard let result, result.reports.indices.contains(index), evaluations[index] == nil else { return nil }
            claimed[index] = true
            return result.reports[index].report
        }
        if let report { store(evaluate(report), at: index, announce: false) }
        return lock.withLock { evaluations.indices.contains(index) ? evaluations[index] : nil }
    }

    private func run(_ load: Load) {
        let result = load { [self] loaded in
            let isFirst = lock.withLock { () -> Bool in
                read += 1
                readChanged = true
                return read == 1
            }
            if isFirst {
                let evaluation = evaluate(loaded.report)
                lock.withLock { first = (loaded, evaluation) }
            }
        }
        lock.withLock {
            evaluations = Array(repeating: nil, count: result.reports.count)
            claimed = Array(repeating: false, count: result.reports.count)
            // The first report, already evaluated, is not evaluated again.
            if let (loaded, evaluation) = first,
               let index = result.reports.firstIndex(where: { $0.file == loaded.file && $0.report.id == loaded.report.id }) {
                evaluations[index] = evaluation
                claimed[index] = true
                done = 1
            }
            self.result = result
        }
        // Worker threads of their own, below the thread that answers keys (on Linux a thread's nice
        // value is its own), so a key is drawn at once while this goes on.
        for _ in 1..<max(1, ProcessInfo.processInfo.activeProcessorCount) {
            let worker = Thread { [self] in
                setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
                evaluateRemaining()
            }
            worker.start()
        }
        setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        evaluateRemaining()
    }

    private func evaluateRemaining() {
        while let (index, report) = claimNext() {
            store(evaluate(report), at: index)
        }
    }

    private func claimNext() -> (Int, Report)? {
        lock.withLock {
            guard let result else { return nil }
            while nextUnclaimed < claimed.count && claimed[nextUnclaimed] { nextUnclaimed += 1 }
            guard nextUnclaimed < claimed.count else { return nil }
            claimed[nextUnclaimed] = true
            return (nextUnclaimed, result.reports[nextUnclaimed].report)
        }
    }

    private func store(_ evaluation: ReportEvaluation, at index: Int, announce: Bool = true) {
        lock.withLock {
            guard evaluations[index] == nil else { return }
            evaluations[index] = evaluation
            if announce { arrived.append((index, evaluation)) }
            done += 1
        }
    }
}
