import Foundation
import Testing
@testable import JixiaoCore

/// The byte-level parser: UTF-8 is checked as strings are scanned, escapes are decoded only when a
/// field is read, and a report file's reports are read one by one from tapes of their own.
@Suite("JSON parser")
struct JSONParserTests {
    static let prefix = Array(#"{"formatVersion":2,"reports":[{"id":"r1","title":""#.utf8)

    static func document(name: [UInt8]) -> [UInt8] {
        prefix + name + Array(#"","department":"某局","scope":"某专项资金","year":2022,"kind":"projectFund"}]}"#.utf8)
    }

    /// Bytes that are no UTF-8: GBK text, an overlong form, an encoded surrogate (CESU-8), a lead byte
    /// beyond U+10FFFF, a sequence cut short, a lone continuation byte.
    @Test(arguments: [
        ([0xD6, 0xD0, 0xCE, 0xC4], "D6 D0 CE C4"),
        ([0xC0, 0x80], "C0 80"),
        ([0xED, 0xA0, 0x80], "ED A0 80"),
        ([0xF5, 0x80, 0x80, 0x80], "F5 80 80 80"),
        ([0xE4, 0xB8], "E4 B8"),
        ([0x41, 0x80], "80"),
    ] as [([UInt8], String)])
    func textThatIsNotUTF8IsRefused(bytes: [UInt8], shown: String) throws {
        let file = Self.document(name: bytes)
        let (decoded, errors) = ReportLoader.decode(file, file: "gbk.json")
        #expect(decoded == nil)
        let error = try #require(errors.first)
        #expect(error.kind == .syntax)
        // The bad byte follows the ASCII prefix (and the "A" before a lone continuation byte).
        let offset = Self.prefix.count + (bytes.first == 0x41 ? 1 : 0)
        #expect(error.message.contains("not valid UTF-8"), "\(error.message)")
        #expect(error.message.contains("at byte offset \(offset) (bytes \(shown))"), "\(error.message)")
        #expect(error.position == SourcePosition(line: 1, column: offset + 1))
    }

    @Test func wellFormedSequencesOfEveryLengthAreRead() throws {
        let name = "é中😀"
        let (decoded, errors) = ReportLoader.decode(Self.document(name: Array(name.utf8)), file: "ok.json")
        #expect(errors.isEmpty)
        #expect(decoded?.reports.first?.title == name)
    }

    @Test(arguments: [
        (#"\ud83d\ude00!"#, "😀!"),
        (#"a\"b\\c\/d\n\t\u4e2d"#, "a\"b\\c/d\n\t中"),
    ])
    func escapesAreDecoded(escaped: String, text: String) throws {
        let (decoded, errors) = ReportLoader.decode(Self.document(name: Array(escaped.utf8)), file: "esc.json")
        #expect(errors.isEmpty)
        #expect(decoded?.reports.first?.title == text)
    }

    /// Half a UTF-16 pair alone is no character: refused where it stands, rather than read as U+FFFD
    /// (which lost the text without a word).
    @Test(arguments: [
        (#"\ud800\u0041"#, "\\uD800 is the first half of a UTF-16 pair without its second (\\uDC00–\\uDFFF): it is no character"),
        (#"x\ud800"#, "\\uD800 is the first half of a UTF-16 pair without its second (\\uDC00–\\uDFFF): it is no character"),
        (#"\ud800\ud800"#, "\\uD800 is the first half of a UTF-16 pair without its second (\\uDC00–\\uDFFF): it is no character"),
        (#"\udc00x"#, "\\uDC00 is the second half of a UTF-16 pair without its first (\\uD800–\\uDBFF): it is no character"),
    ])
    func aLoneSurrogateIsRefused(escaped: String, message: String) throws {
        let (decoded, errors) = ReportLoader.decode(Self.document(name: Array(escaped.utf8)), file: "esc.json")
        #expect(decoded == nil)
        #expect(errors.map(\.message) == [message])
        #expect(errors.first?.kind == .syntax)
        // At the escape's backslash (the prefix and the name before it are ASCII: a byte a column).
        let before = escaped.utf8.count - escaped.drop(while: { $0 == "x" }).utf8.count
        #expect(errors.first?.position == SourcePosition(line: 1, column: Self.prefix.count + before + 1))
    }

    @Test func aFieldNameWithAnEscapeIsStillTheField() throws {
        let text = #"{"formatVersion":2,"reports":[{"\u0069d":"r1","title":"t","department":"某局","scope":"某专项资金","year":2022,"kind":"projectFund"}]}"#
        let (decoded, errors) = ReportLoader.decode(Array(text.utf8), file: "key.json")
        #expect(errors.isEmpty)
        #expect(decoded?.reports.first?.id == "r1")
    }

    /// Reports are streamed from their own tapes; their errors still name the whole path, the file's
    /// line and column, and a consistency error points at its field.
    @Test func errorsInALaterReportNameItsPathAndPlace() throws {
        let report = #"{"id":"R","title":"t","department":"某局","scope":"某专项资金","year":2022,"kind":"projectFund","subProjects":[{"id":"s1","name":"甲","budget":1,"spent":1}],"indicators":[{"id":"i1","subProject":"S","level1":"产出","level2":"数量指标","name":"n","target":"≥1","actual":"1"}]}"#
        let text = "{\n\"formatVersion\": 2,\n\"reports\": [\n" + report.replacingOccurrences(of: #""R""#, with: #""r1""#).replacingOccurrences(of: #""S""#, with: #""s1""#)
            + ",\n" + report.replacingOccurrences(of: #""R""#, with: #""r2""#).replacingOccurrences(of: #""S""#, with: #""zz""#) + "\n]}"
        let errors = ReportLoader.decode(Array(text.utf8), file: "two.json").1
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(error.path == "reports[1].indicators[0].subProject")
        let line = text.split(separator: "\n", omittingEmptySubsequences: false)[4]
        let column = line.distance(from: line.startIndex, to: line.range(of: #""zz""#)!.lowerBound) + 1
        #expect(error.position == SourcePosition(line: 5, column: column))
    }

    @Test func aReportsMemberThatIsNoArrayIsReported() throws {
        let errors = ReportLoader.decode(Array(#"{"formatVersion":2,"reports":{"id":"r1"}}"#.utf8), file: "x.json").1
        #expect(errors.map(\.description).contains { $0.contains("reports: expected an array, found an object") })
        let empty = ReportLoader.decode(Array(#"{"formatVersion":2,"reports":[]}"#.utf8), file: "x.json").1
        #expect(empty.map(\.message) == ["must hold at least one report"])
    }
}

/// What the review of the byte-level loader found, each held here.
@Suite("JSON loader, reviewed cases")
struct JSONLoaderReviewTests {
    static let report = #"{"id":"r1","title":"t","department":"某局","scope":"某专项资金","year":2022,"kind":"projectFund"}"#

    @Test func onlyTheFirstReportsMemberIsRead() throws {
        var seen: [String] = []
        let text = #"{"formatVersion":2,"reports":["# + Self.report + #"],"reports":[{"id":"zz"}]}"#
        let (decoded, errors) = ReportLoader.decode(Array(text.utf8), file: "x.json") { seen.append($0.id) }
        #expect(errors.map(\.description) == ["x.json:1:\(text.distance(from: text.startIndex, to: text.range(of: #""reports":[{"id":"zz"#)!.lowerBound) + 11): reports: the field appears twice in the same object"])
        #expect(decoded?.reports.map(\.id) == ["r1"])
        #expect(seen == ["r1"])
        let emptyFirst = #"{"formatVersion":2,"reports":[],"reports":["# + Self.report + "]}"
        let messages = ReportLoader.decode(Array(emptyFirst.utf8), file: "x.json").1.map(\.message)
        #expect(messages.contains("must hold at least one report") && messages.contains("the field appears twice in the same object"))
    }

    /// A syntax error names the JSON path of the value it broke, so an error deep in a province's
    /// file names its report (the analyst's review: a line number alone told little).
    @Test func aSyntaxErrorNamesThePathOfTheValueItBroke() throws {
        let second = Self.report.replacingOccurrences(of: "r1", with: "r2")
            .replacingOccurrences(of: #""kind":"projectFund"}"#, with: #""kind":"projectFund","subProjects":[{"id":"s1","name":"甲","budget":1,,"spent":1}]}"#)
        let text = #"{"formatVersion":2,"reports":["# + Self.report + "," + second + "]}"
        let error = try #require(ReportLoader.decode(Array(text.utf8), file: "x.json").1.first)
        #expect(error.kind == .syntax)
        #expect(error.path == "reports[1].subProjects[0]")
        #expect(error.description.hasPrefix("x.json:1:"))
        #expect(error.description.contains(": reports[1].subProjects[0]: unexpected ','"))
        let escapedKey = #"{"formatVersion":2,"reports":[{"id":tru}]}"#
        #expect(ReportLoader.decode(Array(escapedKey.utf8), file: "x.json").1.first?.path == "reports[0].id")
    }

    @Test func aSyntaxErrorAfterSomeReportsRejectsTheWholeFile() throws {
        var seen = 0
        let text = #"{"formatVersion":2,"reports":["# + Self.report + "," + Self.report.replacingOccurrences(of: "r1", with: "r2") + ",}"
        let (decoded, errors) = ReportLoader.decode(Array(text.utf8), file: "x.json") { _ in seen += 1 }
        #expect(decoded == nil)
        #expect(errors.count == 1 && errors.first?.kind == .syntax)
        #expect(seen == 2)
    }

    /// Blank as Foundation's white space and line breaks say, as before: a zero-width space (pasted
    /// from Word or the web) too, but not a space carrying a combining mark.
    @Test(arguments: [("\\u200B", true), (" \\u3000\\t", true), ("   ", true), (" \\u0301", false), ("", true), ("\\u00A0", true), ("a", false), ("中文", false), ("\\u3000中", false), ("“”", false), (" \\n", true), ("\\ud83d\\ude00", false)])
    func blankTitlesAreRefused(title: String, blank: Bool) throws {
        let text = #"{"formatVersion":2,"reports":["# + Self.report.replacingOccurrences(of: #""title":"t""#, with: #""title":""# + title + #"""#) + "]}"
        let errors = ReportLoader.decode(Array(text.utf8), file: "x.json").1
        #expect(errors.contains { $0.path == "reports[0].title" && $0.message == "must not be empty" } == blank, "\(title)")
        let old = (try? JSONSerialization.jsonObject(with: Data("[\"\(title)\"]".utf8)) as? [String])?.first ?? "?"
        #expect(old.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == blank)
    }

    @Test func consistencyErrorsDeepInALongListPointAtTheirFields() throws {
        let indicators = (0..<300).map { i in
            #"{"id":"i\#(i)","subProject":"\#(i % 100 == 99 ? "nope\(i)" : "s1")","level1":"产出","level2":"数量指标","name":"n","target":"≥1","actual":"1"}"#
        }
        let body = String(Self.report.dropLast()) + #","subProjects":[{"id":"s1","name":"甲","budget":1,"spent":1}],"indicators":["# + indicators.joined(separator: ",\n") + "]}"
        let text = #"{"formatVersion":2,"reports":["# + body + "]}"
        let errors = ReportLoader.decode(Array(text.utf8), file: "x.json").1
        #expect(errors.map(\.path) == [99, 199, 299].map { "reports[0].indicators[\($0)].subProject" })
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (error, i) in zip(errors, [99, 199, 299]) {
            let line = lines[i]
            let column = line.distance(from: line.startIndex, to: line.range(of: "\"nope\(i)\"")!.lowerBound) + 1
            #expect(error.position == SourcePosition(line: i + 1, column: column))
        }
    }

    /// An object of many keys (as another tool may write) is indexed once; its duplicates and unknown
    /// fields are still all reported.
    @Test func anObjectOfManyKeysIsStillReadExactly() throws {
        let extra = (0..<100).map { #""x\#($0)":1"# }.joined(separator: ",")
        let body = String(Self.report.dropLast()) + "," + extra + #","title":"again"}"#
        let errors = ReportLoader.decode(Array((#"{"formatVersion":2,"reports":["# + body + "]}").utf8), file: "x.json").1
        #expect(errors.filter { $0.message.hasPrefix("unknown field") }.count == 100)
        #expect(errors.contains { $0.path == "reports[0].title" && $0.message == "the field appears twice in the same object" })
        #expect(!errors.contains { $0.path == "reports[0].id" })
    }

    /// A report is shown before its file is known to be clean only when nothing was wrong up to it:
    /// a wrong field is never drawn as a figure (the analyst's review at province scale).
    @Test func onlyReportsWithNothingWrongUpToThemAreSeenEarly() throws {
        let bad = Self.report.replacingOccurrences(of: #""year":2022"#, with: #""year":"2022""#).replacingOccurrences(of: "r1", with: "bad")
        let good = Self.report.replacingOccurrences(of: "r1", with: "good")
        for (order, expected) in [([bad, good], [String]()), ([good, bad], ["good"])] {
            var seen: [String] = []
            let text = #"{"formatVersion":2,"reports":["# + order.joined(separator: ",") + "]}"
            let errors = ReportLoader.decode(Array(text.utf8), file: "x.json") { seen.append($0.id) }.1
            #expect(errors.map(\.path) == ["reports[\(order[0] == bad ? 0 : 1)].year"])
            #expect(seen == expected)
        }
    }

    /// A file named twice, or a link to it beside it, is read once.
    @Test func aFileAndALinkToItAreReadOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jx-link-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.json")
        try Data((#"{"formatVersion":2,"reports":["# + Self.report + "]}").utf8).write(to: file)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("b.json").path, withDestinationPath: file.path)
        for paths in [[folder.path], [folder.path, file.path]] {
            let result = ReportLoader.load(paths: paths)
            #expect(result.errors.isEmpty)
            #expect(result.reports.map(\.report.id) == ["r1"])
        }
    }

    /// Plain decimals are made from their digits: the same values as `Decimal(string:)`, for every
    /// shape a data file writes, and anything else takes that slow way.
    @Test func plainDecimalsAreTheSameAsTheSlowWay() throws {
        var literals = ["0", "-0", "0.0", "-0.0", "1.50", "100", "0.001", "1234567890123456789", "12345678901234567890",
                        "9999999999999999999.5", "1e3", "2.5E-2", "-17.25", "0.30000000000000004"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let whole = String(UInt64.random(in: 0...999_999_999, using: &generator))
            let fraction = String(UInt64.random(in: 0...99_999, using: &generator))
            literals.append((Bool.random() ? "-" : "") + whole + (Bool.random() ? "." + fraction : ""))
        }
        for literal in literals {
            let text = #"{"formatVersion":2,"reports":["# + String(Self.report.dropLast()) + #","statedScore":"# + literal + "}]}"
            let (decoded, _) = ReportLoader.decode(Array(text.utf8), file: "x.json")
            let expected = Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX"))
            #expect(decoded?.reports.first?.statedScore == expected, "\(literal)")
            #expect(decoded?.reports.first?.statedScore?.description == expected?.description, "\(literal)")
        }
    }

    /// The data files are read before anything is imported, so a dashboard sees their first report
    /// while workbooks are still being converted; errors keep their order (the importer's first).
    @Test func dataFilesAreReadBeforeTheImport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jx-order-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data((#"{"formatVersion":2,"reports":["# + Self.report + "]}").utf8).write(to: folder.appendingPathComponent("a.json"))
        try Data("{".utf8).write(to: folder.appendingPathComponent("b.json"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("c.xlsx"))
        final class Seen: @unchecked Sendable { var reports = 0; var atImport = -1 }
        let seen = Seen()
        let result = ReportLoader.load(paths: [folder.path], extensions: ["json", "xlsx"], importer: { files in
            seen.atImport = seen.reports
            return ([], files.map { LoadError(kind: .importFailed, file: $0, position: nil, path: "", message: "no workbook") })
        }, onReport: { _ in seen.reports += 1 })
        #expect(seen.atImport == 1)
        #expect(result.reports.map(\.report.id) == ["r1"])
        #expect(result.errors.map(\.kind) == [.importFailed, .syntax])
    }
}
