import Foundation

extension ReportEvaluation {
    /// The machine-readable form `jixiao evaluate --json` prints; its field names are a stable interface.
    public var json: JSONValue {
        let r = report
        return [
            "id": .string(r.id),
            "title": .string(r.title),
            "year": .number(Decimal(r.year)),
            "kind": .string(r.kind.rawValue),
            "scope": .string(r.scope),
            "department": .string(r.department),
            "implementingUnit": .string(r.implementingUnit),
            "executionWeight": .number(score.executionWeight),
            "statedExecutionScore": .number(r.statedExecutionScore),
            "budget": .number(total.hasOriginalBudget ? total.budget : nil),
            "adjustedBudget": .number(total.adjustedBudget),
            "spent": .number(total.spent),
            "executionRate": .number(total.rate, scale: 4),
            "executionRateOfOriginal": .number(total.rateOfOriginal, scale: 4),
            "score": .number(score.total, scale: 2),
            "grade": .string(score.grade.rawValue),
            "statedScore": .number(score.statedScore),
            "statedGrade": .string(score.statedGrade),
            "scoreDifference": .number(score.difference, scale: 2),
            "scoreBreakdown": scoreJSON,
            "subProjects": .array(subProjects.map(\.json)),
            "indicators": .array(indicators.map(\.json)),
            "issues": .array(findings.map(\.json)),
        ]
    }

    private var scoreJSON: JSONValue {
        [
            "execution": ["weight": .number(score.executionWeight), "rate": .number(score.executionRate, scale: 4),
                          "score": .number(score.executionScore, scale: 2)],
            "levels": .array(score.levels.map { level in
                ["level": .string(level.level.rawValue), "statedWeight": .number(level.statedWeight),
                 "weight": .number(level.weight, scale: 4), "indicators": .number(Decimal(level.indicatorCount)),
                 "score": .number(level.score, scale: 2)]
            }),
            "defaultWeights": .bool(score.usesDefaultWeights),
            "notes": .array(score.notes.map(JSONValue.string)),
        ]
    }

    /// `{"reports": [...]}` for several evaluations.
    public static func json(_ evaluations: [ReportEvaluation]) -> JSONValue {
        ["reports": .array(evaluations.map(\.json))]
    }

    /// The text of `json(evaluations)`, each report built and written on its own core.
    public static func jsonDocument(_ evaluations: [ReportEvaluation]) -> String {
        JSONValue.reportsDocument(ParallelMap.map(evaluations) { $0.json.serialized(atLevel: 2) })
    }

    /// The same document as `jsonDocument` of the reports' evaluations, evaluated and written a batch
    /// at a time on every core and handed to `write` in pieces, so neither every evaluation nor the
    /// whole text is ever held at once.
    public static func writeJSONDocument(_ reports: [Report], options: EvaluationOptions = EvaluationOptions(), batch: Int = 256,
                                         to write: (String) -> Void) {
        var pending = reports
        writeJSONDocument(releasing: &pending, options: options, batch: batch, to: write)
    }

    /// The same, letting go of each batch's reports once it is written (`reports` ends empty).
    public static func writeJSONDocument(releasing reports: inout [Report], options: EvaluationOptions = EvaluationOptions(),
                                         batch: Int = 256, to write: (String) -> Void) {
        writeJSONDocumentBytes(releasing: &reports, options: options, batch: batch) { write(String(decoding: $0, as: UTF8.self)) }
    }

    /// The same document as UTF-8 bytes, each report's text made on its own core: what `evaluate --json`
    /// writes, with no String of a batch ever built.
    public static func writeJSONDocumentBytes(releasing reports: inout [Report], options: EvaluationOptions = EvaluationOptions(),
                                              batch: Int = 256, to write: ([UInt8]) -> Void) {
        var document = DocumentBytes()
        Evaluator.evaluateInBatches(releasing: &reports, options: options, batch: batch) { write(document.add($0)) }
        write(document.end())
    }

    /// The same for `count` reports read a batch at a time by `reading` (`ReportPlaces`).
    public static func writeJSONDocumentBytes(count: Int, reading: (Range<Int>) -> [Report], options: EvaluationOptions = EvaluationOptions(),
                                              batch: Int = 256, to write: ([UInt8]) -> Void) {
        var document = DocumentBytes()
        Evaluator.evaluateInBatches(count: count, reading: reading, options: options, batch: batch) { write(document.add($0)) }
        write(document.end())
    }

    /// The document of evaluations given a batch at a time.
    private struct DocumentBytes {
        var first = true

        /// The batch's reports, each made on its own core, after what came before.
        mutating func add(_ evaluations: [ReportEvaluation]) -> [UInt8] {
            let parts = ParallelMap.map(evaluations) { $0.json.serializedBytes(atLevel: 2) }
            var out: [UInt8] = []
            out.reserveCapacity(parts.reduce(16) { $0 + $1.count + 6 })
            for part in parts {
                out.append(contentsOf: (first ? JSONValue.reportsDocumentStart : JSONValue.reportsDocumentSeparator).utf8)
                out.append(contentsOf: part)
                first = false
            }
            return out
        }

        /// The end; with no report at all, the empty document.
        func end() -> [UInt8] { Array((first ? JSONValue.reportsDocument([]) : JSONValue.reportsDocumentEnd).utf8) }
    }
}

extension SubProjectResult {
    var json: JSONValue {
        [
            "id": .string(id), "name": .string(subProject.name),
            "budget": .number(execution.hasOriginalBudget ? execution.budget : nil),
            "adjustedBudget": .number(execution.adjustedBudget),
            "spent": .number(execution.spent), "pending": .number(execution.pending),
            "executionRate": .number(execution.rate, scale: 4),
            "overspent": .bool(execution.isOverspent),
        ]
    }
}

extension IndicatorResult {
    var json: JSONValue {
        [
            "id": .string(id), "subProject": .string(indicator.subProject),
            "category": .string(category?.rawValue), "level1": .string(indicator.level1),
            "level2": .string(indicator.level2), "name": .string(indicator.name),
            "target": .string(indicator.target), "actual": .string(indicator.actual),
            "status": .string(status.rawValue), "ratio": .number(ratio, scale: 4),
            "weight": .number(weight, scale: 4), "printedWeight": .number(indicator.weight),
            "score": .number(score, scale: 4), "statedScore": .number(indicator.statedScore),
            "reason": .string(judgement.reason),
            "deviationReason": .string(indicator.deviationReason),
        ]
    }
}

extension Finding {
    var json: JSONValue {
        ["severity": .string(severity.name), "kind": .string(kind.rawValue), "where": .string(location.code),
         "message": .string(message)]
    }
}

extension IndicatorJudgement {
    /// The object `jixiao check` prints.
    public var json: JSONValue {
        [
            "status": .string(status.rawValue), "ratio": .number(ratio, scale: 4),
            "reason": .string(reason), "kind": .string(kind.rawValue),
            "target": .string(target.summary), "actual": .string(actual.summary),
            "scoreFraction": .number(scoreFraction, scale: 4),
            "exceedsTarget": .bool(exceedsTarget), "usedExplicit": .bool(usedExplicit),
            "candidates": .array(candidates.map(JSONValue.string)),
            "weakEvidence": .string(weakEvidence?.code),
        ]
    }
}
