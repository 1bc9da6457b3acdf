import Foundation

/// A strict JSON parser (RFC 8259) over a file's bytes: it lays the values out as a flat list of
/// tokens (offset, length, kind), validates UTF-8 as it scans strings, and makes no String, array or
/// dictionary per value; a line and column are computed only for a syntax error (and by
/// `SourceLocator` for the errors found later).
///
/// One array of the top-level object (a report file's `reports`) can be streamed: each item is
/// parsed into a tape of its own and handed to the caller, so a province's file is never held as
/// one tree.
struct JSONParser: ~Copyable {
    struct SyntaxError: Error, Equatable {
        var position: SourcePosition
        var message: String
    }

    private let file: [UInt8]
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0
    private var tokens: [JSONToken] = []
    private static let maxDepth = 512

    private init(file: [UInt8], bytes: UnsafeBufferPointer<UInt8>) {
        self.file = file
        self.bytes = bytes
    }

    /// Parses a whole document: one value, surrounded by nothing but white space.
    static func parse(_ file: [UInt8]) throws(SyntaxError) -> JSONNode {
        try parse(file, streaming: nil) { _, _ in }
    }

    /// Parses a whole document; when it is an object, the items of its array member `key` are parsed
    /// one at a time into tapes of their own and given to `each` with their index, in order (that
    /// member's array then holds no items in the returned tape, only their count).
    static func parse(
        _ file: [UInt8], streaming key: String?, each: (JSONNode, Int) -> Void
    ) throws(SyntaxError) -> JSONNode {
        let outcome: Result<[JSONToken], SyntaxError> = file.withUnsafeBufferPointer { bytes in
            var parser = JSONParser(file: file, bytes: bytes)
            do throws(SyntaxError) {
                try parser.parseDocument(streaming: key, each: each)
                return .success(parser.tokens)
            } catch {
                return .failure(error)
            }
        }
        return JSONTape(bytes: file, tokens: try outcome.get()).root
    }

    /// Where the value at a JSON path stands in a file, for errors found after decoding.
    static func position(of path: String, in file: [UInt8]) -> SourcePosition? {
        (try? parse(file))?.find(path).map { SourceLocator(file).position(of: $0.offset) }
    }

    private mutating func parseDocument(streaming key: String?, each: (JSONNode, Int) -> Void) throws(SyntaxError) {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            index = 3
        }
        skipWhitespace()
        if index >= bytes.count {
            throw SyntaxError(position: position, message: "the file is empty: expected a JSON object")
        }
        if let key, bytes[index] == UInt8(ascii: "{") {
            try parseObject(index, streaming: key, each: each)
        } else {
            try parseValue()
        }
        skipWhitespace()
        if index < bytes.count {
            throw SyntaxError(position: position, message: "unexpected \(describeHere()) after the end of the document")
        }
    }

    /// The line and column of a byte offset, for an error (computed once, when thrown).
    private func at(_ offset: Int) -> SourcePosition { SourceLocator(file).position(of: offset) }

    /// The current position, for an error.
    private var position: SourcePosition { at(index) }

    private func describeHere() -> String {
        guard index < bytes.count else { return "end of file" }
        var end = index + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
        return "'\(text)'"
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D, 0x0A: index += 1
            default: return
            }
        }
    }

    private mutating func append(_ kind: JSONToken.Kind, _ start: Int, length: Int = 0, escaped: Bool = false) {
        tokens.append(JSONToken(offset: start, length: UInt32(truncatingIfNeeded: length), count: 0, kind: kind, escaped: escaped, streamed: false))
    }

    private mutating func parseValue() throws(SyntaxError) {
        let start = index
        guard index < bytes.count else {
            throw SyntaxError(position: at(start), message: "unexpected end of file: expected a value")
        }
        switch bytes[index] {
        case UInt8(ascii: "{"): try parseObject(start, streaming: nil) { _, _ in }
        case UInt8(ascii: "["): try parseArray(start, streaming: false) { _, _ in }
        case UInt8(ascii: "\""):
            let escaped = try scanString()
            append(.string, start, length: index - start - 2, escaped: escaped)
        case UInt8(ascii: "t"): try expectWord("true"); append(.true, start)
        case UInt8(ascii: "f"): try expectWord("false"); append(.false, start)
        case UInt8(ascii: "n"): try expectWord("null"); append(.null, start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try scanNumber()
            append(.number, start, length: index - start)
        default:
            throw SyntaxError(position: at(start), message: "unexpected \(describeHere()): expected a value")
        }
    }

    private mutating func enter(_ start: Int) throws(SyntaxError) {
        depth += 1
        if depth > Self.maxDepth {
            throw SyntaxError(position: at(start), message: "nested more than \(Self.maxDepth) levels deep")
        }
    }

    /// Fills in a container's span and count once its contents are parsed.
    private mutating func close(_ token: Int, count: Int) {
        tokens[token].length = UInt32(truncatingIfNeeded: tokens.count - token - 1)
        tokens[token].count = UInt32(truncatingIfNeeded: count)
    }

    private mutating func parseObject(_ start: Int, streaming key: String?, each: (JSONNode, Int) -> Void) throws(SyntaxError) {
        try enter(start)
        defer { depth -= 1 }
        index += 1
        let token = tokens.count
        append(.object, start)
        var count = 0
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
            index += 1
            close(token, count: 0)
            return
        }
        while true {
            skipWhitespace()
            let keyOffset = index
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw SyntaxError(position: at(keyOffset), message: "unexpected \(describeHere()): expected a field name in double quotes")
            }
            let escaped = try scanString()
            append(.string, keyOffset, length: index - keyOffset - 2, escaped: escaped)
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw SyntaxError(position: position, message: "unexpected \(describeHere()): expected ':' after \"\(lastKey)\"")
            }
            index += 1
            skipWhitespace()
            if let key, index < bytes.count, bytes[index] == UInt8(ascii: "["), lastKeySpells(key) {
                try parseArray(index, streaming: true, each: each)
            } else {
                try parseValue()
            }
            count += 1
            skipWhitespace()
            guard index < bytes.count else {
                throw SyntaxError(position: position, message: "unexpected end of file: expected ',' or '}' to close the object opened at \(at(start))")
            }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                close(token, count: count)
                return
            }
            throw SyntaxError(position: position, message: "unexpected \(describeHere()): expected ',' or '}'")
        }
    }

    /// The key just parsed (the last token), for a message.
    private var lastKey: String {
        JSONTape(bytes: file, tokens: [tokens[tokens.count - 1]]).root.string ?? ""
    }

    /// Whether the key just parsed is `key`.
    private func lastKeySpells(_ key: String) -> Bool {
        JSONTape(bytes: file, tokens: [tokens[tokens.count - 1]]).root.spells(key)
    }

    /// Parses an array; when `streaming`, each item goes into a tape of its own, handed to `each`.
    private mutating func parseArray(_ start: Int, streaming: Bool, each: (JSONNode, Int) -> Void) throws(SyntaxError) {
        try enter(start)
        defer { depth -= 1 }
        index += 1
        let token = tokens.count
        append(.array, start)
        tokens[token].streamed = streaming
        var count = 0
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
            index += 1
            close(token, count: 0)
            return
        }
        var outer: [JSONToken] = []
        if streaming { swap(&outer, &tokens) }
        while true {
            skipWhitespace()
            try parseValue()
            if streaming {
                each(JSONTape(bytes: file, tokens: tokens).root, count)
                tokens.removeAll(keepingCapacity: true)
            }
            count += 1
            skipWhitespace()
            guard index < bytes.count else {
                throw SyntaxError(position: position, message: "unexpected end of file: expected ',' or ']' to close the array opened at \(at(start))")
            }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                if streaming { swap(&outer, &tokens) }
                close(token, count: count)
                return
            }
            throw SyntaxError(position: position, message: "unexpected \(describeHere()): expected ',' or ']'")
        }
    }

    private mutating func expectWord(_ word: StaticString) throws(SyntaxError) {
        let start = index
        for i in 0..<word.utf8CodeUnitCount {
            guard index < bytes.count, bytes[index] == word.utf8Start[i] else {
                throw SyntaxError(position: at(start), message: "unexpected \(describeHere()): expected '\(word)'")
            }
            index += 1
        }
    }

    @inline(__always)
    private mutating func digits() -> Int {
        let from = index
        while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
        return index - from
    }

    private mutating func scanNumber() throws(SyntaxError) {
        let begin = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let intStart = index
        let intDigits = digits()
        if intDigits == 0 {
            throw SyntaxError(position: at(begin), message: "a number needs digits")
        }
        if intDigits > 1 && bytes[intStart] == UInt8(ascii: "0") {
            throw SyntaxError(position: at(begin), message: "a number may not start with 0")
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            if digits() == 0 { throw SyntaxError(position: at(begin), message: "a number needs digits after '.'") }
        }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
            if digits() == 0 { throw SyntaxError(position: at(begin), message: "a number needs digits in its exponent") }
        }
    }

    /// Scans a string from its opening quote to past its closing one, checking escapes and UTF-8;
    /// returns whether it holds an escape.
    private mutating func scanString() throws(SyntaxError) -> Bool {
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
                    try scanHex4()
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
        guard index + following < bytes.count else { throw invalidUTF8(at: index) }
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
        return SyntaxError(position: at(offset), message: "the text is not valid UTF-8 at byte offset \(offset) (bytes \(shown)): save the file as UTF-8")
    }

    private mutating func scanHex4() throws(SyntaxError) {
        for _ in 0..<4 {
            guard index < bytes.count, Self.hexValue(bytes[index]) != nil else {
                throw SyntaxError(position: position, message: "a \\u escape needs four hex digits")
            }
            index += 1
        }
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
    /// checked them. A surrogate without its pair becomes U+FFFD and takes nothing after it.
    static func unescape(_ file: [UInt8], _ range: Range<Int>) -> String {
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
