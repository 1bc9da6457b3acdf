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
        /// The JSON path of the value being read when the text stopped being JSON
        /// (`reports[1402].subProjects[3]`), so an error deep in a province's file names its report.
        var path = ""
    }

    /// One step from the top to the value being parsed: a member's key (its bytes) or an item's index.
    private enum Step {
        case key(offset: Int, length: Int, escaped: Bool)
        case index(Int)
    }

    /// Where the parser is, kept as it goes and spelled out only for a syntax error.
    private var steps: [Step] = []

    let file: FileBytes
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    private var depth = 0
    private var tokens: [JSONToken] = []
    /// Whether the streamed member was met already: a second one (an error the reader reports) is
    /// parsed as an ordinary value, so only the first is read, as a dictionary would keep it.
    private var streamedOnce = false
    private static let maxDepth = 512

    private init(file: FileBytes, bytes: UnsafeBufferPointer<UInt8>) {
        self.file = file
        self.bytes = bytes
    }

    /// Parses a whole document: one value, surrounded by nothing but white space.
    static func parse(_ file: FileBytes) throws(SyntaxError) -> JSONNode {
        try parse(file, streaming: nil) { _, _, _ in }
    }

    /// Parses a whole document; when it is an object, the items of its array member `key` are parsed
    /// one at a time into tapes of their own and given to `each` with their index and the byte offset
    /// just past them, in order (that member's array then holds no items in the returned tape, only
    /// their count).
    static func parse(
        _ file: FileBytes, streaming key: String?, each: (JSONNode, Int, Int) -> Void
    ) throws(SyntaxError) -> JSONNode {
        let outcome: Result<[JSONToken], SyntaxError> = file.withUnsafeBufferPointer { bytes in
            var parser = JSONParser(file: file, bytes: bytes)
            do throws(SyntaxError) {
                try parser.parseDocument(streaming: key, each: each)
                return .success(parser.tokens)
            } catch {
                var error = error
                error.path = parser.spelledPath
                return .failure(error)
            }
        }
        return JSONTape(bytes: file, tokens: try outcome.get()).root
    }

    /// The one value at `range` of a file (a streamed item found before), its offsets the file's own.
    static func parseValue(in file: FileBytes, at range: Range<Int>) throws(SyntaxError) -> JSONNode {
        let outcome: Result<[JSONToken], SyntaxError> = file.withUnsafeBufferPointer { bytes in
            var parser = JSONParser(file: file, bytes: UnsafeBufferPointer(rebasing: bytes[..<min(range.upperBound, bytes.count)]))
            parser.index = range.lowerBound
            do throws(SyntaxError) {
                try parser.parseValue()
                return .success(parser.tokens)
            } catch {
                return .failure(error)
            }
        }
        return JSONTape(bytes: file, tokens: try outcome.get()).root
    }

    /// Where the value at a JSON path stands in a file, for errors found after decoding.
    static func position(of path: String, in file: FileBytes) -> SourcePosition? {
        (try? parse(file))?.find(path).map { SourceLocator(file).position(of: $0.offset) }
    }

    private mutating func parseDocument(streaming key: String?, each: (JSONNode, Int, Int) -> Void) throws(SyntaxError) {
        if let wide = TextEncodingGuess.wideEncoding(of: bytes) {
            throw SyntaxError(position: at(0), message: "the file is \(wide), not UTF-8: import it with jixiao import --encoding \(wide), or save it as UTF-8")
        }
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
    func at(_ offset: Int) -> SourcePosition { SourceLocator(file).position(of: offset) }

    /// The current position, for an error.
    var position: SourcePosition { at(index) }

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
        case UInt8(ascii: "{"): try parseObject(start, streaming: nil) { _, _, _ in }
        case UInt8(ascii: "["): try parseArray(start, streaming: false) { _, _, _ in }
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

    private mutating func parseObject(_ start: Int, streaming key: String?, each: (JSONNode, Int, Int) -> Void) throws(SyntaxError) {
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
            steps.append(.key(offset: keyOffset, length: index - keyOffset - 2, escaped: escaped))
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw SyntaxError(position: position, message: "unexpected \(describeHere()): expected ':' after \"\(lastKey)\"")
            }
            index += 1
            skipWhitespace()
            if let key, !streamedOnce, index < bytes.count, bytes[index] == UInt8(ascii: "["), lastKeySpells(key) {
                streamedOnce = true
                try parseArray(index, streaming: true, each: each)
            } else {
                try parseValue()
            }
            steps.removeLast()
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

    /// The path of the value being parsed, as `JSONPath` spells one; a path deeper than 24 steps (hostile nesting) keeps its
    /// first 12 and last 4 steps around `…` and says how deep it is, instead of a line of thousands.
    private var spelledPath: String {
        func spelled(_ step: Step, first: Bool) -> String {
            switch step {
            case .key(let offset, let length, let escaped):
                let range = offset + 1..<offset + 1 + length
                let key = escaped ? Self.unescape(file.buffer, range) : String(decoding: file[range], as: UTF8.self)
                return first ? key : "." + key
            case .index(let index):
                return "[\(index)]"
            }
        }
        guard steps.count > 24 else {
            return steps.enumerated().map { spelled($0.element, first: $0.offset == 0) }.joined()
        }
        let head = steps.prefix(12).enumerated().map { spelled($0.element, first: $0.offset == 0) }.joined()
        let tail = steps.suffix(4).map { spelled($0, first: false) }.joined()
        return head + "…" + tail + " (\(steps.count) levels)"
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
    private mutating func parseArray(_ start: Int, streaming: Bool, each: (JSONNode, Int, Int) -> Void) throws(SyntaxError) {
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
            steps.append(.index(count))
            try parseValue()
            steps.removeLast()
            if streaming {
                each(JSONTape(bytes: file, tokens: tokens).root, count, index)
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
}
