import Foundation
import Testing
@testable import JixiaoCore

/// Files on one line (as other tools write them): the loader keeps byte offsets and finds a line and
/// column only for an error, so such a file reads as the same file indented, and its errors still
/// name line 1 and the right column (issue 9). Correctness only: speed is `make bench`'s.
@Suite("One-line files")
struct OneLineFileTests {
    /// One report of `count` sub-projects, each with one indicator, minified.
    static func oneLine(subProjects count: Int) -> String {
        var parts: [String] = []
        var indicators: [String] = []
        parts.reserveCapacity(count)
        for i in 0..<count {
            parts.append(#"{"id":"sp-\#(i)","name":"二级项目\#(i)","budget":100.5,"spent":90}"#)
            indicators.append(#"{"id":"ind-\#(i)","subProject":"sp-\#(i)","level1":"产出","level2":"数量指标","name":"扶持企业数量","target":"≥20 家","actual":"27 家"}"#)
        }
        return #"{"formatVersion":2,"reports":[{"id":"r1","title":"测试报告","department":"某局","scope":"某专项资金","year":2022,"kind":"projectFund","subProjects":["#
            + parts.joined(separator: ",") + #"],"indicators":["# + indicators.joined(separator: ",") + "]}]}"
    }

    @Test func twentyThousandSubProjectsOnOneLineValidate() throws {
        let text = Self.oneLine(subProjects: 20_000)
        #expect(!text.contains("\n"))
        let (file, errors) = ReportLoader.decode(Array(text.utf8), file: "one.json")
        #expect(errors.isEmpty)
        let report = try #require(file?.reports.first)
        #expect(report.subProjects.count == 20_000)
        #expect(report.indicators.count == 20_000)
        #expect(report.subProjects.last?.budget == Decimal(string: "100.5"))
    }

    /// The column of the first occurrence of `needle`, counted in characters as errors count them.
    static func column(of needle: String, in text: String) throws -> Int {
        let range = try #require(text.range(of: needle))
        return text.distance(from: text.startIndex, to: range.lowerBound) + 1
    }

    @Test func anErrorOnOneLineNamesLineOneAndItsColumn() throws {
        let text = Self.oneLine(subProjects: 3).replacingOccurrences(of: #""budget":100.5,"spent":90}]"#,
                                                                    with: #""budget":100.5,"spent":90,"spnet":1}]"#)
        let errors = ReportLoader.decode(Array(text.utf8), file: "one.json").1
        let error = try #require(errors.first)
        #expect(error.position == SourcePosition(line: 1, column: try Self.column(of: #"1}],"indicators""#, in: text)))
        #expect(error.description.contains("reports[0].subProjects[2].spnet"))
    }

    @Test func aSyntaxErrorOnOneLineNamesLineOneAndItsColumn() throws {
        let text = Self.oneLine(subProjects: 3).replacingOccurrences(of: #""spent":90},{"id":"sp-2""#, with: #""spent":90},,{"id":"sp-2""#)
        let errors = ReportLoader.decode(Array(text.utf8), file: "one.json").1
        let error = try #require(errors.first)
        #expect(error.position == SourcePosition(line: 1, column: try Self.column(of: #",{"id":"sp-2""#, in: text)))
        #expect(error.kind == .syntax)
    }

    @Test func errorsInEveryPlaceAreAllReported() throws {
        // Every sub-project's budget a string: 50 errors, each at its own column, in file order.
        let text = Self.oneLine(subProjects: 50).replacingOccurrences(of: #""budget":100.5"#, with: #""budget":"100.5""#)
        let errors = ReportLoader.decode(Array(text.utf8), file: "one.json").1
        #expect(errors.count == 50)
        let columns = errors.compactMap(\.position?.column)
        #expect(columns == columns.sorted() && Set(columns).count == 50)
        #expect(errors.allSatisfy { $0.position?.line == 1 })
    }
}

/// Byte offsets to lines and columns.
@Suite("SourceLocator")
struct SourceLocatorTests {
    @Test func linesAndCharacterColumns() {
        let bytes = Array("ab\n扶持x\n\nz".utf8)
        let locator = SourceLocator(bytes)
        #expect(locator.position(of: 0) == SourcePosition(line: 1, column: 1))
        #expect(locator.position(of: 3) == SourcePosition(line: 2, column: 1))
        // 扶 and 持 are three bytes each: x is the third character of line 2.
        #expect(locator.position(of: 9) == SourcePosition(line: 2, column: 3))
        #expect(locator.position(of: 11) == SourcePosition(line: 3, column: 1))
        #expect(locator.position(of: 12) == SourcePosition(line: 4, column: 1))
        // Asked out of order, the answers are the same.
        #expect(locator.position(of: 6) == SourcePosition(line: 2, column: 2))
        #expect(locator.position(of: 1) == SourcePosition(line: 1, column: 2))
    }

    @Test func aByteOrderMarkIsNoCharacter() {
        let locator = SourceLocator([0xEF, 0xBB, 0xBF] + Array("{}".utf8))
        #expect(locator.position(of: 3) == SourcePosition(line: 1, column: 1))
        #expect(locator.position(of: 4) == SourcePosition(line: 1, column: 2))
    }

    @Test func offsetsPastTheEndAreClamped() {
        let locator = SourceLocator(Array("ab".utf8))
        #expect(locator.position(of: 99) == SourcePosition(line: 1, column: 3))
    }
}
