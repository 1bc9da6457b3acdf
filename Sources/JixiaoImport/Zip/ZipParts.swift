import Foundation
import ZIPFoundation

/// The parts of an Office Open XML container (.xlsx, .docx), unpacked with limits: a part may
/// not expand past `partLimit`, nor all parts together past `totalLimit`, whatever sizes the zip
/// headers claim (they are counted while inflating, so a lying header cannot get past them).
struct ZipParts {
    static let partLimit = 256 << 20
    static let totalLimit = 512 << 20

    private let archive: Archive
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
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-zip-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: copy.path, contents: data) else {
            throw ImportError(.unreadable, file: file, "cannot be unpacked: no temporary space to read the container from")
        }
        defer { try? FileManager.default.removeItem(at: copy) }
        do {
            archive = try Archive(url: copy, accessMode: .read)
        } catch {
            throw damaged
        }
        self.file = file
    }

    /// The part's bytes, or nil when the container has no such part.
    mutating func read(_ path: String) throws(ImportError) -> Data? {
        guard let entry = archive[path] else { return nil }
        let budget = min(partLimit, totalLimit - unpacked)
        var bytes = Data()
        var tooLarge = false
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                if bytes.count + chunk.count > budget {
                    tooLarge = true
                    throw CocoaError(.fileReadTooLarge)
                }
                bytes.append(chunk)
            }
        } catch {
            if tooLarge {
                throw ImportError(.unreadable, file: file, place: path,
                                  "the part expands past \(budget) bytes, more than jixiao reads (a damaged or hostile file)")
            }
            throw ImportError(.unreadable, file: file, place: path, "the part cannot be unpacked (the file may be truncated or damaged)")
        }
        unpacked += bytes.count
        return bytes
    }
}
