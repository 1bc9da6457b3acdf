/// A grid of cells that views draw into and the terminal, export and snapshot tests read.
///
/// Text is placed by grapheme and measured in cells with the buffer's ``WidthPolicy``:
/// a wide grapheme fills its cell and marks the next one as its continuation. Writes are
/// clipped, and never leave half a wide grapheme: one that would straddle a limit becomes
/// a space, and overwriting either half of a wide grapheme blanks the other half.
///
/// ```swift
/// var buffer = ScreenBuffer(width: 80, height: 24)
/// buffer.put("预算执行率", x: 0, y: 0, style: .header)
/// print(buffer.text)
/// ```
public struct ScreenBuffer: Hashable, Sendable {
    /// Columns and rows.
    public let size: Size
    /// How ambiguous-width characters are measured.
    public let policy: WidthPolicy
    private var cells: [Cell]

    /// A buffer of blank cells.
    public init(width: Int, height: Int, policy: WidthPolicy = .standard) {
        self.init(size: Size(width: width, height: height), policy: policy)
    }

    /// A buffer of blank cells.
    public init(size: Size, policy: WidthPolicy = .standard) {
        self.size = size
        self.policy = policy
        self.cells = Array(repeating: .blank(), count: size.width * size.height)
    }

    /// Columns.
    public var width: Int { size.width }
    /// Rows.
    public var height: Int { size.height }
    /// The whole buffer as a rectangle.
    public var bounds: Rect { Rect(size: size) }
    /// The measurer views should use to lay text out for this buffer.
    public var cellWidth: CellWidth { CellWidth(policy: policy) }

    /// The cell at column `x`, row `y`; both must be inside the buffer.
    public subscript(x: Int, y: Int) -> Cell {
        precondition(contains(x: x, y: y), "cell (\(x), \(y)) outside \(width)×\(height)")
        return cells[y * width + x]
    }

    /// The cells of row `y`, left to right.
    public func row(_ y: Int) -> ArraySlice<Cell> {
        precondition(y >= 0 && y < height, "row \(y) outside \(height) rows")
        return cells[y * width..<(y + 1) * width]
    }

    /// Writes `text` from column `x` on row `y`, returning the columns it advanced.
    ///
    /// Writing stops at the right edge and after `maxWidth` cells. A wide grapheme that
    /// would straddle either limit is replaced by a space. Zero-width graphemes (control
    /// characters, lone combining marks) are dropped. Columns left of 0 are skipped.
    @discardableResult
    public mutating func put(
        _ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil
    ) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        let measure = cellWidth
        var column = x
        for character in text {
            let cells = measure.width(of: character)
            if cells == 0 { continue }
            if column + cells > limit {
                if column < limit, column >= 0 { write(" ", width: 1, x: column, y: y, style: style) }
                column = max(column, min(limit, column + cells))
                break
            }
            if column >= 0 {
                write(character, width: cells, x: column, y: y, style: style)
            } else if column + cells > 0 {
                write(" ", width: 1, x: 0, y: y, style: style)
            }
            column += cells
        }
        return column - x
    }

    /// Fills `rect`, clipped to the buffer, with `character` in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain, with character: Character = " ") {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let cells = max(1, cellWidth.width(of: character))
        let line = String(repeating: character, count: area.width / cells + 1)
        for y in area.y..<area.maxY {
            let used = put(line, x: area.x, y: y, style: style, maxWidth: area.width)
            if used < area.width { put(" ", x: area.x + used, y: y, style: style) }
        }
    }

    /// Fills row `y` with spaces in `style`.
    public mutating func fill(row y: Int, style: Style = .plain) {
        fill(Rect(x: 0, y: y, width: width, height: 1), style: style)
    }

    /// Sets the style of every cell in `rect`, keeping the text: for highlighting a selection.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { cells[y * width + x].style = style }
        }
    }

    /// Blanks every cell.
    public mutating func clear() {
        cells = Array(repeating: .blank(), count: cells.count)
    }

    /// Whether column `x`, row `y` is inside the buffer.
    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && x < width && y >= 0 && y < height
    }

    /// Places one grapheme of `cells` columns, blanking any wide grapheme it cuts in half.
    private mutating func write(_ character: Character, width cells: Int, x: Int, y: Int, style: Style) {
        let start = y * width + x
        let end = start + cells
        if self.cells[start].isContinuation, x > 0 {
            self.cells[start - 1] = .blank(style: self.cells[start - 1].style)
        }
        if self.cells[end - 1].width == 2, x + cells < width {
            self.cells[end] = .blank(style: self.cells[end].style)
        } else if end < (y + 1) * width, self.cells[end].isContinuation {
            self.cells[end] = .blank(style: self.cells[end].style)
        }
        self.cells[start] = Cell(character, width: cells, style: style)
        if cells == 2 { self.cells[start + 1] = .continuation(style: style) }
    }
}
