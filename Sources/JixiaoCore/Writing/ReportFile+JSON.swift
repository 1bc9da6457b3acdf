import Foundation

/// Builds an object from fields in order, leaving out absent values and empty lists.
private struct Fields {
    var members: [(String, JSONValue)] = []

    mutating func add(_ key: String, _ value: String?) { if let value { members.append((key, .string(value))) } }
    mutating func add(_ key: String, _ value: Decimal?) { if let value { members.append((key, .number(value))) } }
    mutating func add(_ key: String, _ value: JSONValue?) { if let value { members.append((key, value)) } }
    mutating func add<T>(_ key: String, _ items: [T], _ json: (T) -> JSONValue) {
        if !items.isEmpty { members.append((key, .array(items.map(json)))) }
    }

    var json: JSONValue { .object(members) }
}

extension ReportFile {
    /// The file as the data format writes it (docs/data-format.md), fields in the documented order.
    public var json: JSONValue {
        var f = Fields()
        f.add("formatVersion", Decimal(formatVersion))
        f.members.append(("reports", .array(reports.map(\.json))))
        return f.json
    }
}

extension Report {
    var json: JSONValue {
        var f = Fields()
        f.add("id", id); f.add("title", title); f.add("department", department)
        f.add("implementingUnit", implementingUnit); f.add("scope", scope)
        f.add("year", Decimal(year)); f.add("kind", kind.rawValue); f.add("moneyUnit", moneyUnit)
        f.add("sourceMoneyUnit", sourceMoneyUnit)
        f.add("statedScore", statedScore); f.add("statedGrade", statedGrade); f.add("reviewScore", reviewScore)
        f.add("weights", weights.map { w -> JSONValue in
            ["execution": .number(w.execution), "output": .number(w.output), "effect": .number(w.effect),
             "satisfaction": .number(w.satisfaction)]
        })
        f.add("executionWeight", executionWeight); f.add("statedExecutionScore", statedExecutionScore)
        f.add("goal", goal.map { g -> JSONValue in ["expected": .string(g.expected), "actual": .string(g.actual)] })
        f.add("levelSubtotals", levelSubtotals) { s in
            var o = Fields(); o.add("level1", s.level1); o.add("weight", s.weight); o.add("score", s.score); return o.json
        }
        f.add("subProjects", subProjects, \.json)
        f.add("indicators", indicators, \.json)
        f.add("claims", claims, \.json)
        f.add("narrative", narrative, \.json); f.add("problems", problems, \.json)
        f.add("suggestions", suggestions, \.json); f.add("rectifications", rectifications, \.json)
        f.add("finance", finance.map(\.json))
        f.add("source", source); f.add("note", note)
        f.add("importNotes", importNotes, \.json)
        return f.json
    }
}

extension SubProject {
    var json: JSONValue {
        var f = Fields()
        f.add("id", id); f.add("name", name); f.add("budget", budget); f.add("adjustedBudget", statedAdjustedBudget)
        f.add("adjustments", adjustments) { a in
            var o = Fields(); o.add("kind", a.kind.rawValue); o.add("amount", a.amount); o.add("label", a.label); return o.json
        }
        f.add("budgetParts", budgetParts, \.json)
        f.add("spent", spent); f.add("pending", pending)
        f.add("funding", funding) { s in
            var o = Fields()
            o.add("label", s.label); o.add("budget", s.budget); o.add("adjustedBudget", s.adjustedBudget); o.add("spent", s.spent)
            return o.json
        }
        f.add("note", note); f.add("importNotes", importNotes, \.json)
        return f.json
    }
}

extension Indicator {
    var json: JSONValue {
        var f = Fields()
        f.add("id", id); f.add("subProject", subProject); f.add("level1", level1); f.add("level2", level2)
        f.add("name", name); f.add("nature", nature); f.add("targetValue", targetValue); f.add("unit", unit)
        f.add("target", target); f.add("actual", actual); f.add("weight", weight); f.add("statedScore", statedScore)
        f.add("reviewScore", reviewScore); f.add("deviationReason", deviationReason)
        f.add("explicit", explicit.map { e -> JSONValue in
            var o = Fields(); o.add("actual", e.actual); o.add("unit", e.unit); o.add("status", e.status?.rawValue)
            o.add("note", e.note); return o.json
        })
        f.add("note", note); f.add("importNotes", importNotes, \.json)
        return f.json
    }
}

extension ImportNote {
    var json: JSONValue {
        var f = Fields()
        f.add("severity", severity.rawValue); f.add("place", place); f.add("file", file); f.add("field", field)
        f.add("message", message)
        return f.json
    }
}

extension NamedAmount {
    var json: JSONValue { ["label": .string(label), "amount": .number(amount)] }
}

extension Statement {
    var json: JSONValue { ["title": .string(title), "text": .string(text)] }
}

extension Claim {
    var json: JSONValue {
        var f = Fields()
        f.add("id", id); f.add("kind", kind.rawValue)
        f.add("scope", scope.map { s -> JSONValue in
            var o = Fields(); o.add("level1", s.level1); o.add("level2", s.level2); o.add("subProject", s.subProject)
            o.add("indicator", s.indicator); return o.json
        })
        f.add("value", value); f.add("text", text); f.add("quote", quote)
        return f.json
    }
}

extension Breakdown {
    var json: JSONValue {
        var f = Fields()
        f.add("total", total); f.add("parts", parts, \.json); f.add("note", note)
        return f.json
    }
}

extension DepartmentFinance {
    var json: JSONValue {
        var f = Fields()
        f.add("revenueBudget", revenueBudget?.json); f.add("finalAccounts", finalAccounts?.json)
        f.add("threePublic", threePublic?.json); f.add("procurement", procurement?.json)
        f.add("assets", assets.map { a -> JSONValue in
            var o = Fields()
            o.add("total", a.total); o.add("liabilities", a.liabilities); o.add("netAssets", a.netAssets)
            o.add("fixedAssetsOriginal", a.fixedAssetsOriginal); o.add("fixedAssetsInUse", a.fixedAssetsInUse)
            o.add("utilizationRate", a.utilizationRate)
            return o.json
        })
        f.add("runningCost", runningCost.map { c -> JSONValue in
            var o = Fields(); o.add("current", c.current); o.add("previous", c.previous); o.add("statedChange", c.statedChange)
            return o.json
        })
        return f.json
    }
}
