import Foundation
import Testing
@testable import JixiaoCore

/// Keeps docs/schema.json in step with the loader: the same fields, the same required fields,
/// the same enumerations and the same sign rules. The required fields are not read from the
/// schema and trusted; they are found by asking the loader itself, one removed field at a time.
@Suite("JSON Schema matches the loader")
struct SchemaTests {
    /// Every object type of the format, by its name in the schema's `$defs`.
    static let typeNames = [
        "ReportFile", "Report", "SubProject", "BudgetAdjustment", "NamedAmount", "Indicator", "ExplicitValue",
        "Claim", "ClaimScope", "Statement", "Weights", "DepartmentFinance", "Breakdown", "Assets", "RunningCost",
        "ImportNote", "FundingSource", "AnnualGoal", "PrintedSubtotal",
    ]

    static func jsonFields(_ type: String) -> [String] {
        switch type {
        case "ReportFile": ReportFile.jsonFields
        case "Report": Report.jsonFields
        case "SubProject": SubProject.jsonFields
        case "BudgetAdjustment": BudgetAdjustment.jsonFields
        case "NamedAmount": NamedAmount.jsonFields
        case "Indicator": Indicator.jsonFields
        case "ExplicitValue": ExplicitValue.jsonFields
        case "Claim": Claim.jsonFields
        case "ClaimScope": ClaimScope.jsonFields
        case "Statement": Statement.jsonFields
        case "Weights": Weights.jsonFields
        case "DepartmentFinance": DepartmentFinance.jsonFields
        case "Breakdown": Breakdown.jsonFields
        case "Assets": Assets.jsonFields
        case "RunningCost": RunningCost.jsonFields
        case "ImportNote": ImportNote.jsonFields
        case "FundingSource": FundingSource.jsonFields
        case "AnnualGoal": AnnualGoal.jsonFields
        case "PrintedSubtotal": PrintedSubtotal.jsonFields
        default: fatalError("no such type \(type)")
        }
    }

    // MARK: Reading the schema

    static func schema() throws -> [String: Any] {
        let url = Paths.docs.appendingPathComponent("schema.json")
        let data = try Data(contentsOf: url)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func definition(_ type: String) throws -> [String: Any] {
        let defs = try #require(try schema()["$defs"] as? [String: Any])
        return try #require(defs[type] as? [String: Any], "no $defs.\(type) in docs/schema.json")
    }

    static func properties(_ type: String) throws -> [String: [String: Any]] {
        let properties = try #require(try definition(type)["properties"] as? [String: Any])
        return try properties.mapValues { try #require($0 as? [String: Any]) }
    }

    static func required(_ type: String) throws -> Set<String> {
        Set(try #require(try definition(type)["required"] as? [String], "$defs.\(type) has no required array"))
    }

    // MARK: Sample objects

    /// An object of the type with every field of the format set to a valid value.
    static func full(_ type: String) -> [String: Any] {
        switch type {
        case "ReportFile":
            return ["formatVersion": 2, "reports": [minimal("Report")]]
        case "Report":
            return [
                "id": "r1", "title": "测试报告", "department": "某局", "scope": "某专项资金", "year": 2022,
                "kind": "projectFund", "moneyUnit": "万元", "statedScore": 96, "statedGrade": "优",
                "weights": full("Weights"), "subProjects": [full("SubProject")],
                // No references here, so that removing `subProjects` leaves nothing dangling.
                "indicators": [minimal("Indicator")], "claims": [minimal("Claim")],
                "narrative": [full("Statement")], "problems": [full("Statement")],
                "suggestions": [full("Statement")], "rectifications": [full("Statement")],
                "finance": full("DepartmentFinance"), "source": "来源", "note": "备注",
                "implementingUnit": "某中心", "sourceMoneyUnit": "元", "executionWeight": 10, "statedExecutionScore": 9.5,
                "reviewScore": 90, "goal": full("AnnualGoal"), "levelSubtotals": [full("PrintedSubtotal")],
                "importNotes": [full("ImportNote")],
            ]
        case "SubProject":
            return [
                "id": "sp-01", "name": "子项目一", "budget": 100, "adjustedBudget": 90, "adjustments": [full("BudgetAdjustment")],
                "budgetParts": [full("NamedAmount")], "spent": 90.5, "pending": 5, "funding": [full("FundingSource")],
                "note": "备注", "importNotes": [full("ImportNote")],
            ]
        case "BudgetAdjustment":
            return ["kind": "recovered", "amount": 10, "label": "年中市财政收回"]
        case "NamedAmount":
            return ["label": "市本级", "amount": 60]
        case "Indicator":
            return [
                "id": "ind-01", "subProject": "sp-01", "level1": "产出", "level2": "数量指标", "name": "扶持企业数量",
                "target": "≥20 家", "actual": "27 家", "deviationReason": "原因", "weight": 10,
                "explicit": full("ExplicitValue"), "note": "备注", "statedScore": 8, "reviewScore": 7.5, "nature": "≥",
                "targetValue": "20", "unit": "家", "importNotes": [full("ImportNote")],
            ]
        case "ExplicitValue":
            return ["actual": 27, "unit": "家", "status": "met", "note": "依据"]
        case "Claim":
            return [
                "id": "c-01", "kind": "selfScore", "scope": ["level1": "产出"], "value": 96, "text": "九十六分",
                "quote": "绩效自评分数为 96分",
            ]
        case "ClaimScope":
            return ["level1": "产出", "level2": "数量指标", "subProject": "sp-01", "indicator": "ind-01"]
        case "Statement":
            return ["title": "标题", "text": "正文"]
        case "Weights":
            return ["execution": 10, "output": 50, "effect": 30, "satisfaction": 10]
        case "DepartmentFinance":
            return [
                "revenueBudget": full("Breakdown"), "finalAccounts": full("Breakdown"), "threePublic": full("Breakdown"),
                "procurement": full("Breakdown"), "assets": full("Assets"), "runningCost": full("RunningCost"),
            ]
        case "Breakdown":
            return ["total": 100, "parts": [full("NamedAmount")], "note": "备注"]
        case "Assets":
            return [
                "total": 300, "liabilities": 100, "netAssets": 200, "fixedAssetsOriginal": 50,
                "fixedAssetsInUse": 50, "utilizationRate": 100,
            ]
        case "RunningCost":
            return ["current": 132.32, "previous": 171.02, "statedChange": -22.63]
        case "ImportNote":
            return ["severity": "info", "place": "表1!C7", "file": "某局.xlsx", "field": "target", "message": "目标由三列合并"]
        case "FundingSource":
            return ["label": "当年财政拨款", "budget": 100, "adjustedBudget": 90, "spent": 85]
        case "AnnualGoal":
            return ["expected": "完成改造 20 家", "actual": "完成改造 21 家"]
        case "PrintedSubtotal":
            return ["level1": "产出指标", "weight": 50, "score": 48]
        default:
            fatalError("no such type \(type)")
        }
    }

    /// Fields a valid object needs beyond its required ones, by the loader's cross-field rules.
    static let conditionalExtras: [String: [String]] = [
        "Claim": ["value"],  // a claim of any kind but grade needs a value
        "ExplicitValue": ["actual"],  // an explicit value needs actual or status
        "SubProject": ["budget"],  // a sub-project needs budget or adjustedBudget
    ]

    /// The full object cut down to the fields the loader requires (hard-coded, so the schema is checked, not trusted).
    static func minimal(_ type: String) -> [String: Any] {
        let keep: [String: [String]] = [
            "Report": ["id", "title", "department", "scope", "year", "kind"],
            "SubProject": ["id", "name", "budget", "spent"],
            "Indicator": ["id", "level1", "level2", "name", "target", "actual"],
            "ExplicitValue": ["note", "actual"],
            "Claim": ["id", "kind", "quote", "value"],
        ]
        guard let fields = keep[type] else { return full(type) }
        return full(type).filter { fields.contains($0.key) }
    }

    /// A whole data file holding `object` as a value of type `type`, and the JSON path the loader gives that object.
    static func host(_ type: String, _ object: [String: Any]) -> (file: [String: Any], path: String) {
        func file(_ reportFields: [String: Any]) -> [String: Any] {
            ["formatVersion": 2, "reports": [minimal("Report").merging(reportFields) { $1 }]]
        }
        let subProject = minimal("SubProject")
        let indicator = minimal("Indicator")
        switch type {
        case "ReportFile":
            return (object, "")
        case "Report":
            return (["formatVersion": 2, "reports": [object]], "reports[0]")
        case "SubProject":
            return (file(["subProjects": [object]]), "reports[0].subProjects[0]")
        case "BudgetAdjustment":
            return (file(["subProjects": [subProject.merging(["adjustments": [object]]) { $1 }]]),
                    "reports[0].subProjects[0].adjustments[0]")
        case "NamedAmount":
            return (file(["subProjects": [subProject.merging(["budgetParts": [object]]) { $1 }]]),
                    "reports[0].subProjects[0].budgetParts[0]")
        case "Indicator":
            return (file(["subProjects": [subProject], "indicators": [object]]), "reports[0].indicators[0]")
        case "ExplicitValue":
            return (file(["indicators": [indicator.merging(["explicit": object]) { $1 }]]), "reports[0].indicators[0].explicit")
        case "Claim":
            return (file(["claims": [object]]), "reports[0].claims[0]")
        case "ClaimScope":
            return (file([
                "subProjects": [subProject], "indicators": [indicator],
                "claims": [minimal("Claim").merging(["scope": object]) { $1 }],
            ]), "reports[0].claims[0].scope")
        case "Statement":
            return (file(["narrative": [object]]), "reports[0].narrative[0]")
        case "Weights":
            return (file(["weights": object]), "reports[0].weights")
        case "DepartmentFinance":
            return (file(["finance": object]), "reports[0].finance")
        case "Breakdown":
            return (file(["finance": ["revenueBudget": object]]), "reports[0].finance.revenueBudget")
        case "Assets":
            return (file(["finance": ["assets": object]]), "reports[0].finance.assets")
        case "RunningCost":
            return (file(["finance": ["runningCost": object]]), "reports[0].finance.runningCost")
        case "ImportNote":
            return (file(["importNotes": [object]]), "reports[0].importNotes[0]")
        case "FundingSource":
            return (file(["subProjects": [subProject.merging(["funding": [object]]) { $1 }]]),
                    "reports[0].subProjects[0].funding[0]")
        case "AnnualGoal":
            return (file(["goal": object]), "reports[0].goal")
        case "PrintedSubtotal":
            return (file(["levelSubtotals": [object]]), "reports[0].levelSubtotals[0]")
        default:
            fatalError("no such type \(type)")
        }
    }

    struct Problem: Equatable, CustomStringConvertible {
        var path: String
        var message: String
        var description: String { "\(path): \(message)" }
    }

    /// What the loader says about a file holding `object` as a `type`.
    static func problems(_ type: String, _ object: [String: Any]) throws -> [Problem] {
        let (file, _) = host(type, object)
        let data = try JSONSerialization.data(withJSONObject: file, options: [.sortedKeys])
        return ReportLoader.decode([UInt8](data), file: "t.json").1.map { Problem(path: $0.path, message: $0.message) }
    }

    static func fieldPath(_ type: String, _ field: String) -> String {
        let base = host(type, [:]).path
        return base.isEmpty ? field : "\(base).\(field)"
    }

    // MARK: Tests

    @Test func theSchemaDefinesExactlyTheFormatsTypes() throws {
        let schema = try Self.schema()
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema["$ref"] as? String == "#/$defs/ReportFile")
        let defs = try #require(schema["$defs"] as? [String: Any])
        #expect(Set(defs.keys) == Set(Self.typeNames + ["IndicatorStatus"]))
    }

    @Test(arguments: typeNames)
    func propertiesAreExactlyTheJSONFields(_ type: String) throws {
        let definition = try Self.definition(type)
        #expect(definition["type"] as? String == "object")
        #expect(definition["additionalProperties"] as? Bool == false, "\(type) must forbid unknown fields")
        let properties = try Self.properties(type)
        #expect(properties.keys.sorted() == Self.jsonFields(type).sorted())
        for (name, property) in properties {
            let description = property["description"] as? String ?? ""
            #expect(!description.isEmpty, "\(type).\(name) has no description")
        }
    }

    @Test(arguments: typeNames)
    func theSampleObjectsAreValid(_ type: String) throws {
        #expect(try Self.problems(type, Self.full(type)) == [])
        let keep = try Self.required(type).union(Self.conditionalExtras[type, default: []])
        let minimal = Self.full(type).filter { keep.contains($0.key) }
        #expect(try Self.problems(type, minimal) == [], "the schema's required fields of \(type) are not enough")
    }

    /// Removes each field in turn: the loader says "missing required field" for exactly the schema's required ones.
    @Test(arguments: typeNames)
    func requiredFieldsAreTheOnesTheLoaderRequires(_ type: String) throws {
        let full = Self.full(type)
        #expect(Set(full.keys) == Set(Self.jsonFields(type)), "the sample \(type) should set every field")
        var requiredByLoader: Set<String> = []
        for field in Self.jsonFields(type) {
            var object = full
            object.removeValue(forKey: field)
            let problems = try Self.problems(type, object)
            let missing = Problem(path: Self.fieldPath(type, field), message: "missing required field")
            if problems.contains(missing) {
                requiredByLoader.insert(field)
                #expect(problems == [missing], "removing \(type).\(field) should give only one error")
            } else {
                #expect(!problems.contains { $0.message == "missing required field" }, "removing \(type).\(field): \(problems)")
            }
        }
        #expect(requiredByLoader == (try Self.required(type)))
    }

    /// Sets each number to -1: the loader objects exactly where the schema has `minimum: 0`.
    @Test(arguments: typeNames)
    func nonNegativeNumbersAreTheOnesWithMinimumZero(_ type: String) throws {
        for (field, property) in try Self.properties(type) where property["type"] as? String == "number" {
            var object = Self.full(type)
            object[field] = -1
            let rejected = try Self.problems(type, object)
                .contains(Problem(path: Self.fieldPath(type, field), message: "must not be negative, found -1"))
            let minimum = (property["minimum"] as? NSNumber)?.intValue
            #expect(rejected == (minimum == 0), "\(type).\(field): loader rejects -1: \(rejected); schema minimum: \(String(describing: minimum))")
        }
    }

    @Test func enumerationsAreTheModelsCases() throws {
        func values(_ property: [String: Any]?) -> [String] { property?["enum"] as? [String] ?? [] }
        #expect(values(try Self.properties("Report")["kind"]) == Report.Kind.allCases.map(\.rawValue))
        #expect(values(try Self.properties("BudgetAdjustment")["kind"]) == BudgetAdjustment.Kind.allCases.map(\.rawValue))
        #expect(values(try Self.properties("Claim")["kind"]) == Claim.Kind.allCases.map(\.rawValue))
        #expect(values(try Self.definition("IndicatorStatus")) == IndicatorStatus.allCases.map(\.rawValue))
        #expect(try Self.properties("ExplicitValue")["status"]?["$ref"] as? String == "#/$defs/IndicatorStatus")
        #expect(values(try Self.properties("ImportNote")["severity"]) == ImportNote.Severity.allCases.map(\.rawValue))
    }

    @Test func aSubProjectNeedsBudgetOrAdjustedBudget() throws {
        let options = try #require(try Self.definition("SubProject")["anyOf"] as? [[String: Any]])
        #expect(options.map { $0["required"] as? [String] ?? [] } == [["budget"], ["adjustedBudget"]])
        let base: [String: Any] = ["id": "sp-01", "name": "项目", "spent": 1]
        #expect(try Self.problems("SubProject", base).map(\.message) == ["missing required field"])
        #expect(try Self.problems("SubProject", base.merging(["adjustedBudget": 3.36]) { $1 }) == [])
        #expect(try Self.problems("SubProject", base.merging(["budget": 3]) { $1 }) == [])
        // A printed adjusted budget must agree with named adjustments.
        let both = base.merging(["budget": 100, "adjustedBudget": 95, "adjustments": [["kind": "cut", "amount": 10]]]) { $1 }
        #expect(try Self.problems("SubProject", both).map(\.path) == ["reports[0].subProjects[0].adjustedBudget"])
    }

    @Test func formatVersionsOneAndTwoLoad() throws {
        let schema = try Self.properties("ReportFile")["formatVersion"]
        #expect(schema?["enum"] as? [Int] == [1, 2])
        for version in [1, 2] {
            #expect(try Self.problems("ReportFile", ["formatVersion": version, "reports": [Self.minimal("Report")]]) == [])
        }
        #expect(try Self.problems("ReportFile", ["formatVersion": 3, "reports": [Self.minimal("Report")]]).count == 1)
    }

    @Test func aGradeClaimNeedsTextAndAnyOtherNeedsValue() throws {
        let claim = try Self.definition("Claim")
        let condition = try #require(claim["if"] as? [String: Any])
        let kind = (condition["properties"] as? [String: Any])?["kind"] as? [String: Any]
        #expect(kind?["const"] as? String == "grade")
        #expect((claim["then"] as? [String: Any])?["required"] as? [String] == ["text"])
        #expect((claim["else"] as? [String: Any])?["required"] as? [String] == ["value"])

        let grade: [String: Any] = ["id": "c-01", "kind": "grade", "text": "优", "quote": "绩效等级为优。"]
        #expect(try Self.problems("Claim", grade) == [])
        #expect(try Self.problems("Claim", grade.filter { $0.key != "text" }).map(\.path) == ["reports[0].claims[0].text"])
        for kind in Claim.Kind.allCases where kind != .grade {
            let claim: [String: Any] = ["id": "c-01", "kind": kind.rawValue, "text": "x", "quote": "原文"]
            #expect(try Self.problems("Claim", claim).map(\.path) == ["reports[0].claims[0].value"], "\(kind)")
            #expect(try Self.problems("Claim", claim.merging(["value": 1]) { $1 }) == [], "\(kind)")
        }
    }

    @Test func anExplicitValueNeedsActualOrStatus() throws {
        let options = try #require(try Self.definition("ExplicitValue")["anyOf"] as? [[String: Any]])
        #expect(options.map { $0["required"] as? [String] ?? [] } == [["actual"], ["status"]])
        #expect(try Self.problems("ExplicitValue", ["note": "依据"]).count == 1)
        #expect(try Self.problems("ExplicitValue", ["note": "依据", "actual": -3]) == [])
        #expect(try Self.problems("ExplicitValue", ["note": "依据", "status": "review"]) == [])
    }
}
