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

/// A parsed JSON value that remembers where it stood in its file, as a byte offset (a `SourceLocator`
/// turns it into a line and column when an error needs one).
struct JSONNode: Sendable {
    indirect enum Value: Sendable {
        case object([Member])
        case array([JSONNode])
        case string(String)
        /// The number's literal text, kept so that decimals never pass through binary floating point.
        case number(String)
        case bool(Bool)
        case null
    }

    struct Member: Sendable {
        var key: String
        var keyOffset: Int
        var value: JSONNode
    }

    var value: Value
    var offset: Int

    /// The kind of value, as a message names it.
    var kindName: String {
        switch value {
        case .object: "an object"
        case .array: "an array"
        case .string(let s): "\"\(s.count > 40 ? String(s.prefix(40)) + "…" : s)\""
        case .number(let n): "the number \(n)"
        case .bool(let b): b ? "true" : "false"
        case .null: "null"
        }
    }
}
