import CNCursesW
import JixiaoUI

/// Maps semantic ``Style``s to curses attributes and colour pairs.
///
/// With colour, each tone has a foreground and a background colour, and pairs are
/// allocated as combinations are first used. Without colour every tone falls back to
/// an attribute — reverse for `selected`, bold for `header`, `bad` and `accent`, dim
/// for `dim` and `emptyCell` — so every state stays visible.
struct Palette {
    private let colorCount: Int
    private let pairLimit: Int
    private let defaultColors: Bool
    private var pairs: [ColorPair: Int16] = [:]

    private struct ColorPair: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// Attributes only, for terminals without colour, `NO_COLOR` and `--no-color`.
    static let monochrome = Palette(colors: 0, pairs: 0, defaultColors: false)

    /// A palette for a terminal with `colors` colours and `pairs` pairs, after `start_color`.
    init(colors: Int, pairs: Int, defaultColors: Bool) {
        self.colorCount = colors
        self.pairLimit = min(pairs, Int(Int16.max))
        self.defaultColors = defaultColors
    }

    /// Whether styles are drawn in colour.
    var isColored: Bool { colorCount >= 8 && pairLimit > 1 }

    /// The attributes and colour pair that draw `style`.
    mutating func attributes(for style: Style) -> (attr_t, Int16) {
        var attributes = jx_a_normal()
        if style.bold { attributes |= jx_a_bold() }
        if style.reverse { attributes |= jx_a_reverse() }
        if style.underline { attributes |= jx_a_underline() }
        guard isColored else {
            return (attributes | Self.monochrome(style.foreground) | Self.monochrome(style.background), 0)
        }
        if style.foreground == .header { attributes |= jx_a_bold() }
        if colorCount < 16, style.foreground == .dim || style.foreground == .emptyCell {
            attributes |= jx_a_dim()
        }
        return (attributes, pair(for: colors(of: style)))
    }

    private static func monochrome(_ tone: Tone) -> attr_t {
        switch tone {
        case .selected: jx_a_reverse()
        case .header, .bad, .accent: jx_a_bold()
        case .dim, .emptyCell: jx_a_dim()
        case .normal, .good, .warn, .info: jx_a_normal()
        }
    }

    private func colors(of style: Style) -> ColorPair {
        var background = Self.background(style.background)
        if background == -1, style.foreground == .selected { background = Int16(COLOR_CYAN) }
        var foreground = foreground(style.foreground)
        if background != -1, foreground == -1 || foreground == background {
            let dark = background == Int16(COLOR_RED) || background == Int16(COLOR_BLUE)
            foreground = Int16(dark ? COLOR_WHITE : COLOR_BLACK)
        }
        return ColorPair(foreground: foreground, background: background)
    }

    private func foreground(_ tone: Tone) -> Int16 {
        switch tone {
        case .normal, .header: -1
        case .dim, .emptyCell: colorCount >= 16 ? 8 : -1
        case .accent: Int16(COLOR_CYAN)
        case .good: Int16(COLOR_GREEN)
        case .warn: Int16(COLOR_YELLOW)
        case .bad: Int16(COLOR_RED)
        case .info: Int16(COLOR_BLUE)
        case .selected: Int16(COLOR_BLACK)
        }
    }

    private static func background(_ tone: Tone) -> Int16 {
        switch tone {
        case .normal, .dim, .header, .emptyCell: -1
        case .accent, .selected: Int16(COLOR_CYAN)
        case .good: Int16(COLOR_GREEN)
        case .warn: Int16(COLOR_YELLOW)
        case .bad: Int16(COLOR_RED)
        case .info: Int16(COLOR_BLUE)
        }
    }

    /// The pair number for `colors`, initialising a new pair on first use; 0 when pairs run out.
    private mutating func pair(for colors: ColorPair) -> Int16 {
        var colors = colors
        if !defaultColors {
            if colors.foreground == -1 { colors.foreground = Int16(COLOR_WHITE) }
            if colors.background == -1 { colors.background = Int16(COLOR_BLACK) }
        }
        if colors.foreground == -1 && colors.background == -1 { return 0 }
        if let pair = pairs[colors] { return pair }
        let next = pairs.count + 1
        guard next < pairLimit else { return 0 }
        let pair = Int16(next)
        init_pair(pair, colors.foreground, colors.background)
        pairs[colors] = pair
        return pair
    }
}
