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
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw ImportError(.unreadable, file: file, "not a readable \(kind) (the zip container is damaged or this is another format)")
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
