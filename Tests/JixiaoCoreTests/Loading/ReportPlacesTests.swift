import Foundation
import Testing
@testable import JixiaoCore

/// `validate` and `evaluate` check every report, keep only where it stands, and read it again a batch
/// at a time (issue 9): what they read must be what loading everything gives, in the same order.
@Suite("Placed reports")
struct ReportPlacesTests {
    func folder(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-places-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name)) }
        return folder
    }

    /// Reports out of (year, id) order over two files.
    static let files = [
        "a.json": FileBytesTests.file(reports: 3, broken: false)
            .replacingOccurrences(of: #""id":"r1""#, with: #""id":"r1","note":"第二个""#),
        "b.json": FileBytesTests.file(reports: 2, broken: false).replacingOccurrences(of: #""id":"r"#, with: #""id":"b"#)
            .replacingOccurrences(of: "2022", with: "2021"),
    ]

    @Test func placesAreTheReportsInTheirOrder() throws {
        let path = try folder(Self.files)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let kept = ReportLoader.load(paths: [path])
        let placed = ReportLoader.load(paths: [path], keepingReports: false)
        #expect(kept.errors.isEmpty && placed.errors.isEmpty)
        #expect(placed.reports.isEmpty && placed.reportCount == 5)
        #expect(placed.places.map(\.id) == kept.reports.map(\.report.id))
        #expect(placed.places.map(\.id) == ["b0", "b1", "r0", "r1", "r2"])
        let reader = ReportPlaces(placed.places)
        let read = reader.reports(in: 0..<2) + reader.reports(in: 2..<5)
        #expect(reader.errors.isEmpty)
        #expect(read.map(\.id) == kept.reports.map(\.report.id))
        #expect(read.map(\.indicators) == kept.reports.map(\.report.indicators))
        #expect(read.map(\.note) == kept.reports.map(\.report.note))
    }

    /// A file with an error places none of its reports, as it keeps none; the count says so.
    @Test func aFileWithAnErrorPlacesNothing() throws {
        let path = try folder(["a.json": FileBytesTests.file(reports: 3, broken: true), "b.json": Self.files["b.json"]!])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let kept = ReportLoader.load(paths: [path])
        let placed = ReportLoader.load(paths: [path], keepingReports: false)
        #expect(placed.errors.map(\.description) == kept.errors.map(\.description))
        #expect(placed.places.map(\.id) == ["b0", "b1"])
    }

    /// The file changed after it was checked: the report that is no longer there is an error naming
    /// the file, and is left out; the others are read.
    @Test func aFileChangedBeforeItIsReadAgainIsAnError() throws {
        let path = try folder(Self.files)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let placed = ReportLoader.load(paths: [path], keepingReports: false)
        try Data("{}".utf8).write(to: URL(fileURLWithPath: path + "/a.json"))
        let reader = ReportPlaces(placed.places)
        let read = reader.reports(in: 0..<reader.count)
        #expect(read.map(\.id) == ["b0", "b1"])
        #expect(reader.errors.count == 3)
        #expect(reader.errors.allSatisfy { $0.file.hasSuffix("a.json") && $0.message.contains("the file changed while it was read") })
    }

    /// An empty document comes out of `evaluate --json` when every report is left out on reading.
    @Test func everyReportLeftOutIsTheEmptyDocument() {
        var bytes: [UInt8] = []
        ReportEvaluation.writeJSONDocumentBytes(count: 3, reading: { _ in [] }) { bytes += $0 }
        var empty: [UInt8] = []
        var none: [Report] = []
        ReportEvaluation.writeJSONDocumentBytes(releasing: &none) { empty += $0 }
        #expect(bytes == empty)
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"reports\""))
    }
}
