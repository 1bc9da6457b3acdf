/// The three top-level panes, in Tab order.
public enum Pane: String, Sendable, CaseIterable {
    case budget, heatmap, issues

    public var next: Pane { Pane.allCases[(Pane.allCases.firstIndex(of: self)! + 1) % Pane.allCases.count] }
    public var previous: Pane {
        Pane.allCases[(Pane.allCases.firstIndex(of: self)! + Pane.allCases.count - 1) % Pane.allCases.count]
    }
}

/// A screen on the navigation stack: a pane, or something drilled into from it.
public enum Screen: Hashable, Sendable {
    case pane(Pane)
    /// The indicators of one heatmap row (a sub-project, or the report itself).
    case indicators(group: Int)
    /// One indicator's detail, by its position in the evaluation.
    case detail(indicator: Int)
    /// A sub-project's budget figures in full, for one without indicators of its own.
    case subProject(index: Int)
    /// One issue in full, by its position in the evaluation's findings, with what it points at.
    case issue(finding: Int)
    /// Files that failed to load and why.
    case loadErrors

    /// Whether the screen scrolls text (an indicator's or issue's detail, a fund's figures) rather than moving a cursor.
    public var scrollsText: Bool {
        switch self {
        case .detail, .issue, .subProject: true
        default: false
        }
    }

    /// The name used in export file names and `jixiao export --pane`.
    public var exportName: String {
        switch self {
        case .pane(let pane): pane.rawValue
        case .indicators: "indicators"
        case .detail: "detail"
        case .issue: "issue"
        case .subProject: "subproject"
        case .loadErrors: "errors"
        }
    }
}

/// A cursor in a list and the first row shown.
public struct ListCursor: Hashable, Sendable {
    public var selected = 0
    public var top = 0

    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    /// Keeps the cursor inside `count` rows and visible in a window of `visible` rows.
    public mutating func clamp(count: Int, visible: Int) {
        guard count > 0 else { selected = 0; top = 0; return }
        selected = min(max(0, selected), count - 1)
        let window = max(1, visible)
        if selected < top { top = selected }
        if selected >= top + window { top = selected - window + 1 }
        top = min(max(0, top), max(0, count - window))
    }
}

/// Which budget column the table is sorted by.
public enum BudgetSort: Int, Sendable, CaseIterable {
    case order, name, budget, adjusted, spent, rate
}
