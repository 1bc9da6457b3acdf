/// Truncating and padding text to a number of cells without splitting a wide character.
extension CellWidth {
    /// `text` cut to at most `width` cells, ending in `ellipsis` when anything was cut.
    ///
    /// Text that fits comes back unchanged. Cut text takes exactly `width` cells: where
    /// a wide character would straddle the limit it is dropped and a space fills the
    /// cell it leaves, after the ellipsis.
    ///
    /// ```swift
    /// CellWidth.standard.truncate("绩效自评报告", toWidth: 6)   // "绩效… "
    /// ```
    public func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if self.width(of: text) <= width { return text }
        let ellipsisWidth = self.width(of: ellipsis)
        guard ellipsisWidth <= width else { return clip(text, toWidth: width) }
        let (head, used) = prefix(of: text, fitting: width - ellipsisWidth)
        return head + ellipsis + String(repeating: " ", count: width - ellipsisWidth - used)
    }

    /// `text` with spaces added to take `width` cells; text already as wide comes back unchanged.
    public func pad(_ text: String, toWidth width: Int, alignment: Alignment = .left) -> String {
        let missing = width - self.width(of: text)
        guard missing > 0 else { return text }
        switch alignment {
        case .left:
            return text + String(repeating: " ", count: missing)
        case .right:
            return String(repeating: " ", count: missing) + text
        case .center:
            let before = missing / 2
            return String(repeating: " ", count: before) + text
                + String(repeating: " ", count: missing - before)
        }
    }

    /// `text` truncated, then padded: always exactly `width` cells, for table columns.
    public func fit(
        _ text: String, toWidth width: Int, alignment: Alignment = .left, ellipsis: String = "…"
    ) -> String {
        pad(truncate(text, toWidth: width, ellipsis: ellipsis), toWidth: width, alignment: alignment)
    }

    /// The longest prefix of `text` within `width` cells, without an ellipsis, padded to `width`.
    public func clip(_ text: String, toWidth width: Int) -> String {
        let (head, used) = prefix(of: text, fitting: width)
        return head + String(repeating: " ", count: max(0, width - used))
    }

    private func prefix(of text: String, fitting width: Int) -> (String, Int) {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let cells = self.width(of: text[index])
            if used + cells > width { break }
            used += cells
            end = text.index(after: index)
        }
        return (String(text[..<end]), used)
    }
}
