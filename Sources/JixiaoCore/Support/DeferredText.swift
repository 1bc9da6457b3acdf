/// Text made only when it is read: a reason or a finding's message is built from its figures when
/// it is drawn, exported or printed, not for every indicator of a province up front (formatting
/// decimals was a tenth of evaluating). Two are equal when their texts are.
public struct DeferredText: Sendable, Hashable, Encodable, ExpressibleByStringLiteral {
    private let make: @Sendable () -> String

    public init(_ make: @escaping @Sendable () -> String) { self.make = make }
    public init(stringLiteral text: String) { make = { text } }

    /// The text, made now.
    public var text: String { make() }

    public static func == (a: DeferredText, b: DeferredText) -> Bool { a.text == b.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
