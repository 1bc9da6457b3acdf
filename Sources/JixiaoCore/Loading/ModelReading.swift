import Foundation

/// A model type that can be read from a positioned JSON object, field by field.
protocol JSONReadable {
    /// Every field the format defines for this type; anything else is reported as unknown.
    static var jsonFields: [String] { get }
    init(reading reader: ObjectReader)
}

extension JSONReadable {
    static func read(_ node: JSONNode, _ path: JSONPath, _ context: ReadContext) -> Self? {
        guard let reader = ObjectReader(node, path: path, context: context) else { return nil }
        reader.rejectUnknown(jsonFields)
        return Self(reading: reader)
    }
}

extension ObjectReader {
    func list<T: JSONReadable>(_ key: String, required: Bool = false) -> [T] {
        array(key, required: required) { node, path in T.read(node, path, context) }
    }

    func nested<T: JSONReadable>(_ key: String) -> T? {
        guard let node = nodeFor(key) else { return nil }
        return T.read(node, fieldPath(key), context)
    }
}

extension ReportFile {
    static let jsonFields = ["formatVersion", "reports"]

    /// Reads the top-level object; its reports were read one by one as the parser streamed them
    /// (`streamed`), unless `reports` is no array, which is reported here.
    /// `streamedCount` is how many streamed reports were read, kept in `streamed` or not.
    static func read(_ root: JSONNode, streamed: [Report], streamedCount: Int, _ context: ReadContext) -> ReportFile? {
        guard let r = ObjectReader(root, path: "", context: context) else { return nil }
        r.rejectUnknown(jsonFields)
        let version = r.int("formatVersion", in: 1...ReportFile.currentVersion)
        let node = r.nodeFor("reports")
        let isStreamed = node?.isStreamed == true
        let reports: [Report] = isStreamed ? streamed : r.list("reports", required: true)
        if (isStreamed ? streamedCount == 0 : reports.isEmpty), let node, node.isArray {
            r.context.fail(node, r.fieldPath("reports"), "must hold at least one report")
        }
        return ReportFile(formatVersion: version, reports: reports)
    }
}

extension Report: JSONReadable {
    static let jsonFields = [
        "id", "title", "department", "scope", "year", "kind", "moneyUnit", "statedScore", "statedGrade",
        "weights", "subProjects", "indicators", "claims", "narrative", "problems", "suggestions",
        "rectifications", "finance", "source", "note", "implementingUnit", "sourceMoneyUnit", "executionWeight",
        "statedExecutionScore", "reviewScore", "goal", "levelSubtotals", "importNotes",
    ]

    init(reading r: ObjectReader) {
        self.init(
            id: r.string("id"), title: r.string("title"), department: r.string("department"),
            scope: r.string("scope"), year: r.int("year", in: 1949...2200),
            kind: r.enumeration("kind", Kind.self) ?? .projectFund,
            moneyUnit: r.optionalString("moneyUnit") ?? "万元",
            statedScore: r.optionalDecimal("statedScore"), statedGrade: r.optionalString("statedGrade"),
            weights: r.nested("weights"), subProjects: r.list("subProjects"), indicators: r.list("indicators"),
            claims: r.list("claims"), narrative: r.list("narrative"), problems: r.list("problems"),
            suggestions: r.list("suggestions"), rectifications: r.list("rectifications"),
            finance: r.nested("finance"), source: r.optionalString("source"), note: r.optionalString("note"),
            implementingUnit: r.optionalString("implementingUnit"), sourceMoneyUnit: r.optionalString("sourceMoneyUnit"),
            executionWeight: r.optionalDecimal("executionWeight"), statedExecutionScore: r.optionalDecimal("statedExecutionScore"),
            reviewScore: r.optionalDecimal("reviewScore"), goal: r.nested("goal"), levelSubtotals: r.list("levelSubtotals"),
            importNotes: r.list("importNotes")
        )
        r.checkPoints([("reviewScore", reviewScore), ("executionWeight", executionWeight)])
        if moneyUnit != "万元", let node = r.nodeFor("moneyUnit") {
            r.context.fail(node, r.fieldPath("moneyUnit"), "only \"万元\" is supported, found \"\(JSONNode.abbreviated(moneyUnit))\"")
        }
        if let score = statedScore, score > 100, let node = r.nodeFor("statedScore") {
            r.context.fail(node, r.fieldPath("statedScore"), "a self-score is at most 100, found \(score)")
        }
    }
}

extension Weights: JSONReadable {
    static let jsonFields = ["execution", "output", "effect", "satisfaction"]

    init(reading r: ObjectReader) {
        self.init(
            execution: r.decimal("execution"), output: r.decimal("output"),
            effect: r.decimal("effect"), satisfaction: r.decimal("satisfaction")
        )
        r.checkPoints([("execution", execution), ("output", output), ("effect", effect), ("satisfaction", satisfaction)])
        // The four are parts of one 100-point scale: more than 100 in all would score a report past 100.
        let sum = execution + output + effect + satisfaction
        if sum > Decimal(DataLimits.points), [execution, output, effect, satisfaction].allSatisfy({ $0 <= Decimal(DataLimits.points) }) {
            r.context.fail(r.node, r.path, "the four weights add up to \(sum.plain), more than the \(DataLimits.points) points of the scale")
        }
    }
}

extension SubProject: JSONReadable {
    static let jsonFields = [
        "id", "name", "budget", "adjustedBudget", "adjustments", "budgetParts", "spent", "pending", "funding", "note",
        "importNotes",
    ]

    init(reading r: ObjectReader) {
        let adjusted = r.optionalDecimal("adjustedBudget")
        // 年初预算数 may be blank on a form that prints 全年预算数; one of the two is needed.
        let budget = adjusted == nil ? r.decimal("budget") : r.optionalDecimal("budget")
        self.init(
            id: r.string("id"), name: r.string("name"), budget: budget, statedAdjustedBudget: adjusted,
            adjustments: r.list("adjustments"), budgetParts: r.list("budgetParts"),
            spent: r.decimal("spent"), pending: r.optionalDecimal("pending"), funding: r.list("funding"),
            note: r.optionalString("note"), importNotes: r.list("importNotes")
        )
        if let adjusted, !adjustments.isEmpty, let node = r.nodeFor("adjustedBudget") {
            let computed = adjustments.reduce(budget ?? 0) { $0 + $1.signedAmount }
            if computed != adjusted {
                r.context.fail(node, r.fieldPath("adjustedBudget"),
                               "the printed adjusted budget \(adjusted) differs from budget ± adjustments, \(computed)")
            }
        }
        // A cut or a recovery larger than what there was to cut leaves a budget below zero, which no
        // table can print: it is a typo in an amount or a sign, never a figure to judge spending by.
        if adjusted == nil, !adjustments.isEmpty, adjustedBudget < 0, let node = r.nodeFor("adjustments") {
            r.context.fail(node, r.fieldPath("adjustments"),
                           "the adjustments take the budget below zero: \((budget ?? 0).plain) \(adjustments.map { ($0.signedAmount < 0 ? "− " : "+ ") + $0.amount.plain }.joined(separator: " ")) = \(adjustedBudget.plain) (a cut cannot be larger than the budget)")
        }
    }
}

extension BudgetAdjustment: JSONReadable {
    static let jsonFields = ["kind", "amount", "label"]

    init(reading r: ObjectReader) {
        self.init(kind: r.enumeration("kind", Kind.self) ?? .cut, amount: r.decimal("amount"), label: r.optionalString("label"))
    }
}

extension NamedAmount: JSONReadable {
    static let jsonFields = ["label", "amount"]

    init(reading r: ObjectReader) {
        self.init(label: r.string("label"), amount: r.decimal("amount"))
    }
}

extension Indicator: JSONReadable {
    static let jsonFields = [
        "id", "subProject", "level1", "level2", "name", "target", "actual", "deviationReason", "weight",
        "explicit", "note", "statedScore", "reviewScore", "nature", "targetValue", "unit", "importNotes",
    ]

    init(reading r: ObjectReader) {
        self.init(
            id: r.string("id"), subProject: r.optionalString("subProject"), level1: r.string("level1"),
            level2: r.string("level2"), name: r.string("name"),
            target: r.string("target", allowEmpty: true), actual: r.string("actual", allowEmpty: true),
            deviationReason: r.optionalString("deviationReason"), weight: r.optionalDecimal("weight"),
            explicit: r.nested("explicit"), note: r.optionalString("note"),
            statedScore: r.optionalDecimal("statedScore"), reviewScore: r.optionalDecimal("reviewScore"),
            nature: r.optionalString("nature"), targetValue: r.optionalString("targetValue"), unit: r.optionalString("unit"),
            importNotes: r.list("importNotes")
        )
        r.checkPoints([("weight", weight), ("statedScore", statedScore), ("reviewScore", reviewScore)])
    }
}

extension ImportNote: JSONReadable {
    static let jsonFields = ["severity", "place", "file", "field", "message"]

    init(reading r: ObjectReader) {
        self.init(
            r.enumeration("severity", Severity.self) ?? .info, place: r.string("place", allowEmpty: true),
            file: r.optionalString("file"), field: r.optionalString("field"), r.string("message")
        )
    }
}

extension FundingSource: JSONReadable {
    static let jsonFields = ["label", "budget", "adjustedBudget", "spent"]

    init(reading r: ObjectReader) {
        self.init(
            label: r.string("label"), budget: r.optionalDecimal("budget"),
            adjustedBudget: r.optionalDecimal("adjustedBudget"), spent: r.optionalDecimal("spent")
        )
    }
}

extension AnnualGoal: JSONReadable {
    static let jsonFields = ["expected", "actual"]

    init(reading r: ObjectReader) {
        self.init(expected: r.string("expected", allowEmpty: true), actual: r.string("actual", allowEmpty: true))
    }
}

extension PrintedSubtotal: JSONReadable {
    static let jsonFields = ["level1", "weight", "score"]

    init(reading r: ObjectReader) {
        self.init(level1: r.string("level1"), weight: r.optionalDecimal("weight"), score: r.optionalDecimal("score"))
        r.checkPoints([("weight", weight), ("score", score)])
    }
}

extension ExplicitValue: JSONReadable {
    static let jsonFields = ["actual", "unit", "status", "note"]

    init(reading r: ObjectReader) {
        self.init(
            actual: r.optionalDecimal("actual", nonNegative: false), unit: r.optionalString("unit"),
            status: r.optionalEnumeration("status", IndicatorStatus.self), note: r.string("note")
        )
        if actual == nil && status == nil {
            r.context.fail(r.node, r.path, "an explicit value needs \"actual\" or \"status\"")
        }
    }
}

extension Claim: JSONReadable {
    static let jsonFields = ["id", "kind", "scope", "value", "text", "quote"]

    init(reading r: ObjectReader) {
        let kind = r.enumeration("kind", Kind.self)
        self.init(
            id: r.string("id"), kind: kind ?? .grade,
            scope: r.nested("scope"), value: r.optionalDecimal("value", nonNegative: false),
            text: r.optionalString("text"), quote: r.string("quote")
        )
        guard let kind else { return }  // the error about the kind says enough
        if kind == .grade {
            if text == nil { r.context.fail(r.node, r.fieldPath("text"), "a claim of kind \"grade\" needs the stated grade in \"text\"") }
        } else if value == nil {
            r.context.fail(r.node, r.fieldPath("value"), "a claim of kind \"\(kind.rawValue)\" needs a numeric \"value\"")
        }
    }
}

extension ClaimScope: JSONReadable {
    static let jsonFields = ["level1", "level2", "subProject", "indicator"]

    init(reading r: ObjectReader) {
        self.init(
            level1: r.optionalString("level1"), level2: r.optionalString("level2"),
            subProject: r.optionalString("subProject"), indicator: r.optionalString("indicator")
        )
    }
}

extension Statement: JSONReadable {
    static let jsonFields = ["title", "text"]

    init(reading r: ObjectReader) {
        self.init(title: r.string("title", allowEmpty: true), text: r.string("text"))
    }
}

extension DepartmentFinance: JSONReadable {
    static let jsonFields = ["revenueBudget", "finalAccounts", "threePublic", "procurement", "assets", "runningCost"]

    init(reading r: ObjectReader) {
        self.init(
            revenueBudget: r.nested("revenueBudget"), finalAccounts: r.nested("finalAccounts"),
            threePublic: r.nested("threePublic"), procurement: r.nested("procurement"),
            assets: r.nested("assets"), runningCost: r.nested("runningCost")
        )
    }
}

extension Breakdown: JSONReadable {
    static let jsonFields = ["total", "parts", "note"]

    init(reading r: ObjectReader) {
        self.init(total: r.decimal("total"), parts: r.list("parts"), note: r.optionalString("note"))
    }
}

extension Assets: JSONReadable {
    static let jsonFields = [
        "total", "liabilities", "netAssets", "fixedAssetsOriginal", "fixedAssetsInUse", "utilizationRate",
    ]

    init(reading r: ObjectReader) {
        self.init(
            total: r.decimal("total"), liabilities: r.decimal("liabilities"),
            netAssets: r.decimal("netAssets", nonNegative: false),
            fixedAssetsOriginal: r.optionalDecimal("fixedAssetsOriginal"),
            fixedAssetsInUse: r.optionalDecimal("fixedAssetsInUse"),
            utilizationRate: r.optionalDecimal("utilizationRate")
        )
    }
}

extension RunningCost: JSONReadable {
    static let jsonFields = ["current", "previous", "statedChange"]

    init(reading r: ObjectReader) {
        self.init(
            current: r.decimal("current"), previous: r.decimal("previous"),
            statedChange: r.optionalDecimal("statedChange", nonNegative: false)
        )
    }
}
