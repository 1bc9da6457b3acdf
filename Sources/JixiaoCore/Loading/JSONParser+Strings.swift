import Foundation

/// Strings: scanning with their escapes and UTF-8 checked, and decoding when a field is read.
extension JSONParser {
    /// Scans a string from its opening quote to past its closing one, checking escapes and UTF-8;
    /// returns whether it holds an escape.
    mutating func scanString() throws(SyntaxError) -> Bool {
        let start = index
        index += 1
        var escaped = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return escaped
            }
            if byte >= 0x20 && byte < 0x80 && byte != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            if byte >= 0x80 {
                try scanMultibyte()
                continue
            }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                index += 1
                guard index < bytes.count else { break }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    continue
                case UInt8(ascii: "u"):
                    try scanUnicodeEscape(from: index - 2)
                default:
                    throw SyntaxError(position: position, message: "unknown escape '\\\(Character(Unicode.Scalar(escape)))' in a string")
                }
                continue
            }
            throw SyntaxError(position: position, message: byte == 0x0A
                ? "a string may not run over the end of a line (the string opened at \(at(start)) is not closed)"
                : "a control character in a string must be escaped")
        }
        throw SyntaxError(position: at(start), message: "unterminated string")
    }

    /// Steps over one well-formed UTF-8 sequence of two to four bytes (RFC 3629: no overlong forms,
    /// no surrogates, nothing above U+10FFFF), or reports where the text stops being UTF-8.
    @inline(__always)
    private mutating func scanMultibyte() throws(SyntaxError) {
        let lead = bytes[index]
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        let following: Int
        switch lead {
        case 0xC2...0xDF: following = 1
        case 0xE0: following = 2; low = 0xA0
        case 0xED: following = 2; high = 0x9F
        case 0xE1...0xEF: following = 2
        case 0xF0: following = 3; low = 0x90
        case 0xF4: following = 3; high = 0x8F
        case 0xF1...0xF3: following = 3
        default: throw invalidUTF8(at: index)
        }
        guard index + following < bytes.count else {
            // Cut short only if what is there could begin the character; else it is simply not UTF-8.
            let present = bytes[(index + 1)...]
            if let second = present.first, !(second >= low && second <= high) { throw invalidUTF8(at: index) }
            if present.dropFirst().contains(where: { $0 & 0xC0 != 0x80 }) { throw invalidUTF8(at: index) }
            let shown = bytes[index...].map { String(format: "%02X", $0) }.joined(separator: " ")
            throw SyntaxError(position: at(index), message: "the file ends inside a character at byte offset \(index) (bytes \(shown)): it may have been cut short")
        }
        let second = bytes[index + 1]
        guard second >= low && second <= high else { throw invalidUTF8(at: index) }
        if following >= 2 && bytes[index + 2] & 0xC0 != 0x80 { throw invalidUTF8(at: index) }
        if following == 3 && bytes[index + 3] & 0xC0 != 0x80 { throw invalidUTF8(at: index) }
        index += following + 1
    }

    private func invalidUTF8(at offset: Int) -> SyntaxError {
        var end = offset
        while end < bytes.count, end < offset + 4, end == offset || bytes[end] >= 0x80 { end += 1 }
        let shown = bytes[offset..<end].map { String(format: "%02X", $0) }.joined(separator: " ")
        // A file whose text before the bad byte already held UTF-8 beyond ASCII is damaged UTF-8, not GB18030.
        let advice = !bytes[..<offset].contains(where: { $0 >= 0x80 }) && TextEncodingGuess.looksLikeGB18030(bytes)
            ? "it looks like GB18030 (GBK): import it with jixiao import --encoding GB18030, or save it as UTF-8"
            : "save the file as UTF-8"
        return SyntaxError(position: at(offset), message: "the text is not valid UTF-8 at byte offset \(offset) (bytes \(shown)): \(advice)")
    }

    /// The four hex digits after `\u`, and for the first half of a UTF-16 pair the `\uDC00`–`\uDFFF`
    /// that must follow it: half a pair alone is no character (it was read as U+FFFD, losing the text).
    private mutating func scanUnicodeEscape(from start: Int) throws(SyntaxError) {
        let code = try scanHex4()
        switch code {
        case 0xD800...0xDBFF:
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                index += 2
                let low = try scanHex4()
                if (0xDC00...0xDFFF).contains(low) { return }
            }
            throw SyntaxError(position: at(start), message: "\\u\(Self.hex(code)) is the first half of a UTF-16 pair without its second (\\uDC00–\\uDFFF): it is no character")
        case 0xDC00...0xDFFF:
            throw SyntaxError(position: at(start), message: "\\u\(Self.hex(code)) is the second half of a UTF-16 pair without its first (\\uD800–\\uDBFF): it is no character")
        default:
            return
        }
    }

    private static func hex(_ code: UInt32) -> String {
        let digits = String(code, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private mutating func scanHex4() throws(SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = Self.hexValue(bytes[index]) else {
                throw SyntaxError(position: position, message: "a \\u escape needs four hex digits")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// The text of a string's bytes (between its quotes) with its escapes decoded; the parser has
    /// checked them (a surrogate without its pair is refused there; U+FFFD stands for one only as a guard).
    static func unescape(_ file: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var i = range.lowerBound
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= range.upperBound else { return nil }
            var value: UInt32 = 0
            for j in at..<at + 4 {
                guard let digit = hexValue(file[j]) else { return nil }
                value = value * 16 + digit
            }
            return value
        }
        while i < range.upperBound {
            let byte = file[i]
            guard byte == UInt8(ascii: "\\") else { out.append(byte); i += 1; continue }
            let escape = file[i + 1]
            i += 2
            switch escape {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var code = hex4(i) ?? 0xFFFD
                i += 4
                if (0xD800...0xDBFF).contains(code), i + 1 < range.upperBound,
                   file[i] == UInt8(ascii: "\\"), file[i + 1] == UInt8(ascii: "u"),
                   let low = hex4(i + 2), (0xDC00...0xDFFF).contains(low) {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                out.append(contentsOf: UTF8.encode(Unicode.Scalar(code) ?? "\u{FFFD}")!)
            default: out.append(escape)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
