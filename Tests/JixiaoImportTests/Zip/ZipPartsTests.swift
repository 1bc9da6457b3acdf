import Foundation
import Testing
@testable import JixiaoImport

/// Parts read from a container by jixiao (ZipParts+Entries.swift, ZipParts+Directory.swift): each from its
/// local header at the directory's offset, within its own compressed size, checked against its checksum.
@Suite("Zip parts")
struct ZipPartsTests {
    let parts = ["a.xml": "<a>项目支出绩效自评表</a>", "b/c.xml": String(repeating: "<row>资金</row>", count: 5_000)]

    @Test(arguments: [false, true]) func deflatedAndStoredPartsReadBack(stored: Bool) throws {
        var zip = try ZipParts(try WorkbookWriter.zip(parts, stored: stored), file: "t.zip", kind: "zip")
        for (path, text) in parts { #expect(try zip.read(path) == Data(text.utf8)) }
        #expect(try zip.read("missing.xml") == nil)
    }

    /// The byte offsets of a record's fields, as APPNOTE 4.3.7 and 4.3.12 lay them out.
    func flipChecksum(of path: String, in data: Data) -> Data {
        var bytes = [UInt8](data)
        let name = Array(path.utf8)
        for i in 0..<(bytes.count - 46) where bytes[i] == 0x50 && bytes[i + 1] == 0x4B {
            if bytes[i + 2] == 3, bytes[i + 3] == 4, Array(bytes[(i + 30)..<(i + 30 + name.count)]) == name { bytes[i + 14] ^= 0xFF }
            if bytes[i + 2] == 1, bytes[i + 3] == 2, Array(bytes[(i + 46)..<(i + 46 + name.count)]) == name { bytes[i + 16] ^= 0xFF }
        }
        return Data(bytes)
    }

    @Test(arguments: [false, true]) func aChecksumThatDoesNotMatchIsDamage(stored: Bool) throws {
        var zip = try ZipParts(flipChecksum(of: "a.xml", in: try WorkbookWriter.zip(parts, stored: stored)), file: "t.zip", kind: "zip")
        #expect(try zip.read("b/c.xml") == Data(parts["b/c.xml"]!.utf8))
        #expect(throws: ImportError.self) { try zip.read("a.xml") }
        do { _ = try zip.read("a.xml") } catch {
            #expect(error.place == "a.xml")
            #expect(error.message == "the part is damaged: its bytes do not match the container's CRC-32 checksum")
        }
    }

    /// A stored zip inside a stored part holds a second local header of the same name, before the entry's
    /// own and of the same method; the entry's data is the one the directory points at.
    @Test func aSecondLocalHeaderOfTheSameNameIsPassedOver() throws {
        let inner = try WorkbookWriter.zip(entries: [(path: "a.xml", data: Data("<a>别的</a>".utf8), stored: true)])
        let outer = try WorkbookWriter.zip(entries: [(path: "0.bin", data: inner, stored: true),
                                                     (path: "a.xml", data: Data(parts["a.xml"]!.utf8), stored: true)])
        let decoy = try #require(outer.firstRange(of: Data("PK\u{3}\u{4}".utf8), in: 1..<outer.count)).lowerBound
        #expect(ZipParts.localHeaderOffsets(in: outer)?[Array("a.xml".utf8)].map { $0 > decoy } == true)
        var zip = try ZipParts(outer, file: "t.zip", kind: "zip")
        #expect(try zip.read("a.xml") == Data(parts["a.xml"]!.utf8))
        #expect(try zip.read("0.bin") == inner)
    }

    /// A header that lies, claiming a small size for a part that inflates larger, is stopped while it
    /// inflates, at the budget.
    @Test func aLyingSizeIsStoppedWhileInflating() throws {
        var bytes = [UInt8](try WorkbookWriter.zip(parts))
        let name = Array("b/c.xml".utf8)
        for i in 0..<(bytes.count - 46) where bytes[i] == 0x50 && bytes[i + 1] == 0x4B {
            if bytes[i + 2] == 3, bytes[i + 3] == 4, Array(bytes[(i + 30)..<min(bytes.count, i + 30 + name.count)]) == name {
                bytes.replaceSubrange((i + 22)..<(i + 26), with: [50, 0, 0, 0])
            }
            if bytes[i + 2] == 1, bytes[i + 3] == 2, Array(bytes[(i + 46)..<min(bytes.count, i + 46 + name.count)]) == name {
                bytes.replaceSubrange((i + 24)..<(i + 28), with: [50, 0, 0, 0])
            }
        }
        var zip = try ZipParts(Data(bytes), file: "t.zip", kind: "zip", partLimit: 1_000)
        do { _ = try zip.read("b/c.xml"); Issue.record("read past its budget") } catch {
            #expect(error.message == "the part expands past 1000 bytes, more than jixiao reads (a damaged or hostile file)")
        }
    }

    /// Containers as other writers make them: sizes and checksums after the data (bit 3: a stream writer's,
    /// with zeros in the local header), and ZIP64 extra fields; both read as the workbook they hold.
    @Test(arguments: ["data-descriptors.xlsx", "zip64-entries.xlsx"])
    func otherWritersContainersRead(name: String) throws {
        let path = Fixtures.root.appendingPathComponent("Tests/Fixtures/fuzz/xlsx/" + name).path
        let result = Importer.run(files: [path])
        #expect(result.errors.isEmpty, "\(result.errors)")
        func rows(_ result: ImportResult) -> [String] {
            result.reports.flatMap(\.indicators).map { "\($0.id) \($0.name) \($0.target) \($0.actual) \($0.weight?.description ?? "") \($0.statedScore?.description ?? "")" }
        }
        #expect(rows(result) == rows(Fixtures.run("central-wan.xlsx")))
        #expect(rows(result).count == 10)
    }

    /// A part whose size claims more than the budget is refused before anything is unpacked.
    @Test func aPartClaimingMoreThanItsBudgetIsRefusedAtOnce() throws {
        var zip = try ZipParts(try WorkbookWriter.zip(parts), file: "t.zip", kind: "zip", partLimit: 100)
        #expect(try zip.read("a.xml") != nil)
        do { _ = try zip.read("b/c.xml"); Issue.record("read past its budget") } catch {
            #expect(error.message == "the part expands past 100 bytes, more than jixiao reads (a damaged or hostile file)")
        }
    }

    /// A part the directory lists but whose own header names another file is said to be damaged.
    @Test func aPartWithoutItsLocalHeaderIsDamage() throws {
        var bytes = [UInt8](try WorkbookWriter.zip(parts))
        #expect(bytes[30] == UInt8(ascii: "a")) // the name in the first local header, a.xml's
        bytes[30] = UInt8(ascii: "z")
        var zip = try ZipParts(Data(bytes), file: "t.zip", kind: "zip")
        do { _ = try zip.read("a.xml"); Issue.record("read without its header") } catch {
            #expect(error.message == "the part is damaged: the container lists it, but its own header is missing or disagrees")
        }
        #expect(try zip.read("b/c.xml") == Data(parts["b/c.xml"]!.utf8))
    }

    /// A ZIP64 offset of 2^63 or more (central-wan.xlsx with xl/workbook.xml's header offset moved into a
    /// ZIP64 extra field) is refused before ZIPFoundation, which trapped turning it into an off_t.
    @Test func aZip64OffsetPastInt64IsRefusedBeforeZIPFoundationSeesIt() throws {
        let crafted = try Data(contentsOf: Fixtures.root.appendingPathComponent("Tests/Fixtures/fuzz/xlsx/crash-xlsx-zip64-offset-past-int64.xlsx"))
        #expect(ZipParts.localHeaderOffsets(in: crafted) == nil)
        #expect(ZipParts.localHeaderOffsets(in: try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("central-wan.xlsx"))))?.count == 9)
        #expect(ZipParts.localHeaderOffsets(in: try WorkbookWriter.zip(parts))?.count == 2)
        #expect(throws: ImportError.self) { try ZipParts(crafted, file: "t.xlsx", kind: ".xlsx workbook") }
    }
}
