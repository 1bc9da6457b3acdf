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
        (#"\ud800\u0041"#, "\u{FFFD}A"),
        (#"\ud83d\ude00!"#, "😀!"),
        (#"\udc00x"#, "\u{FFFD}x"),
        (#"a\"b\\c\/d\n\t\u4e2d"#, "a\"b\\c/d\n\t中"),
    ])
    func escapesAreDecodedAndALoneSurrogateTakesNothingAfterIt(escaped: String, text: String) throws {
        let (decoded, errors) = ReportLoader.decode(Self.document(name: Array(escaped.utf8)), file: "esc.json")
        #expect(errors.isEmpty)
        #expect(decoded?.reports.first?.title == text)
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
