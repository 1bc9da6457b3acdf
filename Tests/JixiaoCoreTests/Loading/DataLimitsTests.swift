import Foundation
import Testing
@testable import JixiaoCore

/// Values no table can print are errors naming their field, and inputs past the documented size are
/// refused at once (issue 12).
@Suite("Limits of a data file")
struct DataLimitsTests {
    /// The fund seed with one change made to its JSON, decoded.
    static func seed(_ change: (inout [String: Any]) -> Void) throws -> [LoadError] {
        let data = try Data(contentsOf: URL(fileURLWithPath: Paths.fund2022))
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        change(&object)
        let bytes = try JSONSerialization.data(withJSONObject: object)
        return ReportLoader.decode([UInt8](bytes), file: "seed.json").1
    }

    static func editReport(_ object: inout [String: Any], _ change: (inout [String: Any]) -> Void) {
        var reports = object["reports"] as! [[String: Any]]
        change(&reports[0])
        object["reports"] = reports
    }

    @Test func theSeedItselfIsWithinEveryLimit() throws {
        #expect(try Self.seed { _ in }.isEmpty)
    }

    @Test func aWeightAbove100IsAnError() throws {
        let errors = try Self.seed { Self.editReport(&$0) { report in
            var indicators = report["indicators"] as! [[String: Any]]
            indicators[2]["weight"] = NSDecimalNumber(string: "5e9")
            report["indicators"] = indicators
            report["weights"] = ["execution": 10, "output": 500, "effect": 30, "satisfaction": 10]
        } }
        let described = errors.map(\.description)
        #expect(described.contains { $0.contains("reports[0].indicators[2].weight: at most 100 points, found 5") }, "\(described)")
        #expect(described.contains { $0.contains("reports[0].weights.output: at most 100 points, found 500") }, "\(described)")
    }

    /// A figure past 10^15 (a weight of 5×10^29 was once graded 优; a spend of 10^38 万元 made totals lose
    /// digits) is refused: totals over a province stay exact only for figures of a sane size.
    @Test func aFigurePastTenToTheFifteenthIsAnError() throws {
        let errors = try Self.seed { Self.editReport(&$0) { report in
            var subProjects = report["subProjects"] as! [[String: Any]]
            subProjects[0]["spent"] = NSDecimalNumber(string: "99999999999999999999999999999999999999")
            subProjects[1]["budget"] = NSDecimalNumber(string: "1000000000000000")
            report["subProjects"] = subProjects
        } }.map(\.description)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.hasSuffix("reports[0].subProjects[0].spent: the number 99999999999999999999999999999999999999 is larger than any figure a report holds (at most 10^15)") == true, "\(errors)")
    }

    @Test func weightsAddingUpToMoreThan100AreAnError() throws {
        let errors = try Self.seed { Self.editReport(&$0) { $0["weights"] = ["execution": 10, "output": 90, "effect": 30, "satisfaction": 10] } }
        #expect(errors.map(\.description).contains { $0.contains("reports[0].weights: the four weights add up to 140, more than the 100 points of the scale") })
        #expect(try Self.seed { Self.editReport(&$0) { $0["weights"] = ["execution": 10, "output": 50, "effect": 30, "satisfaction": 0] } }.isEmpty,
                "less than 100 is a form that leaves a level out, not an error")
    }

    @Test func aCutLargerThanTheBudgetIsAnError() throws {
        let errors = try Self.seed { Self.editReport(&$0) { report in
            var subProjects = report["subProjects"] as! [[String: Any]]
            subProjects[1]["budget"] = 200
            subProjects[1].removeValue(forKey: "adjustedBudget")
            subProjects[1]["adjustments"] = [["kind": "cut", "amount": 500]]
            report["subProjects"] = subProjects
        } }
        let described = errors.map(\.description)
        #expect(described.contains { $0.contains("reports[0].subProjects[1].adjustments: the adjustments take the budget below zero: 200 − 500 = -300") }, "\(described)")
    }

    @Test func aTextLongerThanTheLimitIsRefusedWithoutBeingMade() throws {
        let errors = try Self.seed { Self.editReport(&$0) { report in
            report["title"] = String(repeating: "长", count: DataLimits.textBytes / 3 + 1)
        } }
        let described = errors.map(\.description)
        #expect(described.contains { $0.contains("reports[0].title: a text of \(3 * (DataLimits.textBytes / 3 + 1)) bytes, longer than the 1 MiB a field may hold") }, "\(described)")
    }

    /// A whole number too long for a machine integer is out of the range, not "not a whole number".
    @Test(arguments: ["1000000000000000000000000000000", "-99999999999999999999", "99999999999"])
    func aYearOfManyDigitsIsOutOfTheRange(literal: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Paths.fund2022))
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: #""year": 2022"#, with: #""year": \#(literal)"#)
        #expect(text.contains(literal))
        let errors = ReportLoader.decode(Array(text.utf8), file: "seed.json").1.map(\.description)
        #expect(errors.contains { $0.hasSuffix("reports[0].year: must be from 1949 to 2200, found \(literal)") }, "\(errors)")
    }

    /// An enumeration value or an id from the data is repeated in a message by its start only.
    @Test func longEnumerationsAndIdsAreShownCut() throws {
        let long = String(repeating: "x", count: 900_000)
        let errors = try Self.seed { Self.editReport(&$0) { report in
            report["kind"] = long
            var indicators = report["indicators"] as! [[String: Any]]
            indicators[0]["subProject"] = long
            report["indicators"] = indicators
        } }.map(\.message)
        let shown = "\"" + String(repeating: "x", count: 40) + "…\""
        #expect(errors.contains { $0.hasSuffix("found " + shown) }, "\(errors.map { $0.prefix(120) })")
        #expect(errors.contains("no sub-project has the id " + shown), "\(errors.map { $0.prefix(120) })")
        #expect(errors.allSatisfy { $0.count < 400 }, "\(errors.map(\.count))")
    }

    @Test func aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-huge-\(UUID().uuidString).json").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(truncate(path, off_t(DataLimits.fileBytes) + 1) == 0) // sparse: no disk is used
        let result = ReportLoader.load(paths: [path])
        #expect(result.errors.map(\.message) == ["is \(DataLimits.fileBytes + 1) bytes, larger than the 2 GiB a data file may be: split it into several files (a folder of files loads the same)"])
    }

    /// A file whose name is not UTF-8 (绩效自评 in GBK) is said to be so, not to be missing.
    @Test func aNameThatIsNotUTF8IsSaidSo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-names-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let name: [UInt8] = Array((folder + "/").utf8) + [0xBC, 0xA8, 0xD0, 0xA7, 0xD7, 0xD4, 0xC6, 0xC0] + Array(".json".utf8)
        let fd = (name.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
        #expect(fd >= 0)
        close(fd)
        let result = ReportLoader.load(paths: [folder])
        #expect(result.errors.map(\.message) == ["cannot be opened: its name is not UTF-8 (shown with � for the bytes that are not), and jixiao reads names as UTF-8: rename the file (convmv -f GBK -t UTF-8 renames such names)"])
    }

    @Test func linksToNothingAndLoopsOfLinksAreSaidSo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-links-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/a.json", withDestinationPath: folder + "/b.json")
        try FileManager.default.createSymbolicLink(atPath: folder + "/b.json", withDestinationPath: folder + "/a.json")
        try FileManager.default.createSymbolicLink(atPath: folder + "/c.json", withDestinationPath: folder + "/gone.json")
        let result = ReportLoader.load(paths: [folder + "/a.json", folder + "/c.json"])
        #expect(result.errors.map(\.message) == ["cannot be read: a loop of symbolic links (Too many levels of symbolic links)",
                                                 "a symbolic link to nothing (\(folder)/gone.json does not exist)"])
    }
}

/// A number with more significant digits than Decimal holds is an error, not silently rounded.
@Suite("Numbers held exactly")
struct ExactNumberTests {
    @Test(arguments: [("1234567890123456789012345678901234567891", 40), ("0.000123456789012345678901234567890123456789", 39),
                      ("100000000000000000000000000000000000000000", 1), ("12345678901234567890123456789012345678e2", 38), ("-0", 0)])
    func significantDigitsAreCounted(literal: String, digits: Int) {
        #expect(ObjectReader.significantDigits(literal) == digits)
    }

    /// A literal of a million digits is counted in one pass and shown cut in the message (counting it by
    /// removing zeros from a String took minutes).
    @Test(.timeLimit(.minutes(1))) func aMegabyteNumberIsCountedAtOnceAndShownCut() {
        let literal = "0." + String(repeating: "0", count: 1_000_000) + "1"
        #expect(ObjectReader.significantDigits(literal) == 1)
        #expect(ObjectReader.significantDigits("1" + String(repeating: "0", count: 100) + "2e5") == 102)
        let text = #"{"formatVersion":2,"reports":[{"id":"r","title":"t","department":"d","scope":"s","year":2022,"kind":"projectFund","subProjects":[{"id":"sp","name":"n","budget":1,"spent":"# + literal + "}]}]}"
        let errors = ReportLoader.decode(Array(text.utf8), file: "x.json").1.map(\.message)
        #expect(errors == ["the number 0.000000000000000000…000000000001 (1000003 characters) is out of range"], "\(errors.map { $0.prefix(200) })")
    }

    /// A long unknown field name is named by its start and size, and not measured against every known name.
    @Test(.timeLimit(.minutes(1))) func aLongUnknownFieldNameIsShownCut() {
        let key = String(repeating: "键", count: 400_000)
        let text = #"{"formatVersion":2,"reports":[{"id":"r","title":"t","department":"d","scope":"s","year":2022,"kind":"projectFund",""# + key + #"":1,"subProjects":[]}]}"#
        let errors = ReportLoader.decode(Array(text.utf8), file: "x.json").1.map(\.description)
        #expect(errors.count == 1)
        #expect(errors.first?.hasSuffix("reports[0].\(String(repeating: "键", count: 24))…(a name of 1200000 bytes): unknown field") == true, "\(errors.map { $0.prefix(200) })")
    }

    @Test func fortyDigitsAreRefused() {
        let text = #"{"formatVersion":2,"reports":[{"id":"r","title":"t","department":"d","scope":"s","year":2022,"kind":"projectFund","subProjects":[{"id":"sp","name":"n","budget":1,"spent":1234567890123456789012345678901234567891}]}]}"#
        let errors = ReportLoader.decode(Array(text.utf8), file: "x.json").1
        #expect(errors.map(\.message).contains("the number 1234567890123456789012345678901234567891 has 40 significant digits: at most 38 are held exactly"), "\(errors)")
    }
}
