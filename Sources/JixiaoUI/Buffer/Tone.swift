/// A semantic colour: what a cell means, not which colour the terminal shows.
///
/// The terminal maps each tone to a colour pair, or, without colour, to an attribute
/// (reverse for `selected`, bold for `header` and `bad`, dim for `dim` and
/// `emptyCell`), so every state stays visible in monochrome.
public enum Tone: Hashable, Sendable, CaseIterable {
    /// Ordinary text on the terminal's own colours.
    case normal
    /// Secondary text: hints, units, separators.
    case dim
    /// Draws the eye: the active pane, search matches.
    case accent
    /// Met, on track.
    case good
    /// Partly done, needs a look.
    case warn
    /// Unmet, an error, a serious issue.
    case bad
    /// Neutral information, `review` statuses.
    case info
    /// Column headers and titles.
    case header
    /// The selected row or cell.
    case selected
    /// A heatmap cell for a category that was never set.
    case emptyCell
}
