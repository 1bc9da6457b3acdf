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
/// the comparing to its caller. So the entries, the sizes and the checksums are ZIPFoundation's;
/// the start of an entry's data is read here from its local header (the 30-byte record of APPNOTE
/// 4.3.7) at the directory's offset (ZipParts+Directory.swift), both of which ZIPFoundation keeps
/// internal; a stored part is its bytes, a deflated one goes
/// through ZIPFoundation's public `Data.decompress` with a provider that serves the entry's
/// compressed bytes and throws when asked for more; and every part's CRC-32 is compared.
extension ZipParts {
    struct PartTooLarge: Error {}
    struct StreamDoesNotEnd: Error {}
    struct ChecksumMismatch: Error {}
    struct NoLocalHeader: Error {}
    struct NotAFile: Error {}
    struct UnknownMethod: Error { var method: Int }

    /// The entry's bytes, at most `budget` of them (`PartTooLarge` past them), from its local header at
    /// the directory's offset (`localHeaderOffsets`), as ZIPFoundation finds it.
    func unpack(_ entry: Entry, budget: Int) throws -> Data {
        guard entry.type == .file else { throw NotAFile() }
        guard entry.uncompressedSize <= UInt64(budget) else { throw PartTooLarge() }
        let name = Array(entry.path.utf8)
        guard let offset = headerOffsets[name] else { throw NoLocalHeader() }
        // The local header: its signature, and the same name as the directory gives (its sizes and
        // checksum may be zero, written after the data: the directory's are the ones used).
        let header: (method: Int, dataStart: Int)? = bytes.withUnsafeBytes { raw in
            let all = raw.bindMemory(to: UInt8.self)
            guard offset + 30 <= all.count, all[offset] == 0x50, all[offset + 1] == 0x4B, all[offset + 2] == 3, all[offset + 3] == 4 else { return nil }
            let nameLength = Int(all[offset + 26]) | Int(all[offset + 27]) << 8
            let extraLength = Int(all[offset + 28]) | Int(all[offset + 29]) << 8
            guard offset + 30 + nameLength <= all.count, all[(offset + 30)..<(offset + 30 + nameLength)].elementsEqual(name) else { return nil }
            return (Int(all[offset + 8]) | Int(all[offset + 9]) << 8, offset + 30 + nameLength + extraLength)
        }
        guard let header else { throw NoLocalHeader() }
        let size = Int(clamping: entry.compressedSize)
        guard header.dataStart <= bytes.count, size <= bytes.count - header.dataStart else { throw StreamDoesNotEnd() }
        let output: Data
        switch header.method {
        case 0: output = try stored(from: header.dataStart, count: size, entry: entry)
        case 8: output = try inflate(from: header.dataStart, count: size, budget: budget)
        default: throw UnknownMethod(method: header.method)
        }
        guard output.crc32(checksum: 0) == entry.checksum else { throw ChecksumMismatch() }
        return output
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
