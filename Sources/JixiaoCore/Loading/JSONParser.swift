import Foundation

/// A strict JSON parser (RFC 8259) that records the byte offset of every value; a line and column
/// are computed only for a syntax error (and by `SourceLocator` for the errors found later).
struct JSONParser {
    struct SyntaxError: Error, Equatable {
        var position: SourcePosition
        var message: String
    }

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0
    private static let maxDepth = 512

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Parses a whole document: one value, surrounded by nothing but white space.
    static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONNode {
        var parser = JSONParser(bytes: bytes)
        if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            parser.index = 3
        }
        parser.skipWhitespace()
        if parser.index >= parser.bytes.count {
            throw SyntaxError(position: parser.position, message: "the file is empty: expected a JSON object")
        }
        let node = try parser.parseValue()
        parser.skipWhitespace()
        if parser.index < parser.bytes.count {
            throw SyntaxError(position: parser.position, message: "unexpected \(parser.describeHere()) after the end of the document")
        }
        return node
    }

    /// Where the value at a JSON path stands in a file, for errors found after decoding.
    static func position(of path: String, in data: Data) -> SourcePosition? {
        let bytes = [UInt8](data)
        return (try? parse(bytes))?.find(path).map { SourceLocator(bytes).position(of: $0.offset) }
    }

    /// The line and column of a byte offset, for an error (computed once, when thrown).
    private func at(_ offset: Int) -> SourcePosition { SourceLocator(bytes).position(of: offset) }

    /// The current position, for an error.
    private var position: SourcePosition { at(index) }

    private func describeHere() -> String {
        guard index < bytes.count else { return "end of file" }
        var end = index + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        let text = String(decoding: bytes[index..<end], as: UTF8.self)
        return "'\(text)'"
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D, 0x0A: index += 1
            default: return
            }
        }
    }

    private mutating func parseValue() throws(SyntaxError) -> JSONNode {
        let start = index
        guard index < bytes.count else {
            throw SyntaxError(position: at(start), message: "unexpected end of file: expected a value")
        }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(start)
        case UInt8(ascii: "["): return try parseArray(start)
        case UInt8(ascii: "\""): return JSONNode(value: .string(try parseString()), offset: start)
        case UInt8(ascii: "t"): try expectWord("true"); return JSONNode(value: .bool(true), offset: start)
        case UInt8(ascii: "f"): try expectWord("false"); return JSONNode(value: .bool(false), offset: start)
        case UInt8(ascii: "n"): try expectWord("null"); return JSONNode(value: .null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(value: .number(try parseNumber()), offset: start)
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

    private mutating func parseObject(_ start: Int) throws(SyntaxError) -> JSONNode {
        try enter(start)
        defer { depth -= 1 }
        index += 1
        var members: [JSONNode.Member] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
            index += 1
            return JSONNode(value: .object(members), offset: start)
        }
        while true {
            skipWhitespace()
            let keyOffset = index
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw SyntaxError(position: at(keyOffset), message: "unexpected \(describeHere()): expected a field name in double quotes")
            }
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw SyntaxError(position: position, message: "unexpected \(describeHere()): expected ':' after \"\(key)\"")
            }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            members.append(JSONNode.Member(key: key, keyOffset: keyOffset, value: value))
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
                return JSONNode(value: .object(members), offset: start)
            }
            throw SyntaxError(position: position, message: "unexpected \(describeHere()): expected ',' or '}'")
        }
    }

    private mutating func parseArray(_ start: Int) throws(SyntaxError) -> JSONNode {
        try enter(start)
        defer { depth -= 1 }
        index += 1
        var items: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
            index += 1
            return JSONNode(value: .array(items), offset: start)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue())
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
                return JSONNode(value: .array(items), offset: start)
            }
            throw SyntaxError(position: position, message: "unexpected \(describeHere()): expected ',' or ']'")
        }
    }

    private mutating func expectWord(_ word: String) throws(SyntaxError) {
        let start = index
        for byte in word.utf8 {
            guard index < bytes.count, bytes[index] == byte else {
                throw SyntaxError(position: at(start), message: "unexpected \(describeHere()): expected '\(word)'")
            }
            index += 1
        }
    }

    private mutating func parseNumber() throws(SyntaxError) -> String {
        let begin = index
        func digits(_ parser: inout JSONParser) -> Int {
            var n = 0
            while parser.index < parser.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.index]) {
                parser.index += 1
                n += 1
            }
            return n
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let intStart = index
        let intDigits = digits(&self)
        if intDigits == 0 {
            throw SyntaxError(position: at(begin), message: "a number needs digits")
        }
        if intDigits > 1 && bytes[intStart] == UInt8(ascii: "0") {
            throw SyntaxError(position: at(begin), message: "a number may not start with 0")
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            if digits(&self) == 0 { throw SyntaxError(position: at(begin), message: "a number needs digits after '.'") }
        }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
            if digits(&self) == 0 { throw SyntaxError(position: at(begin), message: "a number needs digits in its exponent") }
        }
        return String(decoding: bytes[begin..<index], as: UTF8.self)
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        let start = index
        index += 1
        var scalars = String.UnicodeScalarView()
        var runStart = index
        func flush(_ parser: JSONParser, _ scalars: inout String.UnicodeScalarView, _ from: Int) {
            if from < parser.index {
                scalars.append(contentsOf: String(decoding: parser.bytes[from..<parser.index], as: UTF8.self).unicodeScalars)
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                flush(self, &scalars, runStart)
                index += 1
                return String(scalars)
            }
            if byte == UInt8(ascii: "\\") {
                flush(self, &scalars, runStart)
                index += 1
                guard index < bytes.count else { break }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var code = try readHex4()
                    if (0xD800...0xDBFF).contains(code), index + 1 < bytes.count,
                       bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                        index += 2
                        let low = try readHex4()
                        if (0xDC00...0xDFFF).contains(low) {
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        }
                    }
                    scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                default:
                    throw SyntaxError(position: position, message: "unknown escape '\\\(Character(Unicode.Scalar(escape)))' in a string")
                }
                runStart = index
                continue
            }
            if byte < 0x20 {
                throw SyntaxError(position: position, message: byte == 0x0A
                    ? "a string may not run over the end of a line (the string opened at \(at(start)) is not closed)"
                    : "a control character in a string must be escaped")
            }
            index += 1
        }
        throw SyntaxError(position: at(start), message: "unterminated string")
    }

    private mutating func readHex4() throws(SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw SyntaxError(position: position, message: "a \\u escape needs four hex digits") }
            let b = bytes[index]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw SyntaxError(position: position, message: "a \\u escape needs four hex digits")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }
}
