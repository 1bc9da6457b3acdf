import Foundation

/// A place in a source file, 1-based; columns count characters, not bytes.
public struct SourcePosition: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// One value of a parsed JSON text, as the parser lays them out: a flat list in document order, an
/// object's key and value tokens following it, a container knowing how many tokens it spans.
struct JSONToken: Sendable {
    enum Kind: UInt8, Sendable {
        case object, array, string, number, `true`, `false`, null
    }

    /// Where the value starts in the file (the opening quote of a string).
    var offset: Int
    /// A string's or number's length in bytes (without a string's quotes); for a container, the
    /// tokens that follow it and belong to it.
    var length: UInt32
    /// A container's members or items.
    var count: UInt32
    var kind: Kind
    /// A string holds a backslash escape (its text is decoded from the bytes only then).
    var escaped: Bool
    /// An array whose items were handed one by one to the parser's caller and are not in this list.
    var streamed: Bool
}

/// The tokens of one parsed value and the bytes they point into; strings are made from the bytes only
/// when a field is read, so the parser allocates nothing per value.
final class JSONTape: Sendable {
    let bytes: FileBytes
    let tokens: [JSONToken]

    init(bytes: FileBytes, tokens: [JSONToken]) {
        self.bytes = bytes
        self.tokens = tokens
    }

    var root: JSONNode { JSONNode(tape: self, index: 0) }
}

/// A parsed JSON value that remembers where it stood in its file, as a byte offset (a `SourceLocator`
/// turns it into a line and column when an error needs one).
struct JSONNode: Sendable {
    let tape: JSONTape
    let index: Int

    private var token: JSONToken { tape.tokens[index] }

    var kind: JSONToken.Kind { token.kind }
    var offset: Int { token.offset }
    var isNull: Bool { token.kind == .null }

    /// The index of the token after this value and everything in it.
    var end: Int {
        let token = token
        return token.kind == .object || token.kind == .array ? index + 1 + Int(token.length) : index + 1
    }

    /// A string's length in the file's bytes (escapes as written), without making it; nil for another value.
    var stringByteCount: Int? { token.kind == .string ? Int(token.length) : nil }

    /// The decoded text of a string value.
    var string: String? {
        let token = token
        guard token.kind == .string else { return nil }
        let start = token.offset + 1, end = start + Int(token.length)
        if !token.escaped {
            return tape.bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
        }
        return JSONParser.unescape(tape.bytes.buffer, start..<end)
    }

    /// Whether this is a string whose text is all white space and line breaks (or empty), as
    /// Foundation's `whitespacesAndNewlines` says; decided on the bytes for the usual cases: spaces,
    /// then a character that is surely no space (ASCII, a Han character or a Hangul syllable).
    var isBlankString: Bool {
        let token = token
        guard token.kind == .string else { return false }
        let start = token.offset + 1, end = start + Int(token.length)
        let bytes = tape.bytes
        var i = start
        while i < end, bytes[i] == 0x20 { i += 1 }
        guard i < end else { return true }
        let lead = bytes[i]
        if lead < 0x80 && lead != UInt8(ascii: "\\") { return false }
        if lead >= 0xE0 && lead < 0xF0 && i + 2 < end {
            let scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            if (0x3400...0x9FFF).contains(scalar) || (0xAC00...0xD7A3).contains(scalar) || (0xF900...0xFAFF).contains(scalar) { return false }
        }
        if lead >= 0xF0 { return false }  // beyond the BMP: no space there
        return string?.isBlank(.whitespacesAndNewlines) ?? false
    }

    /// The literal text of a number, kept so that decimals never pass through binary floating point.
    var numberText: String? {
        let token = token
        guard token.kind == .number else { return nil }
        return String(decoding: tape.bytes[token.offset..<token.offset + Int(token.length)], as: UTF8.self)
    }

    /// The bytes of a number's literal.
    func withNumberBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        let token = token
        guard token.kind == .number else { return nil }
        return tape.bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[token.offset..<token.offset + Int(token.length)])) }
    }

    var isObject: Bool { token.kind == .object }
    var isArray: Bool { token.kind == .array }
    /// An array whose items the parser handed out one by one (they are not in this tape).
    var isStreamed: Bool { token.kind == .array && token.streamed }

    /// An array's item count (also for a streamed array, whose items are not in the tape).
    var count: Int { Int(token.count) }

    /// An array's items in order (none for a streamed array).
    var items: [JSONNode] {
        guard token.kind == .array, !token.streamed else { return [] }
        var result: [JSONNode] = []
        result.reserveCapacity(Int(token.count))
        var i = index + 1
        for _ in 0..<token.count {
            let item = JSONNode(tape: tape, index: i)
            result.append(item)
            i = item.end
        }
        return result
    }

    /// Whether this string node's bytes spell `key` (a field name, which never needs escapes).
    func spells(_ key: String) -> Bool {
        let token = token
        guard token.kind == .string else { return false }
        if token.escaped { return string == key }
        var key = key
        return key.withUTF8 { keyBytes in
            guard keyBytes.count == Int(token.length) else { return false }
            return tape.bytes.withUnsafeBufferPointer { bytes in
                memcmp(bytes.baseAddress! + token.offset + 1, keyBytes.baseAddress!, keyBytes.count) == 0
            }
        }
    }

    /// A text cut to 40 characters for a message.
    /// A text from the data as a message repeats it: whole up to 40 characters, else its start and `…`.
    static func abbreviated(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…" : text
    }

    /// Whether two string nodes hold the same text.
    func sameKey(as other: JSONNode) -> Bool {
        let a = token, b = other.token
        if a.escaped || b.escaped { return string == other.string }
        guard a.length == b.length else { return false }
        return tape.bytes.withUnsafeBufferPointer { x in
            other.tape.bytes.withUnsafeBufferPointer { y in
                memcmp(x.baseAddress! + a.offset + 1, y.baseAddress! + b.offset + 1, Int(a.length)) == 0
            }
        }
    }

    /// The node at a path such as `indicators[3].subProject` below this one, if it exists; each step
    /// skips over the values before it without making them.
    func find(_ path: String) -> JSONNode? {
        var node = self
        for part in path.split(separator: ".") {
            var name = Substring(part)
            var indices: [Int] = []
            while let open = name.lastIndex(of: "["), name.last == "]",
                  let index = Int(name[name.index(after: open)..<name.index(before: name.endIndex)]) {
                indices.insert(index, at: 0)
                name = name[..<open]
            }
            if !name.isEmpty {
                guard let value = node.member(String(name)) else { return nil }
                node = value
            }
            for index in indices {
                guard let item = node.item(at: index) else { return nil }
                node = item
            }
        }
        return node
    }

    /// The value of an object's first member named `key`.
    func member(_ key: String) -> JSONNode? {
        guard token.kind == .object else { return nil }
        var i = index + 1
        for _ in 0..<token.count {
            let value = JSONNode(tape: tape, index: i + 1)
            if JSONNode(tape: tape, index: i).spells(key) { return value }
            i = value.end
        }
        return nil
    }

    /// An array's item at `position`, reached by skipping the ones before it.
    func item(at position: Int) -> JSONNode? {
        guard token.kind == .array, !token.streamed, position >= 0, position < Int(token.count) else { return nil }
        var i = index + 1
        for _ in 0..<position { i = JSONNode(tape: tape, index: i).end }
        return JSONNode(tape: tape, index: i)
    }

    /// The kind of value, as a message names it.
    var kindName: String {
        switch token.kind {
        case .object: "an object"
        case .array: "an array"
        case .string: "\"\(Self.abbreviated(string ?? ""))\""
        case .number: "the number \(ObjectReader.shown(numberText ?? ""))"
        case .true: "true"
        case .false: "false"
        case .null: "null"
        }
    }
}
