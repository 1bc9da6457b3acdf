/// Where text sits when it is padded to a wider column.
public enum Alignment: Hashable, Sendable {
    /// Text first, padding after.
    case left
    /// Padding first, text after: for numbers.
    case right
    /// Padding split around the text; an odd cell goes after it.
    case center
}
