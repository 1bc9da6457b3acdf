import Foundation

/// Collects every problem found while reading one file, so they can all be reported at once.
final class ReadContext {
    let file: String
    private(set) var errors: [LoadError] = []
    private let locator: SourceLocator?

    /// `bytes` are the file's, to place each error; without them errors carry no position.
    init(file: String, bytes: [UInt8]? = nil) {
        self.file = file
        self.locator = bytes.map(SourceLocator.init)
    }

    func fail(_ node: JSONNode?, _ path: String, _ message: String, kind: LoadError.Kind = .field) {
        let position = node.flatMap { node in locator?.position(of: node.offset) }
        errors.append(LoadError(kind: kind, file: file, position: position, path: path, message: message))
    }
}

/// Reads the fields of one JSON object, recording a precise error for each one that is wrong.
///
/// Every accessor returns a usable value even on error (an empty string, zero) so that
/// reading goes on and the remaining problems are found too.
struct ObjectReader {
    let context: ReadContext
    let node: JSONNode
    let path: String
    private let members: [String: JSONNode.Member]

    /// Starts reading `node` at `path`; nil (with an error recorded) when it is not an object.
    init?(_ node: JSONNode, path: String, context: ReadContext) {
        guard case .object(let list) = node.value else {
            context.fail(node, path, "expected an object, found \(node.kindName)")
            return nil
        }
        self.context = context
        self.node = node
        self.path = path
        var members: [String: JSONNode.Member] = [:]
        var duplicates: [JSONNode.Member] = []
        for member in list {
            if members[member.key] != nil { duplicates.append(member) } else { members[member.key] = member }
        }
        self.members = members
        for duplicate in duplicates {
            context.fail(duplicate.value, Self.join(path, duplicate.key), "the field appears twice in the same object")
        }
    }

    static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    func fieldPath(_ key: String) -> String { Self.join(path, key) }

    /// Reports every field not in `known`, naming the closest known one.
    func rejectUnknown(_ known: [String]) {
        for (key, member) in members.sorted(by: { $0.key < $1.key }) where !known.contains(key) {
            var message = "unknown field"
            if let near = known.min(by: { editDistance($0, key) < editDistance($1, key) }), editDistance(near, key) <= 3 {
                message += " (did you mean \"\(near)\"?)"
            }
            context.fail(member.value, fieldPath(key), message)
        }
    }

    func member(_ key: String) -> JSONNode? {
        guard let node = members[key]?.value else { return nil }
        if case .null = node.value { return nil }
        return node
    }

    private func missing(_ key: String) {
        if let present = members[key] {
            context.fail(present.value, fieldPath(key), "must not be null: the field is required")
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

    static func string(_ node: JSONNode, _ path: String, _ context: ReadContext, allowEmpty: Bool) -> String? {
        guard case .string(let text) = node.value else {
            context.fail(node, path, "expected a string, found \(node.kindName)")
            return nil
        }
        if !allowEmpty && text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            context.fail(node, path, "must not be empty")
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

    static func decimal(_ node: JSONNode, _ path: String, _ context: ReadContext, nonNegative: Bool) -> Decimal? {
        guard case .number(let literal) = node.value else {
            context.fail(node, path, "expected a decimal number, found \(node.kindName)")
            return nil
        }
        guard let value = Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX")) else {
            context.fail(node, path, "the number \(literal) is out of range")
            return nil
        }
        if nonNegative && value < 0 {
            context.fail(node, path, "must not be negative, found \(literal)")
        }
        return value
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
        guard case .number(let literal) = node.value, let value = Int(literal) else {
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
            context.fail(node, fieldPath(key), "expected one of \(allowed), found \"\(text)\"")
            return nil
        }
        return value
    }

    // MARK: Nested values

    /// Reads an array, each element through `read`; a missing optional array is empty.
    func array<T>(_ key: String, required: Bool = false, _ read: (JSONNode, String) -> T?) -> [T] {
        guard let node = member(key) else {
            if required { missing(key) }
            return []
        }
        guard case .array(let items) = node.value else {
            context.fail(node, fieldPath(key), "expected an array, found \(node.kindName)")
            return []
        }
        return items.enumerated().compactMap { index, item in read(item, "\(fieldPath(key))[\(index)]") }
    }

    func object<T>(_ key: String, _ read: (ObjectReader) -> T) -> T? {
        guard let node = member(key), let reader = ObjectReader(node, path: fieldPath(key), context: context) else {
            return nil
        }
        return read(reader)
    }

    func nodeFor(_ key: String) -> JSONNode? { member(key) }
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
