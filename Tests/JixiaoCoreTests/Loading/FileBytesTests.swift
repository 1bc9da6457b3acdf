import Foundation
import Testing
@testable import JixiaoCore

/// A large data file is mapped and the part already parsed given back (issue 9): what is read from
/// it, and every error's place, must be what reading it into memory gives.
@Suite("Mapped data files")
struct FileBytesTests {
    /// `count` reports of 30 indicators each, on separate lines; `broken` gives the last a wrong year.
    static func file(reports count: Int, broken: Bool) -> String {
        let reports = (0..<count).map { r in
            let indicators = (0..<30).map { i in
                #"{"id":"ind-\#(i)","level1":"产出指标","level2":"数量指标","name":"扶持企业数量\#(i)","target":"≥20 家","actual":"\#(20 + i) 家"}"#
            }.joined(separator: ",\n      ")
            let year = broken && r == count - 1 ? #""二〇二二""# : "2022"
            return #"""
                {"id":"r\#(r)","title":"测试报告\#(r)","department":"某局","scope":"某专项资金","year":\#(year),"kind":"department",
                  "indicators":[
                  \#(indicators)]}
                """#
        }
        return "{\"formatVersion\":2,\"reports\":[\n" + reports.joined(separator: ",\n") + "\n]}\n"
    }

    func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-mapped-\(UUID().uuidString).json").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aMappedFileReadsAsTheSameFileInMemory() throws {
        let path = try write(Self.file(reports: 40, broken: false))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let mapped = try FileBytes.read(path, mappedFrom: 0).get()
        #expect(mapped.mapped)
        let (fromMap, mapErrors, _) = ReportLoader.decode(mapped, file: "x.json")
        let (inMemory, errors) = ReportLoader.decode(Array(try Data(contentsOf: URL(fileURLWithPath: path))), file: "x.json")
        #expect(mapErrors.isEmpty && errors.isEmpty)
        #expect(fromMap?.reports.count == 40)
        #expect(fromMap?.reports.map(\.indicators) == inMemory?.reports.map(\.indicators))
        // The pages before the last report were given back as the reports were read.
        #expect(mapped.released > mapped.count / 2)
    }

    /// The error is in the last report, after most pages were given back; its line and column, and the
    /// message, are those of the file read into memory.
    @Test func anErrorAfterThePagesWereGivenBackIsPlacedAsInMemory() throws {
        let text = Self.file(reports: 40, broken: true)
        let path = try write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let mapped = try FileBytes.read(path, mappedFrom: 0).get()
        let mapErrors = ReportLoader.decode(mapped, file: "x.json").1.map(\.description)
        let errors = ReportLoader.decode(Array(text.utf8), file: "x.json").1.map(\.description)
        #expect(!errors.isEmpty)
        #expect(mapErrors == errors)
        let line = try #require(text.components(separatedBy: "\n").firstIndex { $0.contains("二〇二二") }) + 1
        #expect(errors.first?.contains("x.json:\(line):") == true)
    }

    /// A small file, a pipe or an empty file is read, never mapped.
    @Test func smallFilesAreRead() throws {
        let path = try write(Self.file(reports: 1, broken: false))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let read = try FileBytes.read(path).get()
        #expect(!read.mapped)
        read.release(before: read.count)
        #expect(read.released == 0)
        let empty = try write("")
        defer { try? FileManager.default.removeItem(atPath: empty) }
        #expect(try FileBytes.read(empty, mappedFrom: 0).get().count == 0)
    }
}
