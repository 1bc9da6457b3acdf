import Foundation

/// A JSON path such as `reports[0].indicators[3].name`, spelled out only when an error names it (a
/// file of a million values builds no path text for the values that are right).
struct JSONPath: Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    private indirect enum Step: Sendable {
        case text(String)
        case key(Step, String)
        case index(Step, Int)
    }

    private let step: Step

    init(_ text: String) { step = .text(text) }
    init(stringLiteral text: String) { step = .text(text) }
    private init(step: Step) { self.step = step }

    func appending(_ key: String) -> JSONPath { JSONPath(step: .key(step, key)) }
    subscript(index: Int) -> JSONPath { JSONPath(step: .index(step, index)) }

    var description: String { Self.spell(step) }

    private static func spell(_ step: Step) -> String {
        switch step {
        case .text(let text):
            return text
        case .key(let parent, let key):
            let prefix = spell(parent)
            // Only an unknown field's name can be long: shown by its start and its size.
            let shown = key.utf8.count <= 64 ? key : "\(key.prefix(24))…(a name of \(key.utf8.count) bytes)"
            return prefix.isEmpty ? shown : prefix + "." + shown
        case .index(let parent, let index):
            return spell(parent) + "[\(index)]"
        }
    }
}

/// Collects every problem found while reading one file, so they can all be reported at once.
final class ReadContext {
    let file: String
    private(set) var errors: [LoadError] = []
    private let locator: SourceLocator?

    /// `bytes` are the file's, to place each error; without them errors carry no position.
    init(file: String, bytes: FileBytes? = nil) {
        self.file = file
        self.locator = bytes.map(SourceLocator.init)
    }

    func fail(_ node: JSONNode?, _ path: JSONPath, _ message: String, kind: LoadError.Kind = .field) {
        let position = node.flatMap { node in locator?.position(of: node.offset) }
        errors.append(LoadError(kind: kind, file: file, position: position, path: path.description, message: message))
    }
}

/// Reads the fields of one JSON object, recording a precise error for each one that is wrong.
///
/// Every accessor returns a usable value even on error (an empty string, zero) so that
/// reading goes on and the remaining problems are found too. Fields are found by comparing their
/// names' bytes with the object's keys in the tape; no dictionary is built.
struct ObjectReader {
    let context: ReadContext
    let node: JSONNode
    let path: JSONPath
    /// For an object of many keys (a file made by another tool), its keys' first members, so that
    /// finding a field stays cheap; the model's own objects have a few dozen keys at most, which a
    /// scan finds faster than building a dictionary.
    private let index: [String: JSONNode]?
    private static let indexedAbove = 48

    /// Starts reading `node` at `path`; nil (with an error recorded) when it is not an object.
    init?(_ node: JSONNode, path: JSONPath, context: ReadContext) {
        guard node.isObject else {
            context.fail(node, path, "expected an object, found \(node.kindName)")
            return nil
        }
        self.context = context
        self.node = node
        self.path = path
        if node.count > Self.indexedAbove {
            var index: [String: JSONNode] = [:]
            var duplicates: [(String, JSONNode)] = []
            Self.forEachMember(of: node) { key, value in
                let name = key.string ?? ""
                if index[name] == nil { index[name] = value } else { duplicates.append((name, value)) }
                return true
            }
            self.index = index
            for (name, value) in duplicates { context.fail(value, path.appending(name), "the field appears twice in the same object") }
        } else {
            self.index = nil
            if node.count > 1 { reportDuplicates() }
        }
    }

    /// The keys and values of the object, walked in place.
    private func forEachMember(_ body: (JSONNode, JSONNode) -> Bool) {
        Self.forEachMember(of: node, body)
    }

    private static func forEachMember(of node: JSONNode, _ body: (JSONNode, JSONNode) -> Bool) {
        let tape = node.tape
        var i = node.index + 1
        for _ in 0..<node.count {
            let value = JSONNode(tape: tape, index: i + 1)
            if !body(JSONNode(tape: tape, index: i), value) { return }
            i = value.end
        }
    }

    private func reportDuplicates() {
        var keys: [JSONNode] = []
        keys.reserveCapacity(node.count)
        forEachMember { key, value in
            if keys.contains(where: { $0.sameKey(as: key) }) {
                context.fail(value, fieldPath(key.string ?? ""), "the field appears twice in the same object")
            } else {
                keys.append(key)
            }
            return true
        }
    }

    func fieldPath(_ key: String) -> JSONPath { path.appending(key) }

    /// Reports every field not in `known`, naming the closest known one.
    func rejectUnknown(_ known: [String]) {
        var unknown: [(key: String, value: JSONNode)] = []
        forEachMember { key, value in
            if !known.contains(where: { key.spells($0) }) { unknown.append((key.string ?? "", value)) }
            return true
        }
        var reported = Set<String>()
        for (key, value) in unknown.sorted(by: { $0.key < $1.key }) where reported.insert(key).inserted {
            var message = "unknown field"
            // Within three edits only of a name within three characters of its length (and a long
            // name is never measured against every known one).
            let length = key.count
            let close = known.filter { abs($0.count - length) <= 3 }
            if let near = close.min(by: { editDistance($0, key) < editDistance($1, key) }), editDistance(near, key) <= 3 {
                message += " (did you mean \"\(near)\"?)"
            }
            context.fail(value, fieldPath(key), message)
        }
    }

    /// The first member named `key`, null included.
    private func present(_ key: String) -> JSONNode? {
        if let index { return index[key] }
        var found: JSONNode?
        forEachMember { name, value in
            if name.spells(key) { found = value; return false }
            return true
        }
        return found
    }

    func member(_ key: String) -> JSONNode? {
        guard let node = present(key), !node.isNull else { return nil }
        return node
    }

    private func missing(_ key: String) {
        if let present = present(key) {
            context.fail(present, fieldPath(key), "must not be null: the field is required")
        } else {
            context.fail(node, fieldPath(key), "missing required field")
        }
    }

    // MARK: Strings

    func string(_ key: String, allowEmpty: Bool = false) -> String {
        guard let node = member(key) else {
            missing(key)
            return ""
        }
        return Self.string(node, fieldPath(key), context, allowEmpty: allowEmpty) ?? ""
    }

    func optionalString(_ key: String) -> String? {
        guard let node = member(key) else { return nil }
        return Self.string(node, fieldPath(key), context, allowEmpty: true)
    }

    static func string(_ node: JSONNode, _ path: @autoclosure () -> JSONPath, _ context: ReadContext, allowEmpty: Bool) -> String? {
        if let length = node.stringByteCount, length > DataLimits.textBytes {
            context.fail(node, path(), "a text of \(length) bytes, longer than the \(DataLimits.textBytes >> 20) MiB a field may hold")
            return nil
        }
        guard let text = node.string else {
            context.fail(node, path(), "expected a string, found \(node.kindName)")
            return nil
        }
        if !allowEmpty && node.isBlankString {
            context.fail(node, path(), "must not be empty")
        }
        return text
    }

    // MARK: Numbers

    /// A decimal read from the number's literal text, never through a binary float.
    func decimal(_ key: String, nonNegative: Bool = true) -> Decimal {
        guard let node = member(key) else {
            missing(key)
            return 0
        }
        return Self.decimal(node, fieldPath(key), context, nonNegative: nonNegative) ?? 0
    }

    func optionalDecimal(_ key: String, nonNegative: Bool = true) -> Decimal? {
        guard let node = member(key) else { return nil }
        return Self.decimal(node, fieldPath(key), context, nonNegative: nonNegative)
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    static func decimal(_ node: JSONNode, _ path: @autoclosure () -> JSONPath, _ context: ReadContext, nonNegative: Bool) -> Decimal? {
        var value = node.withNumberBytes(Self.plainDecimal) ?? nil
        if value == nil, let literal = node.numberText {
            // Decimal holds 38 significant digits: more would be rounded away without a word.
            let digits = Self.significantDigits(literal)
            if digits == 0 { return 0 } // a zero, whatever its exponent (Foundation refuses 0e200)
            if digits > 38 {
                context.fail(node, path(), "the number \(Self.shown(literal)) has \(digits) significant digits: at most 38 are held exactly")
                return nil
            }
            value = Decimal(string: literal, locale: posix)
        }
        guard let value else {
            if node.kind == .number {
                context.fail(node, path(), "the number \(Self.shown(node.numberText ?? "")) is out of range")
            } else {
                context.fail(node, path(), "expected a decimal number, found \(node.kindName)")
            }
            return nil
        }
        if nonNegative && value < 0 {
            context.fail(node, path(), "must not be negative, found \(Self.shown(node.numberText ?? ""))")
        }
        // Sums of a province's figures stay exact within Decimal's 38 digits only for figures of a sane size.
        if value > DataLimits.largestFigure || value < -DataLimits.largestFigure {
            context.fail(node, path(), "the number \(Self.shown(node.numberText ?? "")) is larger than any figure a report holds (at most 10^15)")
        }
        return value
    }

    /// The significant digits of a JSON number literal: its mantissa's digits without leading or
    /// trailing zeros (which the exponent holds).
    static func significantDigits(_ literal: String) -> Int {
        // One pass over the bytes: a literal may be a megabyte of zeros.
        var count = 0, first = -1, last = -1
        for byte in literal.utf8 {
            if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { break }
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { continue }
            if byte != UInt8(ascii: "0") {
                if first < 0 { first = count }
                last = count
            }
            count += 1
        }
        return first < 0 ? 0 : last - first + 1
    }

    /// A number's literal as an error message shows it: whole up to 48 characters, else its start,
    /// its end and its length.
    static func shown(_ literal: String) -> String {
        literal.utf8.count <= 48 ? literal : "\(literal.prefix(20))…\(literal.suffix(12)) (\(literal.utf8.count) characters)"
    }

    /// A literal of at most 19 digits, with or without a fraction and without an exponent, made into a
    /// decimal from its digits (the same value `Decimal(string:)` gives, without its locale and
    /// scanner); nil for anything else, which takes the slow way.
    private static func plainDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Decimal? {
        var negative = false, significand: UInt64 = 0, exponent = 0, digits = 0, fraction = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: "."): fraction = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                if digits > 19 { return nil }
                significand = significand * 10 + UInt64(byte - UInt8(ascii: "0"))
                if fraction { exponent -= 1 }
            default: return nil
            }
        }
        if significand == 0 { return fraction ? nil : 0 }
        return Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
    }

    func int(_ key: String, in range: ClosedRange<Int>) -> Int {
        guard member(key) != nil else {
            missing(key)
            return range.lowerBound
        }
        return optionalInt(key, in: range) ?? range.lowerBound
    }

    func optionalInt(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let node = member(key) else { return nil }
        guard let literal = node.numberText, let value = Int(literal) else {
            // Digits too many for a machine integer are still a whole number, out of the range.
            if let literal = node.numberText, literal.drop(while: { $0 == "-" }).allSatisfy({ ("0"..."9").contains($0) }) {
                context.fail(node, fieldPath(key), "must be from \(range.lowerBound) to \(range.upperBound), found \(Self.shown(literal))")
                return nil
            }
            context.fail(node, fieldPath(key), "expected a whole number, found \(node.kindName)")
            return nil
        }
        guard range.contains(value) else {
            context.fail(node, fieldPath(key), "must be from \(range.lowerBound) to \(range.upperBound), found \(value)")
            return nil
        }
        return value
    }

    // MARK: Enumerations

    func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) -> E? where E.RawValue == String {
        guard member(key) != nil else {
            missing(key)
            return nil
        }
        return optionalEnumeration(key, type)
    }

    func optionalEnumeration<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) -> E? where E.RawValue == String {
        guard let node = member(key) else { return nil }
        guard let text = Self.string(node, fieldPath(key), context, allowEmpty: true) else { return nil }
        guard let value = E(rawValue: text) else {
            let allowed = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            context.fail(node, fieldPath(key), "expected one of \(allowed), found \"\(JSONNode.abbreviated(text))\"")
            return nil
        }
        return value
    }

    // MARK: Nested values

    /// Reads an array, each element through `read`; a missing optional array is empty.
    func array<T>(_ key: String, required: Bool = false, _ read: (JSONNode, JSONPath) -> T?) -> [T] {
        guard let node = member(key) else {
            if required { missing(key) }
            return []
        }
        guard node.isArray else {
            context.fail(node, fieldPath(key), "expected an array, found \(node.kindName)")
            return []
        }
        let path = fieldPath(key)
        return node.items.enumerated().compactMap { index, item in read(item, path[index]) }
    }

    func object<T>(_ key: String, _ read: (ObjectReader) -> T) -> T? {
        guard let node = member(key), let reader = ObjectReader(node, path: fieldPath(key), context: context) else {
            return nil
        }
        return read(reader)
    }

    func nodeFor(_ key: String) -> JSONNode? { member(key) }

    /// Fails each field that holds more than 100: a weight or a score is points of a 100-point scale
    /// (a weight of 5×10²⁹ once graded a report 优).
    func checkPoints(_ fields: [(String, Decimal?)]) {
        for (key, value) in fields {
            // A figure past 10^15 has been refused as such already.
            guard let value, value > Decimal(DataLimits.points), value <= DataLimits.largestFigure, let node = member(key) else { continue }
            context.fail(node, fieldPath(key), "at most \(DataLimits.points) points, found \(node.numberText ?? value.plain)")
        }
    }
}

/// Levenshtein distance, for "did you mean" hints on short field names.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
