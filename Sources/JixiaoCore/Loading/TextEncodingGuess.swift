/// What a data file that is not UTF-8 is likely written in, so that the error can say how to read it.
///
/// Only the byte structure is looked at: UTF-16 and UTF-32 by their byte-order mark, or by the zero
/// bytes that ASCII text has beside each character in them; GB18030 (and GBK, GB2312, its subsets)
/// when every byte outside ASCII forms one of its two- or four-byte sequences (the parser asks only
/// when nothing before the first bad byte was UTF-8 beyond ASCII).
package enum TextEncodingGuess {
    /// `UTF-16LE`, `UTF-16BE`, `UTF-32LE` or `UTF-32BE`, or nil for a file of single-byte units.
    package static func wideEncoding(of bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let count = bytes.count
        guard count >= 2 else { return nil }
        if count >= 4, bytes[0] == 0xFF, bytes[1] == 0xFE, bytes[2] == 0, bytes[3] == 0 { return "UTF-32LE" }
        if count >= 4, bytes[0] == 0, bytes[1] == 0, bytes[2] == 0xFE, bytes[3] == 0xFF { return "UTF-32BE" }
        if bytes[0] == 0xFF, bytes[1] == 0xFE { return "UTF-16LE" }
        if bytes[0] == 0xFE, bytes[1] == 0xFF { return "UTF-16BE" }
        // JSON starts with an ASCII character (`{`, a space), which UTF-16 writes beside a zero byte.
        if count >= 4, bytes[0] != 0, bytes[1] == 0, bytes[2] == 0, bytes[3] == 0 { return "UTF-32LE" }
        if count >= 4, bytes[0] == 0, bytes[1] == 0, bytes[2] == 0, bytes[3] != 0 { return "UTF-32BE" }
        if bytes[0] != 0, bytes[1] == 0 { return "UTF-16LE" }
        if bytes[0] == 0, bytes[1] != 0 { return "UTF-16BE" }
        return nil
    }

    /// Whether the bytes are well-formed GB18030 with at least one character outside ASCII.
    static func looksLikeGB18030(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        var multibyte = false
        let count = bytes.count
        while i < count {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            guard (0x81...0xFE).contains(lead), i + 1 < count else { return false }
            let second = bytes[i + 1]
            if (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) {
                i += 2
            } else if (0x30...0x39).contains(second), i + 3 < count, (0x81...0xFE).contains(bytes[i + 2]),
                      (0x30...0x39).contains(bytes[i + 3]) {
                i += 4
            } else {
                return false
            }
            multibyte = true
        }
        return multibyte
    }
}
