import Foundation
import ZIPFoundation

/// A part's bytes are taken from the container by jixiao, within the entry's own compressed bytes,
/// never through ZIPFoundation's `extract`.
///
/// ZIPFoundation 0.9.20 on Linux reads an entry from the file until the data says it has ended:
/// its inflater (`Data.decode`) feeds zlib whatever follows the entry and then, at the end of the
/// file, empty chunks for ever, so a part whose deflate stream does not end (damaged, or a wrong
/// compressed size) hung the reader at full CPU (found by fuzzing the docx target; upstream
/// weichsel/ZIPFoundation#389, not in the version this machine has); a stored part of a size past
/// the end loops once for each 16 KiB it claims. It also computes each part's checksum and leaves
/// the comparing to its caller. So the directory, the sizes and the checksums are ZIPFoundation's;
/// the start of an entry's data is read here from its local header (the 30-byte record of APPNOTE
/// 4.3.7), which ZIPFoundation keeps internal; a stored part is its bytes, a deflated one goes
/// through ZIPFoundation's public `Data.decompress` with a provider that serves the entry's
/// compressed bytes and throws when asked for more; and every part's CRC-32 is compared.
extension ZipParts {
    struct PartTooLarge: Error {}
    struct StreamDoesNotEnd: Error {}
    struct ChecksumMismatch: Error {}
    struct NoLocalHeader: Error {}
    struct NotAFile: Error {}

    /// A local file header: where the entry's data starts, and what the header says of it.
    struct LocalHeader {
        var dataStart: Int
        var flags: UInt16
        var method: UInt16
        var crc32: UInt32
        var compressedSize: UInt32
    }

    /// Every local header (signature 50 4B 03 04) in the container, by file name, in the order they
    /// stand; found in one pass when the first part is read.
    static func localHeaders(in data: Data) -> [[UInt8]: [LocalHeader]] {
        data.withUnsafeBytes { raw -> [[UInt8]: [LocalHeader]] in
            let all = raw.bindMemory(to: UInt8.self)
            func u16(_ at: Int) -> UInt16 { UInt16(all[at]) | UInt16(all[at + 1]) << 8 }
            func u32(_ at: Int) -> UInt32 { UInt32(u16(at)) | UInt32(u16(at + 2)) << 16 }
            var headers: [[UInt8]: [LocalHeader]] = [:]
            var i = 0
            while i + 30 <= all.count {
                defer { i += 1 }
                guard all[i] == 0x50, all[i + 1] == 0x4B, all[i + 2] == 0x03, all[i + 3] == 0x04 else { continue }
                let nameEnd = i + 30 + Int(u16(i + 26))
                guard nameEnd <= all.count else { continue }
                let header = LocalHeader(dataStart: nameEnd + Int(u16(i + 28)), flags: u16(i + 6), method: u16(i + 8),
                                         crc32: u32(i + 14), compressedSize: u32(i + 18))
                // A name can stand many times only in a hostile file: four are enough to find the entry's.
                let name = Array(all[(i + 30)..<nameEnd])
                if headers[name, default: []].count < 4 { headers[name, default: []].append(header) }
            }
            return headers
        }
    }

    /// The entry's bytes, at most `budget` of them (`PartTooLarge` past them).
    func unpack(_ entry: Entry, headers: [[UInt8]: [LocalHeader]], budget: Int) throws -> Data {
        guard entry.type == .file else { throw NotAFile() }
        guard entry.uncompressedSize <= UInt64(budget) else { throw PartTooLarge() }
        let size = Int(clamping: entry.compressedSize)
        // The entry's own header: its name, its method, and (unless the sizes follow the data, bit 3)
        // its checksum and size agree with the directory's; where a stored zip inside a part repeats the
        // name, the first whose data gives the entry's checksum.
        let candidates = (headers[Array(entry.path.utf8)] ?? []).filter { header in
            header.method == (entry.isCompressed ? 8 : 0) && header.dataStart <= bytes.count && size <= bytes.count - header.dataStart
                && (header.flags & 0x08 != 0 || header.crc32 == entry.checksum
                    && (header.compressedSize == 0xFFFF_FFFF || UInt64(header.compressedSize) == entry.compressedSize))
        }
        guard !candidates.isEmpty else { throw NoLocalHeader() }
        var failure: Error = ChecksumMismatch()
        for header in candidates {
            do {
                let output = try entry.isCompressed ? inflate(from: header.dataStart, count: size, budget: budget)
                                                    : stored(from: header.dataStart, count: size, entry: entry)
                guard output.crc32(checksum: 0) == entry.checksum else { throw ChecksumMismatch() }
                return output
            } catch let error as PartTooLarge {
                throw error
            } catch {
                failure = error
            }
        }
        throw failure
    }

    private func stored(from start: Int, count: Int, entry: Entry) throws -> Data {
        guard UInt64(count) == entry.uncompressedSize else { throw ChecksumMismatch() }
        return bytes.withUnsafeBytes { Data(UnsafeRawBufferPointer(rebasing: $0[start..<(start + count)])) }
    }

    private func inflate(from start: Int, count: Int, budget: Int) throws -> Data {
        var served = start
        let end = start + count
        var output = Data()
        _ = try Data.decompress(size: Int64(count), bufferSize: defaultReadChunkSize, skipCRC32: true,
            provider: { _, wanted in
                guard served < end else { throw StreamDoesNotEnd() }
                let taken = min(wanted, end - served)
                defer { served += taken }
                // Always `wanted` bytes: ZIPFoundation tells zlib the chunk holds its whole buffer size
                // (avail_in), so a shorter chunk would be read past its end. The last one is padded with
                // zeros, which a stream that ends within the entry never reaches (and the checksum
                // catches one that a stray end-of-block code in them would close).
                var chunk = Data(count: wanted)
                chunk.withUnsafeMutableBytes { target in
                    bytes.withUnsafeBytes { source in
                        target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[served..<(served + taken)]))
                    }
                }
                return chunk
            }, consumer: { piece in
                guard output.count + piece.count <= budget else { throw PartTooLarge() }
                output.append(piece)
            })
        return output
    }
}
