/// How wide the terminal draws characters whose width Unicode leaves open.
///
/// East-Asian-ambiguous characters (“ ” … · — ① ○ ● ▲ ▼ ≥ × °) take one cell in
/// most terminals and in glibc, but two in terminals set up for CJK. The policy is
/// chosen once, at startup, and passed to every ``ScreenBuffer`` and ``CellWidth``.
public struct WidthPolicy: Hashable, Sendable {
    /// Whether East-Asian-ambiguous characters take two cells instead of one.
    public var ambiguousIsWide: Bool

    /// Creates a policy.
    public init(ambiguousIsWide: Bool = false) {
        self.ambiguousIsWide = ambiguousIsWide
    }

    /// Ambiguous characters take one cell, as glibc's `wcwidth` counts them.
    public static let standard = WidthPolicy()

    /// Ambiguous characters take two cells, for terminals set up for CJK.
    public static let ambiguousWide = WidthPolicy(ambiguousIsWide: true)
}
