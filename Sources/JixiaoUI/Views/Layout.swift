import JixiaoCore

/// Where things go on screen, and the per-screen facts `update` needs (rows that fit, text to search).
public enum Layout {
    /// The smallest terminal the dashboard draws in (every table's columns fit); below it, a "need W×H" screen.
    public static let minimum = Size(width: 76, height: 16)

    /// Rows above the body: title, summary, table header.
    static let top = 3
    /// Rows below the body: status line and key hints.
    static let bottom = 2

    /// How many list rows fit in the body of `screen`.
    public static func bodyRows(for screen: Screen, size: Size) -> Int {
        let body = size.height - top - bottom
        switch screen {
        case .pane(.budget): return max(1, body - 1 - BudgetView.previewRows)
        case .pane(.heatmap): return max(1, body - 1)
        case .pane(.issues): return max(1, body - IssuesView.previewRows)
        case .loadErrors: return max(1, body - ErrorsView.previewRows)
        case .detail, .issue, .subProject: return max(1, body + 1)
        default: return max(1, body)
        }
    }

    /// How many wrapped lines a scrolling screen (an indicator's or an issue's detail) has at this width.
    static func detailLineCount(_ state: AppState, screen: Screen) -> Int {
        LabeledText.content(of: screen, state)?.lines(width: state.size.width, measure: CellWidth(policy: state.widthPolicy)).count ?? 0
    }

    /// The text `/` searches in one row of a list screen.
    static func searchText(_ state: AppState, screen: Screen, row: Int) -> String {
        guard let e = state.evaluation else { return "" }
        switch screen {
        case .pane(.budget):
            return e.subProjects[state.lists.budget[row]].subProject.name
        case .pane(.heatmap):
            return e.groups[state.lists.heatmap[row]].name
        case .pane(.issues):
            let f = e.findings[state.lists.issues[row]]
            return "\(f.kind.chineseName) \(f.kind.rawValue) \(f.location.code) \(f.message)"
        case .indicators(let group):
            let i = e.indicators[state.lists.indicatorsByGroup[group]?[row] ?? 0].indicator
            return "\(i.id) \(i.level2) \(i.name) \(i.target) \(i.actual)"
        case .loadErrors:
            return state.loadErrors[row].description
        case .detail, .issue, .subProject:
            return ""
        }
    }
}
