import Foundation
import JixiaoCore

/// The styles of the dashboard's parts, by meaning; the terminal maps them to colours or attributes.
enum Theme {
    static let titleBar = Style(foreground: .header, background: .selected, bold: true)
    /// The active tab is the one tab *not* on the bar's background, so it shows with and without colour.
    static let activeTab = Style(foreground: .accent, background: .normal, bold: true, underline: true)
    static let tab = Style(foreground: .header, background: .selected)
    static let tableHeader = Style(.header, bold: true, underline: true)
    static let selected = Style.selected
    static let statusLine = Style(foreground: .normal, background: .selected)
    static let hints = Style(.dim)

    static func status(_ status: IndicatorStatus) -> Style {
        switch status {
        case .met: Style(.good)
        case .unmet: Style(.bad, bold: true)
        case .partial: Style(.warn)
        case .review: Style(.info)
        }
    }

    static func severity(_ severity: Finding.Severity) -> Style {
        switch severity {
        case .error: Style(.bad, bold: true)
        case .warning: Style(.warn)
        case .info: Style(.info)
        }
    }

    /// A heatmap cell's colour by the share of its indicators that were met.
    static func completion(_ counts: StatusCounts) -> Style {
        guard let share = counts.completion else { return Style(foreground: .dim, background: .emptyCell) }
        if share == 1 { return Style(foreground: .normal, background: .good) }
        if share * 2 >= 1 { return Style(foreground: .normal, background: .warn) }
        return Style(foreground: .normal, background: .bad, bold: true)
    }

    /// The text colour matching a heatmap cell's completion, for cells on a selected row.
    static func completionTone(_ counts: StatusCounts) -> Tone {
        guard let share = counts.completion else { return .dim }
        if share == 1 { return .good }
        return share * 2 >= 1 ? .warn : .bad
    }

    /// An execution rate's colour: over 100% bad, under the threshold a warning.
    static func rate(_ figures: ExecutionFigures, threshold: Decimal) -> Style {
        if figures.isOverspent { return Style(.bad, bold: true) }
        if figures.isUnderspent(threshold: threshold) { return Style(.warn) }
        return Style(.good)
    }
}
