/// How a cell is drawn: semantic foreground and background tones plus attributes.
///
/// ```swift
/// buffer.put("未完成", x: 2, y: 3, style: Style(.bad, bold: true))
/// buffer.fill(row: 5, style: .selected)
/// ```
public struct Style: Hashable, Sendable {
    /// The tone of the text.
    public var foreground: Tone
    /// The tone behind the text; `.normal` is the terminal's background.
    public var background: Tone
    /// Bold text.
    public var bold: Bool
    /// Foreground and background swapped.
    public var reverse: Bool
    /// Underlined text.
    public var underline: Bool

    /// Creates a style.
    public init(
        foreground: Tone = .normal, background: Tone = .normal,
        bold: Bool = false, reverse: Bool = false, underline: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    /// Creates a style with text in `tone`.
    public init(_ tone: Tone, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.init(foreground: tone, bold: bold, reverse: reverse, underline: underline)
    }

    /// Ordinary text.
    public static let plain = Style()
    /// Secondary text.
    public static let dim = Style(.dim)
    /// Column headers and titles.
    public static let header = Style(.header, bold: true)
    /// The selected row or cell.
    public static let selected = Style(foreground: .normal, background: .selected)

    /// This style with bold turned on.
    public var bolded: Style { var copy = self; copy.bold = true; return copy }
    /// This style with the background set to `tone`.
    public func on(_ tone: Tone) -> Style { var copy = self; copy.background = tone; return copy }
}
