extension Evaluator {
    /// Every report evaluated, in order, on every core: reports are independent, and evaluation is pure.
    public static func evaluateAll(_ reports: [Report], options: EvaluationOptions = EvaluationOptions()) -> [ReportEvaluation] {
        ParallelMap.map(reports) { evaluate($0, options: options) }
    }

    /// The reports evaluated `batch` at a time on every core, each batch handed to `body` in order and
    /// then let go, so a province's evaluations are never all held at once.
    public static func evaluateInBatches(_ reports: [Report], options: EvaluationOptions = EvaluationOptions(), batch: Int = 256,
                                         _ body: ([ReportEvaluation]) -> Void) {
        var pending = reports
        evaluateInBatches(releasing: &pending, options: options, batch: batch, body)
    }

    /// `count` reports read a batch at a time by `reading` (placed reports, `ReportPlaces`), evaluated
    /// on every core, each batch handed to `body` in order: nothing of a province is held but a batch.
    public static func evaluateInBatches(count: Int, reading: (Range<Int>) -> [Report], options: EvaluationOptions = EvaluationOptions(),
                                         batch: Int = 256, _ body: ([ReportEvaluation]) -> Void) {
        var start = 0
        while start < count {
            let end = min(count, start + max(1, batch))
            body(evaluateAll(reading(start..<end), options: options))
            start = end
        }
    }

    /// The same, letting go of each batch's reports once it is evaluated (`reports` ends empty), so a
    /// province's models shrink as its evaluations are written.
    public static func evaluateInBatches(releasing reports: inout [Report], options: EvaluationOptions = EvaluationOptions(),
                                         batch: Int = 256, _ body: ([ReportEvaluation]) -> Void) {
        reports.reverse()
        while !reports.isEmpty {
            let count = min(reports.count, max(1, batch))
            let next = Array(reports.suffix(count).reversed())
            reports.removeLast(count)
            body(evaluateAll(next, options: options))
        }
    }
}
