import Foundation
import Testing
import JixiaoCore
@testable import JixiaoImport

/// Damaged, empty, strange and large inputs: a clear error or a note, never a crash.
@Suite("Bad and large inputs")
struct BadInputTests {
    func error(_ path: String) -> ImportError? { Importer.run(files: [path]).errors.first }

    @Test func aZipThatIsNotAWorkbook() {
        let e = error(Fixtures.path("corrupt.xlsx"))
        #expect(e?.kind == .unreadable)
        #expect(e?.description == "\(Fixtures.path("corrupt.xlsx")): not a readable .xlsx workbook (the zip container is damaged or this is another format)")
    }

    @Test func aTruncatedWorkbook() {
        let e = error(Fixtures.path("truncated.xlsx"))
        #expect(e?.kind == .unreadable)
        #expect(e?.message.contains("damaged") == true || e?.message.contains("truncated") == true)
    }

    @Test func aWorkbookWithNoForm() {
        let e = error(Fixtures.path("no-form.xlsx"))
        #expect(e?.kind == .unreadable)
        #expect(e?.message.hasPrefix("holds no 自评表 jixiao can read") == true)
    }

    /// A container whose entry points past its end (found by fuzzing the xlsx target) is refused, not a trap
    /// in ZIPFoundation's in-memory archive.
    @Test func aZipEntryPointingPastTheEndIsRefused() {
        let path = Fixtures.root.appendingPathComponent("Tests/Fixtures/fuzz/xlsx/crash-xlsx-entry-past-end.xlsx").path
        let e = error(path)
        #expect(e?.kind == .unreadable, "\(String(describing: e))")
    }

    /// A sheet whose element name is not UTF-8 (found by fuzzing the xlsx target) is refused with the part and
    /// line, not a trap inside Foundation's XMLParser.
    @Test func aSheetWithAnElementNameNotInUTF8IsRefused() {
        let path = Fixtures.root.appendingPathComponent("Tests/Fixtures/fuzz/xlsx/crash-xlsx-xmlparser-name-not-utf8.xlsx").path
        let e = error(path)
        #expect(e?.kind == .unreadable, "\(String(describing: e))")
        #expect(e?.place == "xl/worksheets/sheet1.xml:3")
        #expect(e?.message.hasPrefix("broken XML: a byte is not UTF-8") == true)
    }

    /// The container is read from a scratch copy that is gone once it is open; where none can be made, the
    /// error gives the system's reason.
    @Test func theScratchCopyOfAContainer() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-scratch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let copy = try ZipParts.scratchCopy(of: Data("PK".utf8), file: "t.xlsx", folder: folder)
        #expect(try Data(contentsOf: copy) == Data("PK".utf8))
        let mode = try FileManager.default.attributesOfItem(atPath: copy.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(throws: ImportError.self) { try ZipParts.scratchCopy(of: Data(), file: "t.xlsx", folder: folder + "/none") }
        do { _ = try ZipParts.scratchCopy(of: Data(), file: "t.xlsx", folder: folder + "/none") } catch {
            #expect(error.message == "cannot be unpacked: no temporary file to read the container from (No such file or directory)")
        }
    }

    /// A part whose deflate stream does not end within its compressed size (found by fuzzing the docx target)
    /// is refused at once; ZIPFoundation's Linux inflater spun for ever on it, feeding empty chunks past the end.
    @Test(.timeLimit(.minutes(1))) func aDeflateStreamThatDoesNotEndIsRefused() {
        let path = Fixtures.root.appendingPathComponent("Tests/Fixtures/fuzz/docx/crash-docx-deflate-stream-does-not-end.docx").path
        let e = error(path)
        #expect(e?.kind == .unreadable)
        #expect(e?.place == "word/document.xml")
        #expect(e?.message == "the part is damaged: its compressed data does not end within the size the container gives")
    }

    @Test func aMissingFile() {
        let e = error("/no/such/表.xlsx")
        #expect(e?.kind == .missing && e?.message == "no such file or folder")
    }

    @Test func aCSVInNeitherUTF8NorGB18030() throws {
        // 0x80 alone is invalid in both.
        let path = try WorkbookWriter.temporary(Data([0x41, 0x2C, 0x80, 0x0A]), name: "bad.csv")
        let e = error(path)
        #expect(e?.kind == .unreadable && e?.place == "byte 2")
        #expect(e?.message.contains("--encoding") == true)
    }

    /// A GB18030 file damaged or cut part way is said to be so at the byte where it stops reading, and a
    /// UTF-8 file cut inside its last character is said to be cut, not read as GB18030 garbage.
    @Test func damagedAndCutTextsAreSaidSoWhereTheyStop() throws {
        let gb = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("long-gb18030.csv")))
        var damaged = [UInt8](gb)
        damaged[300] = 0xFF
        var e = error(try WorkbookWriter.temporary(Data(damaged), name: "gb-damaged.csv"))
        #expect(e?.place == "byte 300")
        #expect(e?.message.hasPrefix("the text reads as GB18030 up to here (line 3, bytes FF") == true, "\(String(describing: e))")
        let utf8 = Array("项目名称,资金\n".utf8) + Array("完".utf8).prefix(2)
        e = error(try WorkbookWriter.temporary(Data(utf8), name: "utf8-cut.csv"))
        #expect(e?.place == "byte \(utf8.count - 2)")
        #expect(e?.message == "the text is UTF-8 but ends inside a character (line 2, bytes E5 AE): the file may have been cut short")
        // Damaged in its second line, after Chinese in UTF-8: said to be damaged UTF-8, never read as GB18030.
        let damaged8 = Array("项目名称,资金\n".utf8) + [0xFF] + Array("耕地地力提升项目,10\n".utf8)
        e = error(try WorkbookWriter.temporary(Data(damaged8), name: "utf8-damaged.csv"))
        #expect(e?.place == "byte \(Array("项目名称,资金\n".utf8).count)")
        #expect(e?.message.hasPrefix("the text is UTF-8 up to here (line 2, bytes FF") == true, "\(String(describing: e))")
    }

    /// A cell longer than a data file's field may hold is refused at its own place in the source, not in
    /// the draft made from it (which named a file never written).
    @Test func aCellPastTheFieldLimitIsRefusedAtItsPlace() throws {
        let text = try String(contentsOfFile: Fixtures.path("long-utf8-bom.csv"), encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        var fields = lines[1].components(separatedBy: ",")
        fields[7] = String(repeating: "长", count: 400_000)
        lines[1] = fields.joined(separator: ",")
        let e = error(try WorkbookWriter.temporary(Data(lines.joined(separator: "\n").utf8), name: "big.csv"))
        #expect(e?.place == "big!H2")
        #expect(e?.message == "a cell of 1200000 bytes, longer than the 1 MiB a field may hold")
    }

    @Test func anEncodingGivenByName() throws {
        // 項目名稱 in Big5, which GB18030 would misread.
        let big5: [UInt8] = [0xB6, 0xB5, 0xA5, 0xD8]
        let path = try WorkbookWriter.temporary(Data(big5 + Array(",x\n".utf8)), name: "big5.csv")
        let decoded = try TextDecoding.decode(Array(try Data(contentsOf: URL(fileURLWithPath: path))), encoding: "BIG5", file: path)
        #expect(decoded.text.hasPrefix("項目"))
    }

    @Test func aPartIsCountedWhileItInflates() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("central-wan.xlsx")))
        var zip = try ZipParts(data, file: "t.xlsx", kind: ".xlsx workbook", partLimit: 1_000)
        #expect(throws: ImportError(.unreadable, file: "t.xlsx", place: "xl/worksheets/sheet1.xml",
                                    "the part expands past 1000 bytes, more than jixiao reads (a damaged or hostile file)")) {
            _ = try zip.read("xl/worksheets/sheet1.xml")
        }
        var total = try ZipParts(data, file: "t.xlsx", kind: ".xlsx workbook", totalLimit: 3_000)
        _ = try total.read("xl/workbook.xml")
        #expect(throws: ImportError.self) { _ = try total.read("xl/worksheets/sheet1.xml") }
    }

    @Test func aFundsTableAloneIsNoReport() {
        let result = Importer.run(files: [Fixtures.path("long-funds-utf8-bom.csv")])
        #expect(result.reports.isEmpty)
        #expect(result.errors.first?.message.hasPrefix("a funds table with no indicator table") == true)
    }

    @Test func aSheetOf50000RowsThatIsNoForm() throws {
        let rows: [[WorkbookWriter.Value?]] = (0..<50_000).map { [.text("行\($0)"), .number("\($0)")] }
        let path = try WorkbookWriter.temporary(try WorkbookWriter.xlsx(rows: rows), name: "big.xlsx")
        let e = error(path)
        #expect(e?.kind == .unreadable)
    }

    @Test func aHugeMergeDoesNotExhaustMemory() throws {
        let rows: [[WorkbookWriter.Value?]] = [[.text("项目名称"), .text("某项目")],
                                               ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"].map { .text($0) },
                                               ["产出指标", "数量指标", "培训人数", "≥100人", "120人"].map { .text($0) }]
        let path = try WorkbookWriter.temporary(try WorkbookWriter.xlsx(rows: rows, merges: ["A2:XFD1048576"]), name: "merge.xlsx")
        let result = Importer.run(files: [path])
        #expect(result.reports.count == 1)
        #expect(result.reports.first?.indicators.count == 1)
    }

    @Test func twentyThousandLongFormatRows() throws {
        var rows: [[WorkbookWriter.Value?]] = [["项目名称", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"].map { .text($0) }]
        for i in 0..<20_000 {
            rows.append([.text("项目\(i / 10)"), .text("产出指标"), .text("数量指标"), .text("指标\(i)"), .text("≥\(i % 50 + 1)个"),
                         .text("\(i % 60)个"), .number("10"), .number("8")])
        }
        let path = try WorkbookWriter.temporary(try WorkbookWriter.xlsx(rows: rows), name: "long.xlsx")
        let result = Importer.run(files: [path])
        #expect(result.reports.count == 2_000)
        #expect(result.reports.reduce(0) { $0 + $1.indicators.count } == 20_000)
    }
}
