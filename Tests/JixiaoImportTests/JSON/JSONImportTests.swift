import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoImport

/// `jixiao import` rewrites a data file saved in another encoding as UTF-8 (issue 12): the error of
/// `validate` on such a file says to do this.
@Suite("Importing a data file in another encoding")
struct JSONImportTests {
    static func seedText() throws -> String {
        try String(contentsOfFile: Fixtures.data.appendingPathComponent("2022-jiangmen-industry-fund.json").path, encoding: .utf8)
    }

    static func write(_ data: Data) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-json-import-\(UUID().uuidString).json").path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: ["GB18030", "UTF-16LE", "UTF-16BE"])
    func aSeedInAnotherEncodingImportsAsTheSeed(name: String) throws {
        let text = try Self.seedText()
        let path = try Self.write(Data(try #require(TextDecoding.iconv(Array(text.utf8), from: "UTF-8", to: name))))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (original, _) = ReportLoader.decode(Array(text.utf8), file: "seed.json")
        let result = Importer.run(files: [path], options: ImportOptions(encoding: name))
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.reports == original?.reports)
    }

    /// Without --encoding, UTF-16 with or without a mark and GB18030 are read as such, and the import
    /// says what it read them as.
    @Test(arguments: ["GB18030", "UTF-16BE"])
    func anotherEncodingIsFoundAndSaid(name: String) throws {
        let text = try Self.seedText()
        let path = try Self.write(Data(try #require(TextDecoding.iconv(Array(text.utf8), from: "UTF-8", to: name))))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = Importer.run(files: [path])
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.reports.count == 1)
        #expect(result.notes.map(\.message) == ["read as \(name)"])
    }

    @Test func aBadDataFileGivesEveryErrorWithItsPlace() throws {
        let path = try Self.write(Data(#"{"formatVersion": 2, "reports": [{"id": 7}]}"#.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = Importer.run(files: [path])
        #expect(result.reports.isEmpty)
        #expect(result.errors.count > 1)
        #expect(result.errors.contains { $0.description.hasPrefix("\(path):1:41: reports[0].id:") }, "\(result.errors.map(\.description))")
    }
}
