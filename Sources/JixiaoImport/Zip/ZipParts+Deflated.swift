import Foundation
import ZIPFoundation

/// Deflated parts are inflated from the entry's own compressed bytes, never past them.
///
/// ZIPFoundation 0.9.20 on Linux (`Data.decode`) inflates until the deflate stream says it has ended,
/// feeding it whatever follows in the file and then, at the end of the file, empty chunks for ever:
/// a part whose stream does not end (damaged, or a compressed size that is wrong) hangs the reader
/// at full CPU (found by fuzzing the docx target; upstream weichsel/ZIPFoundation#389, not in the
/// version this machine has). Its public `Data.decompress` is used instead, with a provider that
/// serves the entry's `compressedSize` bytes and throws when asked for more: a stream that has not
/// ended by then is damaged. The directory, sizes and checksums are still ZIPFoundation's; only the
/// start of the entry's data is found here, from its local header (the 30-byte record of APPNOTE
/// 4.3.7 whose name is the entry's path), since ZIPFoundation does not make it public. The checksum
/// is compared too (ZIPFoundation computes it and leaves the comparing to its caller).
extension ZipParts {
    struct PartTooLarge: Error {}
    struct StreamDoesNotEnd: Error {}
    struct ChecksumMismatch: Error {}

    /// The entry inflated, at most `budget` bytes (`PartTooLarge` past them).
    func inflate(_ entry: Entry, budget: Int) throws -> Data {
        let size = Int(clamping: entry.compressedSize)
        var failure: Error = StreamDoesNotEnd()
        // Where more than one local header carries the name (a stored zip inside a part could), the
        // first whose data inflates to the entry's checksum is the entry's.
        for start in dataStarts(of: entry.path).prefix(4) where start <= bytes.count && size <= bytes.count - start {
            var served = start
            let end = start + size
            var output = Data()
            do {
                let checksum = try Data.decompress(size: Int64(size), bufferSize: defaultReadChunkSize, skipCRC32: false,
                    provider: { _, wanted in
                        guard served < end else { throw StreamDoesNotEnd() }
                        let count = min(wanted, end - served)
                        defer { served += count }
                        // Always `wanted` bytes: ZIPFoundation tells zlib the chunk holds its whole buffer size
                        // (avail_in), so a shorter chunk would be read past its end. The last one is padded
                        // with zeros, which a stream that ends within the entry never reaches.
                        var chunk = Data(count: wanted)
                        chunk.replaceSubrange(0..<count, with: bytes[served..<(served + count)])
                        return chunk
                    }, consumer: { chunk in
                        guard output.count + chunk.count <= budget else { throw PartTooLarge() }
                        output.append(chunk)
                    })
                guard checksum == entry.checksum else { throw ChecksumMismatch() }
                return output
            } catch let error as PartTooLarge {
                throw error
            } catch {
                failure = error
            }
        }
        throw failure
    }

    /// The offsets just past each local header (signature 50 4B 03 04) whose file name is `path`.
    private func dataStarts(of path: String) -> [Int] {
        let name = Array(path.utf8)
        let signature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        return bytes.withUnsafeBytes { raw -> [Int] in
            let all = raw.bindMemory(to: UInt8.self)
            var starts: [Int] = []
            var i = 0
            while i + 30 <= all.count {
                if all[i] == signature[0], all[i + 1] == signature[1], all[i + 2] == signature[2], all[i + 3] == signature[3] {
                    let nameLength = Int(all[i + 26]) | Int(all[i + 27]) << 8
                    let extraLength = Int(all[i + 28]) | Int(all[i + 29]) << 8
                    let nameEnd = i + 30 + nameLength
                    if nameLength == name.count, nameEnd <= all.count, all[(i + 30)..<nameEnd].elementsEqual(name) {
                        starts.append(nameEnd + extraLength)
                    }
                }
                i += 1
            }
            return starts
        }
    }
}
