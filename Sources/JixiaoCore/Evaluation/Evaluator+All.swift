extension Evaluator {
    /// Every report evaluated, in order, on every core: reports are independent, and evaluation is pure.
    public static func evaluateAll(_ reports: [Report], options: EvaluationOptions = EvaluationOptions()) -> [ReportEvaluation] {
        ParallelMap.map(reports) { evaluate($0, options: options) }
    }
}
