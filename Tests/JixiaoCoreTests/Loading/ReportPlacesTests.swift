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

    /// The file changed after it was checked: one error names it, its reports are left out, the
    /// others are read. Also when it keeps its size (its time of change tells), and when it is gone.
    @Test(arguments: ["shorter", "same size", "gone"])
    func aFileChangedBeforeItIsReadAgainIsAnError(change: String) throws {
        let path = try folder(Self.files)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let placed = ReportLoader.load(paths: [path], keepingReports: false)
        let a = path + "/a.json"
        switch change {
        case "shorter": try Data("{}".utf8).write(to: URL(fileURLWithPath: a))
        case "same size":
            let text = try String(contentsOfFile: a, encoding: .utf8).replacingOccurrences(of: "某局", with: "某厅")
            usleep(20_000)
            try Data(text.utf8).write(to: URL(fileURLWithPath: a))
        default: try FileManager.default.removeItem(atPath: a)
        }
        let reader = ReportPlaces(placed.places)
        let read = reader.reports(in: 0..<reader.count)
        #expect(read.map(\.id) == ["b0", "b1"])
        #expect(reader.errors.count == 1)
        #expect(reader.errors.allSatisfy { $0.file.hasSuffix("a.json") && $0.message.contains("the file changed while it was read") })
    }

    /// Reports of two files alternate in (year, id) order: each file is read once for the batch.
    @Test func eachFileIsReadOnceABatch() throws {
        let base = FileBytesTests.file(reports: 3, broken: false)
        let odd = base.replacingOccurrences(of: #""id":"r2""#, with: #""id":"r5""#).replacingOccurrences(of: #""id":"r1""#, with: #""id":"r3""#)
            .replacingOccurrences(of: #""id":"r0""#, with: #""id":"r1""#)
        let even = base.replacingOccurrences(of: #""id":"r2""#, with: #""id":"r4""#).replacingOccurrences(of: #""id":"r1""#, with: #""id":"r2""#)
        let path = try folder(["even.json": even, "odd.json": odd])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let placed = ReportLoader.load(paths: [path], keepingReports: false)
        #expect(placed.errors.isEmpty)
        #expect(placed.places.map(\.id) == ["r0", "r1", "r2", "r3", "r4", "r5"])
        let reader = ReportPlaces(placed.places)
        #expect(reader.reports(in: 0..<6).map(\.id) == ["r0", "r1", "r2", "r3", "r4", "r5"])
        #expect(reader.fileReads == 2)
    }

    /// A pipe cannot be read twice: its reports are kept, and read as from a file.
    @Test func aPipesReportsAreKept() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-fifo-\(UUID().uuidString).json").path
        #expect(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        let text = FileBytesTests.file(reports: 2, broken: false)
        let writer = Thread {
            guard let out = fopen(path, "w") else { return }
            fputs(text, out)
            fclose(out)
        }
        writer.start()
        let placed = ReportLoader.load(paths: [path], keepingReports: false)
        #expect(placed.errors.isEmpty)
        #expect(placed.places.map(\.id) == ["r0", "r1"])
        #expect(placed.places.allSatisfy { $0.held != nil })
        #expect(ReportPlaces(placed.places).reports(in: 0..<2).map(\.id) == ["r0", "r1"])
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
