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
        var out: [UInt8] = []
        write(into: &out, indent: compact ? nil : 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// The pretty-printed text of the value as it stands `level` levels deep in a larger document
    /// (its own first line unindented), so that parts of a document can be written apart and joined.
    public func serialized(atLevel level: Int) -> String {
        String(decoding: serializedBytes(atLevel: level), as: UTF8.self)
    }

    /// The same text as `serialized(atLevel:)`, as UTF-8 bytes: what a large document is written from.
    package func serializedBytes(atLevel level: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
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

    private func write(into out: inout [UInt8], indent: Int?) {
        switch self {
        case .null: Self.append("null", to: &out)
        case .bool(let b): Self.append(b ? "true" : "false", to: &out)
        case .number(let d): Self.append(d.plain, to: &out)
        case .string(let s): Self.quote(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out.append(0x5B); out.append(0x5D); return }
            out.append(0x5B)
            let inner = indent.map { $0 + 1 }
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(0x2C) }
                Self.newline(&out, inner)
                item.write(into: &out, indent: inner)
            }
            Self.newline(&out, indent)
            out.append(0x5D)
        case .object(let members):
            guard !members.isEmpty else { out.append(0x7B); out.append(0x7D); return }
            out.append(0x7B)
            let inner = indent.map { $0 + 1 }
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out.append(0x2C) }
                Self.newline(&out, inner)
                Self.quote(key, into: &out)
                out.append(0x3A)
                if indent != nil { out.append(0x20) }
                value.write(into: &out, indent: inner)
            }
            Self.newline(&out, indent)
            out.append(0x7D)
        }
    }

    private static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    private static func newline(_ out: inout [UInt8], _ indent: Int?) {
        guard let indent else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: 2 * indent))
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Quotes, backslashes and every control and bidi character (`VisibleText.isControl`: C0, DEL,
    /// C1, the bidi overrides and marks) escaped, so no byte of the JSON acts on a terminal it is shown on.
    private static func quote(_ s: String, into out: inout [UInt8]) {
        var s = s
        out.append(0x22)
        s.withUTF8 { bytes in
            // Byte by byte, copying runs whole: every byte that can start an escape is below 0x20, a quote, a
            // backslash, DEL, or the lead byte of a C1 control (C2 80–9F), U+061C (D8 9C) or a bidi control or
            // separator (E2 80 8E/8F/A8–AE, E2 81 A6–A9); “ ” ℃ and the rest of E2 are copied as they are.
            var run = 0
            var i = 0
            func flush() { if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) } }
            func escape(_ length: Int, _ v: Int) {
                flush()
                out += [0x5C, 0x75, hex[(v >> 12) & 0xF], hex[(v >> 8) & 0xF], hex[(v >> 4) & 0xF], hex[v & 0xF]]
                i += length; run = i
            }
            func replace(_ with: [UInt8]) { flush(); out += with; i += 1; run = i }
            while i < bytes.count {
                let b = bytes[i]
                switch b {
                case 0x22: replace([0x5C, 0x22])
                case 0x5C: replace([0x5C, 0x5C])
                case 0x0A: replace([0x5C, 0x6E])
                case 0x0D: replace([0x5C, 0x72])
                case 0x09: replace([0x5C, 0x74])
                case 0x00..<0x20, 0x7F: escape(1, Int(b))
                case 0xC2 where i + 1 < bytes.count && (0x80...0x9F).contains(bytes[i + 1]):
                    escape(2, Int(bytes[i + 1]))
                case 0xD8 where i + 1 < bytes.count && bytes[i + 1] == 0x9C:
                    escape(2, 0x061C)
                case 0xE2 where i + 2 < bytes.count && (bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81):
                    let v = 0x2000 | (Int(bytes[i + 1] & 0x3F) << 6) | Int(bytes[i + 2] & 0x3F)
                    if let scalar = Unicode.Scalar(v), VisibleText.isControl(scalar) { escape(3, v) } else { i += 3 }
                default: i += 1
                }
            }
            flush()
        }
        out.append(0x22)
    }
}
