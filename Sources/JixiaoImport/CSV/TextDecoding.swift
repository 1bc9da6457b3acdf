import Foundation
import JixiaoCore
#if canImport(Glibc)
import Glibc
#endif

/// Turns a file's bytes into text: UTF-8 (with or without a byte-order mark), UTF-16 with a mark,
/// else GB18030 (which covers GBK and GB2312), or an encoding named by the analyst.
package enum TextDecoding {
    package struct Decoded {
        package var text: String
        /// The encoding it was read as: `UTF-8`, `UTF-16LE`, `GB18030`, or the name given.
        package var encoding: String
    }

    package static func decode(_ bytes: [UInt8], encoding name: String? = nil, file: String) throws(ImportError) -> Decoded {
        if let name {
            guard iconv([], from: name, to: "UTF-8") != nil else {
                throw ImportError(.usage, file: file, "--encoding: iconv does not know the encoding \"\(name)\" (try GB18030, BIG5, UTF-16)")
            }
            guard let text = iconv(bytes, from: name) else {
                throw ImportError(.unreadable, file: file, "the file is not valid \(name)")
            }
            return Decoded(text: text, encoding: name.uppercased())
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]), let text = String(validating: bytes.dropFirst(3), as: UTF8.self) {
            return Decoded(text: text, encoding: "UTF-8")
        }
        // UTF-16 and UTF-32, by their byte-order mark or by the zero bytes beside ASCII characters.
        if let wide = bytes.withUnsafeBufferPointer({ TextEncodingGuess.wideEncoding(of: $0) }) {
            let mark: [UInt8] = wide.hasPrefix("UTF-32") ? [0xFF, 0xFE, 0, 0] : [0xFF, 0xFE]
            let hasMark = bytes.starts(with: wide.hasSuffix("LE") ? mark : Array(mark.reversed()))
            guard let text = iconv(Array(bytes.dropFirst(hasMark ? mark.count : 0)), from: wide) else {
                throw ImportError(.unreadable, file: file, "the file starts as \(wide) but is not valid \(wide)")
            }
            return Decoded(text: text, encoding: wide)
        }
        if let text = String(validating: bytes, as: UTF8.self) { return Decoded(text: text, encoding: "UTF-8") }
        // UTF-8 up to a character cut by the end is a file cut short, not GB18030 (whose pairs the bytes
        // of UTF-8 text often happen to form: read so, it would be garbled without a word).
        let utf8 = firstInvalidUTF8(bytes)
        if Self.isCutAtEnd(bytes, at: utf8) && bytes[..<utf8].contains(where: { $0 >= 0x80 }) || Self.isUTF8Text(bytes, before: utf8) {
            throw undecodable(bytes, file: file)
        }
        if let text = iconv(bytes, from: "GB18030") { return Decoded(text: text, encoding: "GB18030") }
        throw undecodable(bytes, file: file)
    }

    /// Why bytes that are neither UTF-8 nor GB18030 are not, at the byte where the reading that went
    /// further stops: a file that reads as GB18030 for most of its length is damaged GB18030 (or cut
    /// short), not a file in some third encoding.
    static func undecodable(_ bytes: [UInt8], file: String) -> ImportError {
        let utf8 = firstInvalidUTF8(bytes)
        let gb = convertible(bytes, from: "GB18030")
        func shown(_ at: Int) -> String { bytes[at..<min(bytes.count, at + 4)].map { String(format: "%02X", $0) }.joined(separator: " ") }
        func line(_ at: Int) -> Int { bytes[..<at].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } }
        if gb.length > utf8 && !isCutAtEnd(bytes, at: utf8) && !isUTF8Text(bytes, before: utf8) {
            let at = gb.length
            return ImportError(.unreadable, file: file, place: "byte \(at)", gb.cut
                ? "the text reads as GB18030 but ends inside a character (line \(line(at)), bytes \(shown(at))): the file may have been cut short"
                : "the text reads as GB18030 up to here (line \(line(at)), bytes \(shown(at))), where it is damaged: mend that byte, or name the file's encoding with --encoding")
        }
        if !isCutAtEnd(bytes, at: utf8), isUTF8Text(bytes, before: utf8) {
            return ImportError(.unreadable, file: file, place: "byte \(utf8)",
                "the text is UTF-8 up to here (line \(line(utf8)), bytes \(shown(utf8))), where it is damaged: mend that byte, or name the file's encoding with --encoding")
        }
        return ImportError(.unreadable, file: file, place: "byte \(utf8)", isCutAtEnd(bytes, at: utf8)
            ? "the text is UTF-8 but ends inside a character (line \(line(utf8)), bytes \(shown(utf8))): the file may have been cut short"
            : "the text is neither UTF-8 nor GB18030 (line \(line(utf8)), bytes \(shown(utf8))): name its encoding with --encoding (e.g. --encoding BIG5)")
    }

    /// Whether the bytes before `offset`, all well-formed UTF-8, hold Chinese as UTF-8 writes it: four or
    /// more sequences of three or four bytes. GB18030 text almost never forms even one before it stops
    /// being UTF-8 (its characters are two bytes), so such a file is damaged UTF-8, not GB18030 — whose
    /// pairs UTF-8's bytes often happen to form, so that reading it so would garble it without a word.
    static func isUTF8Text(_ bytes: [UInt8], before offset: Int) -> Bool {
        var wide = 0
        for byte in bytes[..<offset] where byte >= 0xE0 {
            wide += 1
            if wide >= 4 { return true }
        }
        return false
    }

    /// Whether the UTF-8 stops at `offset` only because the file ends inside a character: a lead byte
    /// followed by continuation bytes to the end, fewer than it needs.
    static func isCutAtEnd(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard offset < bytes.count, bytes[offset] >= 0xC2, bytes[offset] <= 0xF4 else { return false }
        let needs = bytes[offset] >= 0xF0 ? 4 : bytes[offset] >= 0xE0 ? 3 : 2
        return bytes.count - offset < needs && bytes[(offset + 1)...].allSatisfy { $0 & 0xC0 == 0x80 }
    }

    /// How far iconv converts `bytes` from `encoding` before it stops, and whether it stopped at a
    /// character cut by the end (EINVAL) rather than a byte that is no character (EILSEQ).
    static func convertible(_ bytes: [UInt8], from encoding: String) -> (length: Int, cut: Bool) {
        let handle = iconv_open("UTF-8", encoding)
        guard handle != iconv_t(bitPattern: -1) else { return (0, false) }
        defer { iconv_close(handle) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: 65536)
        var done = 0
        return input.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPointer = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inRaw.count
                while inLeft > 0 {
                    var outPointer = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                    var outLeft = outRaw.count
                    let result = Glibc.iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                    done = inRaw.count - inLeft
                    if result != -1 { continue }
                    if errno == E2BIG { continue }
                    return (done, errno == EINVAL)
                }
                return (done, false)
            }
        }
    }

    /// Converts with the C library's iconv; nil when the bytes are not valid in that encoding.
    static func iconv(_ bytes: [UInt8], from encoding: String) -> String? {
        iconv(bytes, from: encoding, to: "UTF-8").flatMap { String(validating: $0, as: UTF8.self) }
    }

    /// The bytes converted between two encodings; nil when they are not valid in the first.
    static func iconv(_ bytes: [UInt8], from encoding: String, to target: String) -> [UInt8]? {
        let handle = iconv_open(target, encoding)
        guard handle != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(handle) }
        if bytes.isEmpty { return [] }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        let written: Int? = input.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPointer = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outPointer = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inRaw.count
                var outLeft = outRaw.count
                guard Glibc.iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0,
                      Glibc.iconv(handle, nil, nil, &outPointer, &outLeft) != -1 else { return nil }
                return outRaw.count - outLeft
            }
        }
        guard let written else { return nil }
        return Array(output[..<written])
    }

    /// The offset of the first byte that does not begin a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.count,
                  String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil else { return i }
            i += length
        }
        return i
    }
}
