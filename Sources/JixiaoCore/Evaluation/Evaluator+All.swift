extension Evaluator {
    /// Every report evaluated, in order, on every core: reports are independent, and evaluation is pure.
    public static func evaluateAll(_ reports: [Report], options: EvaluationOptions = EvaluationOptions()) -> [ReportEvaluation] {
        ParallelMap.map(reports) { evaluate($0, options: options) }
    }

    /// The reports evaluated `batch` at a time on every core, each batch handed to `body` in order and
    /// then let go, so a province's evaluations are never all held at once.
    public static func evaluateInBatches(_ reports: [Report], options: EvaluationOptions = EvaluationOptions(), batch: Int = 256,
                                         _ body: ([ReportEvaluation]) -> Void) {
        var start = 0
        while start < reports.count {
            let end = min(reports.count, start + max(1, batch))
            body(evaluateAll(Array(reports[start..<end]), options: options))
            start = end
        }
    }
}
