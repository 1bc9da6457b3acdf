/// A width and height in cells.
public struct Size: Hashable, Sendable {
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// Creates a size; negative dimensions become 0.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// Whether this size is at least `other` in both dimensions.
    public func contains(_ other: Size) -> Bool {
        width >= other.width && height >= other.height
    }
}
