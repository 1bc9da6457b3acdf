import Foundation
import Testing
@testable import JixiaoCore

/// Each malformed file and the exact error it must give.
@Suite("Malformed data files")
struct MalformedFileTests {
    /// A small valid file; cases below change one thing in it.
    static let valid = """
    {
      "formatVersion": 1,
      "reports": [
        {
          "id": "r1", "title": "测试报告", "department": "某局", "scope": "某专项资金",
          "year": 2022, "kind": "projectFund",
          "subProjects": [
            {"id": "sp-01", "name": "子项目一", "budget": 100.00, "spent": 90.50}
          ],
          "indicators": [
            {"id": "ind-01", "subProject": "sp-01", "level1": "产出", "level2": "数量指标",
             "name": "扶持企业数量", "target": "≥20 家", "actual": "27 家"}
          ]
        }
      ]
    }
    """

    static func errors(_ text: String) -> [String] {
        ReportLoader.decode(Array(text.utf8), file: "t.json").1.map(\.description)
    }

    @Test func theBaseFileIsValid() {
        #expect(Self.errors(Self.valid) == [])
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var expected: [String]
        var testDescription: String { name }
    }

    static func replacing(_ old: String, _ new: String) -> String {
        precondition(valid.contains(old), old)
        return valid.replacingOccurrences(of: old, with: new)
    }

    static let cases: [Case] = [
        Case(name: "empty file", text: "", expected: ["t.json:1:1: the file is empty: expected a JSON object"]),
        Case(name: "only white space", text: "  \n ", expected: ["t.json:2:2: the file is empty: expected a JSON object"]),
        Case(name: "cut off", text: "{\"formatVersion\": 1, \"reports\": [",
             expected: ["t.json:1:34: reports[0]: unexpected end of file: expected a value"]),
        Case(name: "trailing comma", text: replacing("\"spent\": 90.50}", "\"spent\": 90.50,}"),
             expected: ["t.json:8:74: reports[0].subProjects[0]: unexpected '}': expected a field name in double quotes"]),
        Case(name: "wrong type", text: replacing("\"budget\": 100.00", "\"budget\": \"abc\""),
             expected: ["t.json:8:51: reports[0].subProjects[0].budget: expected a decimal number, found \"abc\""]),
        Case(name: "missing field", text: replacing(", \"spent\": 90.50", ""),
             expected: ["t.json:8:9: reports[0].subProjects[0].spent: missing required field"]),
        Case(name: "negative amount", text: replacing("\"spent\": 90.50", "\"spent\": -90.50"),
             expected: ["t.json:8:68: reports[0].subProjects[0].spent: must not be negative, found -90.50"]),
        Case(name: "unknown field with a hint", text: replacing("\"budget\": 100.00", "\"budjet\": 100.00"),
             expected: [
                "t.json:8:9: reports[0].subProjects[0].budget: missing required field",
                "t.json:8:51: reports[0].subProjects[0].budjet: unknown field (did you mean \"budget\"?)",
             ]),
        Case(name: "bad enumeration", text: replacing("\"projectFund\"", "\"project\""),
             expected: ["t.json:6:29: reports[0].kind: expected one of \"projectFund\", \"department\", found \"project\""]),
        Case(name: "dangling sub-project", text: replacing("\"subProject\": \"sp-01\"", "\"subProject\": \"sp-99\""),
             expected: ["t.json:11:40: reports[0].indicators[0].subProject: no sub-project has the id \"sp-99\""]),
        Case(name: "duplicate indicator id",
             text: replacing("\"actual\": \"27 家\"}", "\"actual\": \"27 家\"}, {\"id\": \"ind-01\", \"level1\": \"产出\", \"level2\": \"质量指标\", \"name\": \"n\", \"target\": \"100%\", \"actual\": \"100%\"}"),
             expected: ["t.json:12:73: reports[0].indicators[1].id: duplicate indicator id \"ind-01\" (first used at reports[0].indicators[0])"]),
        Case(name: "not an object", text: "[1, 2]", expected: ["t.json:1:1: expected an object, found an array"]),
        Case(name: "no reports", text: "{\"formatVersion\": 1, \"reports\": []}",
             expected: ["t.json:1:33: reports: must hold at least one report"]),
        Case(name: "unsupported version", text: replacing("\"formatVersion\": 1", "\"formatVersion\": 3"),
             expected: ["t.json:2:20: formatVersion: must be from 1 to 2, found 3"]),
        Case(name: "several problems at once",
             text: replacing("\"budget\": 100.00, \"spent\": 90.50", "\"budget\": true, \"spent\": \"x\"")
                .replacingOccurrences(of: "\"year\": 2022", with: "\"year\": \"2022\""),
             expected: [
                "t.json:6:15: reports[0].year: expected a whole number, found \"2022\"",
                "t.json:8:51: reports[0].subProjects[0].budget: expected a decimal number, found true",
                "t.json:8:66: reports[0].subProjects[0].spent: expected a decimal number, found \"x\"",
             ]),
    ]

    @Test(arguments: cases)
    func givesExactlyTheExpectedErrors(_ c: Case) {
        #expect(Self.errors(c.text) == c.expected)
    }

    @Test func aFolderWithOneBadFileStillLoadsTheGoodOnes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.valid.write(to: folder.appendingPathComponent("a.json"), atomically: true, encoding: .utf8)
        try "{".write(to: folder.appendingPathComponent("b.json"), atomically: true, encoding: .utf8)
        let result = ReportLoader.load(paths: [folder.path])
        #expect(result.reports.map(\.report.id) == ["r1"])
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.file.hasSuffix("b.json") == true)
        #expect(!result.hasMissingPath)
    }

    @Test func aMissingPathIsReportedAsMissing() {
        let result = ReportLoader.load(paths: ["/no/such/place.json"])
        #expect(result.hasMissingPath)
        #expect(result.errors.map(\.description) == ["/no/such/place.json: no such file or folder"])
    }

    @Test func aReportIdUsedInTwoFilesIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.valid.write(to: folder.appendingPathComponent("a.json"), atomically: true, encoding: .utf8)
        try Self.valid.write(to: folder.appendingPathComponent("b.json"), atomically: true, encoding: .utf8)
        let result = ReportLoader.load(paths: [folder.path])
        #expect(result.reports.count == 1)
        #expect(result.errors.map(\.description) == ["\(folder.path)/b.json:5:13: reports[0].id: report id \"r1\" is already used in \(folder.path)/a.json"])
    }

    @Test func aReportIdUsedTwiceInOneFileIsAnError() {
        let report = Self.valid.components(separatedBy: "\"reports\": [")[1].components(separatedBy: "\n  ]\n}")[0]
        let twice = "{\"formatVersion\": 1, \"reports\": [\(report), \(report)]}"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: folder) }
        try? twice.write(to: folder, atomically: true, encoding: .utf8)
        let result = ReportLoader.load(paths: [folder.path])
        #expect(result.reports.isEmpty)
        #expect(result.errors.map(\.message) == ["report id \"r1\" is already used in reports[0] of the same file"])
    }

    @Test func aFileNamedTwiceIsReadOnce() throws {
        let result = ReportLoader.load(paths: [Paths.data.path, Paths.fund2022, Paths.data.path + "/"])
        #expect(result.errors.isEmpty, "\(result.errors.map(\.description))")
        #expect(result.reports.count == 2)
    }
}
