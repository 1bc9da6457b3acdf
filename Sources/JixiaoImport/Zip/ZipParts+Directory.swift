import Foundation

/// The container's central directory, read for two things ZIPFoundation 0.9.20 does not give or does
/// not check: where each entry's local header stands (internal to it), and whether the ZIP64 offsets
/// and sizes it will seek by fit in an `off_t` (it converts them unchecked, so one of 2^63 or more
/// trapped while the directory was read: a crash of `jixiao validate` on a crafted .xlsx).
///
/// It is read as ZIPFoundation reads it (APPNOTE 4.3.12–4.3.16): the last end record, searched back
/// from the end of the file; the ZIP64 end record where ZIPFoundation looks for it (just before the
/// locator before the end record); then the file headers of the directory at the end record's
/// offset and at the ZIP64 record's, each with its ZIP64 extra field (4.5.3).
extension ZipParts {
    /// Each entry's local header offset by name (the first entry of a name), or nil when a 64-bit
    /// value of the directory is 2^62 or more, or an entry's header offset or compressed size lies past
    /// the file: no real container holds such a value, and sums of them could overflow.
    static func localHeaderOffsets(in data: Data) -> [[UInt8]: Int]? {
        data.withUnsafeBytes { raw -> [[UInt8]: Int]? in
            let all = raw.bindMemory(to: UInt8.self)
            let count = all.count
            func u16(_ at: Int) -> Int { Int(all[at]) | Int(all[at + 1]) << 8 }
            func u32(_ at: Int) -> UInt64 { UInt64(u16(at)) | UInt64(u16(at + 2)) << 16 }
            func u64(_ at: Int) -> UInt64 { u32(at) | u32(at + 4) << 32 }
            func signature(_ at: Int, _ b3: UInt8, _ b4: UInt8) -> Bool {
                at >= 0 && at + 4 <= count && all[at] == 0x50 && all[at + 1] == 0x4B && all[at + 2] == b3 && all[at + 3] == b4
            }
            let sane: UInt64 = 1 << 62
            var end = count - 22
            while end >= 0, !signature(end, 5, 6) { end -= 1 }
            guard end >= 0 else { return [:] } // no directory: ZIPFoundation refuses the container itself
            var directories = [u32(end + 16)]
            let record = end - 20 - 56
            if signature(record, 6, 6), record + 56 <= count {
                for field in stride(from: 4, to: 56, by: 8) where u64(record + field) >= sane { return nil }
                directories.append(u64(record + 48))
            }
            var offsets: [[UInt8]: Int] = [:]
            for directory in directories where directory < UInt64(count) {
                var at = Int(directory)
                while signature(at, 1, 2), at + 46 <= count {
                    let nameLength = u16(at + 28), extraLength = u16(at + 30), commentLength = u16(at + 32)
                    guard at + 46 + nameLength <= count else { break }
                    var compressed = u32(at + 20), local = u32(at + 42)
                    // The ZIP64 extra field holds, in this order, those of the uncompressed size, the
                    // compressed size and the offset whose 32-bit fields are all ones. Every value in it
                    // must be sane, whichever of them ZIPFoundation takes for which.
                    var wide: [UInt64] = []
                    var field = at + 46 + nameLength
                    let extraEnd = min(count, field + extraLength)
                    while field + 4 <= extraEnd {
                        let id = u16(field), size = u16(field + 2)
                        if id == 0x0001 {
                            var value = field + 4
                            while value + 8 <= min(extraEnd, field + 4 + size) {
                                if u64(value) >= sane { return nil }
                                wide.append(u64(value))
                                value += 8
                            }
                        }
                        field += 4 + size
                    }
                    var next = u32(at + 24) == 0xFFFF_FFFF ? 1 : 0
                    if compressed == 0xFFFF_FFFF, next < wide.count { compressed = wide[next]; next += 1 }
                    if local == 0xFFFF_FFFF, next < wide.count { local = wide[next] }
                    guard local < UInt64(count), compressed <= UInt64(count) else { return nil }
                    let name = Array(all[(at + 46)..<(at + 46 + nameLength)])
                    if offsets[name] == nil { offsets[name] = Int(local) }
                    at += 46 + nameLength + extraLength + commentLength
                }
            }
            return offsets
        }
    }
}
