/// One cell of a ``ScreenBuffer``: a grapheme with its width and style, or the right half of a wide one.
public struct Cell: Hashable, Sendable {
    /// What a cell holds.
    public enum Content: Hashable, Sendable {
        /// A grapheme that starts in this cell.
        case grapheme(Character)
        /// The right half of the wide grapheme in the cell to the left.
        case continuation
    }

    /// What the cell holds.
    public var content: Content
    /// Cells the grapheme takes from here: 1 or 2; 0 for a continuation.
    public var width: Int
    /// How the cell is drawn.
    public var style: Style

    /// A cell holding `grapheme`, which takes `width` cells.
    public init(_ grapheme: Character = " ", width: Int = 1, style: Style = .plain) {
        self.content = .grapheme(grapheme)
        self.width = width
        self.style = style
    }

    /// The right half of a wide grapheme.
    public static func continuation(style: Style = .plain) -> Cell {
        var cell = Cell(style: style)
        cell.content = .continuation
        cell.width = 0
        return cell
    }

    /// An empty cell: a space in `style`.
    public static func blank(style: Style = .plain) -> Cell { Cell(style: style) }

    /// The grapheme, or `nil` for a continuation.
    public var grapheme: Character? {
        if case .grapheme(let character) = content { return character }
        return nil
    }

    /// Whether this is the right half of a wide grapheme.
    public var isContinuation: Bool { content == .continuation }
}
