import Foundation

/// ZIPFoundation 0.9.20 turns the 64-bit offsets of a ZIP64 container into `off_t` without a check
/// (`readStruct`: `off_t(offset)`), so an offset of 2^63 or more traps while the directory is read
/// (`Not enough bits to represent the passed value`: a crash of `jixiao validate` on a crafted .xlsx,
/// found by review). Before the archive is opened, the offsets it would take are checked here: the
/// ZIP64 end-of-directory record's (APPNOTE 4.3.14, where ZIPFoundation looks for it: just before the
/// locator before the end record) and each directory entry's ZIP64 extra field (4.5.3).
extension ZipParts {
    /// Whether every 64-bit value ZIPFoundation would take as a file offset fits in one.
    static func offsetsFit(in data: Data) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            let all = raw.bindMemory(to: UInt8.self)
            func u16(_ at: Int) -> Int { Int(all[at]) | Int(all[at + 1]) << 8 }
            func u32(_ at: Int) -> UInt64 { UInt64(u16(at)) | UInt64(u16(at + 2)) << 16 }
            func u64(_ at: Int) -> UInt64 { u32(at) | u32(at + 4) << 32 }
            func signature(_ at: Int, _ b3: UInt8, _ b4: UInt8) -> Bool {
                at >= 0 && at + 4 <= all.count && all[at] == 0x50 && all[at + 1] == 0x4B && all[at + 2] == b3 && all[at + 3] == b4
            }
            // The end record: the last one, within its comment's reach of the end.
            var end = all.count - 22
            while end >= max(0, all.count - 22 - 65_535), !signature(end, 5, 6) { end -= 1 }
            guard end >= 0, signature(end, 5, 6) else { return true } // no directory: ZIPFoundation refuses it
            var directory = u32(end + 16)
            let record = end - 20 - 56
            if signature(record, 6, 6) {
                for field in [24, 32, 40, 48] where u64(record + field) >= 1 << 63 { return false }
                directory = u64(record + 48)
            }
            // Each directory entry's ZIP64 extra field.
            guard directory < UInt64(all.count) else { return true }
            var at = Int(directory)
            while signature(at, 1, 2), at + 46 <= all.count {
                let nameLength = u16(at + 28), extraLength = u16(at + 30), commentLength = u16(at + 32)
                var field = at + 46 + nameLength
                let extraEnd = min(all.count, field + extraLength)
                while field + 4 <= extraEnd {
                    let id = u16(field), size = u16(field + 2)
                    if id == 0x0001 {
                        var value = field + 4
                        while value + 8 <= min(extraEnd, field + 4 + size) {
                            if u64(value) >= 1 << 63 { return false }
                            value += 8
                        }
                    }
                    field += 4 + size
                }
                at += 46 + nameLength + extraLength + commentLength
            }
            return true
        }
    }
}
