import Foundation

/// A JSON value with ordered keys and exact decimals, for the stable machine-readable output.
public indirect enum JSONValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(Decimal)
    case bool(Bool)
    case null

    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(elements) }

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    /// A number, or null when absent.
    public static func number(_ value: Decimal?, scale: Int? = nil) -> JSONValue {
        guard let value else { return .null }
        return .number(scale.map { value.rounded($0) } ?? value)
    }

    public static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// The text of the value; pretty-printed with two-space indents unless `compact`.
    public func serialized(compact: Bool = false) -> String {
        var out = ""
        write(into: &out, indent: compact ? nil : 0)
        return out
    }

    /// The pretty-printed text of the value as it stands `level` levels deep in a larger document
    /// (its own first line unindented), so that parts of a document can be written apart and joined.
    public func serialized(atLevel level: Int) -> String {
        var out = ""
        write(into: &out, indent: level)
        return out
    }

    /// `{"reports": [...]}` pretty-printed from its items' texts, each `serialized(atLevel: 2)`: the
    /// same bytes as `JSONValue.object([("reports", .array(items))]).serialized()`.
    static func reportsDocument(_ texts: [String]) -> String {
        guard !texts.isEmpty else { return JSONValue.object([("reports", .array([]))]).serialized() }
        return reportsDocumentStart + texts.joined(separator: reportsDocumentSeparator) + reportsDocumentEnd
    }

    /// The pieces around and between the reports of a non-empty `reportsDocument`.
    static let reportsDocumentStart = "{\n  \"reports\": [\n    "
    static let reportsDocumentSeparator = ",\n    "
    static let reportsDocumentEnd = "\n  ]\n}"

    private func write(into out: inout String, indent: Int?) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let d): out += "\(d)"
        case .string(let s): Self.quote(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                Self.newline(&out, indent.map { $0 + 1 })
                item.write(into: &out, indent: indent.map { $0 + 1 })
            }
            Self.newline(&out, indent)
            out += "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out += "," }
                Self.newline(&out, indent.map { $0 + 1 })
                Self.quote(key, into: &out)
                out += indent == nil ? ":" : ": "
                value.write(into: &out, indent: indent.map { $0 + 1 })
            }
            Self.newline(&out, indent)
            out += "}"
        }
    }

    private static let indents = (0..<32).map { "\n" + String(repeating: "  ", count: $0) }

    private static func newline(_ out: inout String, _ indent: Int?) {
        guard let indent else { return }
        out += indent < indents.count ? indents[indent] : "\n" + String(repeating: "  ", count: indent)
    }

    private static func quote(_ s: String, into out: inout String) {
        out += "\""
        // Most strings need no escape: appended whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20: out += String(format: "\\u%04x", c.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
