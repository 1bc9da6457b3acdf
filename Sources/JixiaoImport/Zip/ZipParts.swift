import Foundation
import JixiaoCore
import ZIPFoundation

/// The parts of an Office Open XML container (.xlsx, .docx), unpacked with limits: a part may
/// not expand past `partLimit`, nor all parts together past `totalLimit`, whatever sizes the zip
/// headers claim (they are counted while inflating, so a lying header cannot get past them).
struct ZipParts {
    static let partLimit = 256 << 20
    static let totalLimit = 512 << 20

    private let archive: Archive
    /// The container's bytes, from which every part is taken (ZipParts+Entries.swift).
    let bytes: Data
    /// Where each entry's local header stands, by name, from the central directory.
    let headerOffsets: [[UInt8]: Int]
    private let file: String
    private var unpacked = 0
    private let partLimit: Int
    private let totalLimit: Int

    /// Opens the container; `kind` names what it should be (`.xlsx workbook`) in the error.
    init(_ data: Data, file: String, kind: String, partLimit: Int = ZipParts.partLimit, totalLimit: Int = ZipParts.totalLimit) throws(ImportError) {
        self.partLimit = partLimit
        self.totalLimit = totalLimit
        // Read from a file, not from memory: ZIPFoundation's in-memory archive traps on an entry that
        // points past the end (a negative range in its MemoryFile, found by fuzzing the xlsx target)
        // and leaks on a refused container; its file-backed archive reads short and throws instead.
        // The copy is unlinked at once: the archive keeps it open, and nothing is left behind.
        let damaged = ImportError(.unreadable, file: file, "not a readable \(kind) (the zip container is damaged or this is another format)")
        guard let offsets = Self.localHeaderOffsets(in: data) else { throw damaged }
        headerOffsets = offsets
        let copy = try Self.scratchCopy(of: data, file: file)
        defer { unlink(copy.path) }
        do {
            archive = try Archive(url: copy, accessMode: .read)
        } catch {
            throw damaged
        }
        self.file = file
        self.bytes = data
    }

    /// The container's bytes in a new file of the temporary folder (mkstemp, mode 0600), written without
    /// fsync: it is read back at once and removed, so the disk need never see it (FileManager's
    /// createFile synced every copy, most of a small workbook's reading time).
    static func scratchCopy(of data: Data, file: String, folder: String = FileManager.default.temporaryDirectory.path) throws(ImportError) -> URL {
        func failure(_ error: Int32) -> ImportError {
            ImportError(.unreadable, file: file, "cannot be unpacked: no temporary file to read the container from (\(String(cString: strerror(error))))")
        }
        var template = Array((folder + "/jixiao-zip-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw failure(errno) }
        defer { close(fd) }
        let path = String(cString: template.map { UInt8(bitPattern: $0) })
        let failed = data.withUnsafeBytes { NewFile.writeAll(fd, $0) }
        if let failed { unlink(path); throw failure(failed) }
        return URL(fileURLWithPath: path)
    }

    /// The part's bytes, or nil when the container has no such part.
    mutating func read(_ path: String) throws(ImportError) -> Data? {
        guard let entry = archive[path] else { return nil }
        let budget = min(partLimit, totalLimit - unpacked)
        let part: Data
        do {
            part = try unpack(entry, budget: budget)
        } catch is PartTooLarge {
            throw ImportError(.unreadable, file: file, place: path,
                              "the part expands past \(budget) bytes, more than jixiao reads (a damaged or hostile file)")
        } catch is StreamDoesNotEnd {
            throw ImportError(.unreadable, file: file, place: path, "the part is damaged: its compressed data does not end within the size the container gives")
        } catch is ChecksumMismatch {
            throw ImportError(.unreadable, file: file, place: path, "the part is damaged: its bytes do not match the container's CRC-32 checksum")
        } catch is NoLocalHeader {
            throw ImportError(.unreadable, file: file, place: path, "the part is damaged: the container lists it, but its own header is missing or disagrees")
        } catch let error as UnknownMethod {
            throw ImportError(.unreadable, file: file, place: path, "the part is compressed by method \(error.method), which jixiao cannot unpack (only stored and deflate: save the file again from Excel or WPS)")
        } catch is NotAFile {
            throw ImportError(.unreadable, file: file, place: path, "the part is a folder or a link, not a file")
        } catch {
            throw ImportError(.unreadable, file: file, place: path, "the part cannot be unpacked (the file may be truncated or damaged)")
        }
        unpacked += part.count
        return part
    }
}
