import Foundation

extension Evaluator {
    /// Every report evaluated, in order, on every core: reports are independent, and evaluation is pure.
    public static func evaluateAll(_ reports: [Report], options: EvaluationOptions = EvaluationOptions()) -> [ReportEvaluation] {
        guard reports.count > 1 else { return reports.map { evaluate($0, options: options) } }
        let results = Results(count: reports.count)
        let workers = min(reports.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            // Each worker takes every `workers`-th report, so large and small reports spread evenly.
            var index = worker
            while index < reports.count {
                results.set(index, evaluate(reports[index], options: options))
                index += workers
            }
        }
        return results.values()
    }

    /// The evaluations as workers finish them, each in its own slot.
    private final class Results: @unchecked Sendable {
        private var slots: [ReportEvaluation?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: ReportEvaluation) {
            lock.lock(); slots[index] = value; lock.unlock()
        }

        func values() -> [ReportEvaluation] { slots.map { $0! } }
    }
}
