/// Lines made of several pieces, where a piece that does not fit is left out whole, never cut.
enum Segments {
    /// Draws `segments` from `x`, separated by `gap`, up to `maxX`; a piece that does not fit whole
    /// is dropped with the ones after it, and "…" says so. Returns the column after the last piece.
    @discardableResult
    static func put(_ buffer: inout ScreenBuffer, _ segments: [(String, Style)], x: Int, y: Int, maxX: Int,
                    gap: String = "  ") -> Int {
        let measure = buffer.cellWidth
        var column = x
        for (i, segment) in segments.enumerated() {
            let lead = i == 0 ? "" : gap
            let need = measure.width(of: lead + segment.0)
            guard column + need <= maxX else {
                if column + measure.width(of: lead + "…") <= maxX { buffer.put(lead + "…", x: column, y: y, style: .dim) }
                return column
            }
            column += buffer.put(lead, x: column, y: y, style: .dim)
            column += buffer.put(segment.0, x: column, y: y, style: segment.1)
        }
        return column
    }
}
