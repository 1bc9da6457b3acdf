import Foundation
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
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            guard let text = iconv(Array(bytes.dropFirst(2)), from: little ? "UTF-16LE" : "UTF-16BE") else {
                throw ImportError(.unreadable, file: file, "the file starts as UTF-16 but is not valid UTF-16")
            }
            return Decoded(text: text, encoding: little ? "UTF-16LE" : "UTF-16BE")
        }
        if let text = String(validating: bytes, as: UTF8.self) { return Decoded(text: text, encoding: "UTF-8") }
        if let text = iconv(bytes, from: "GB18030") { return Decoded(text: text, encoding: "GB18030") }
        let offset = firstInvalidUTF8(bytes)
        throw ImportError(.unreadable, file: file, place: "byte \(offset)",
                          "the text is neither UTF-8 nor GB18030: name its encoding with --encoding (e.g. --encoding BIG5)")
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
