import JixiaoCore

/// Everything the dashboard shows, changed only by `update(_:_:)`.
public struct AppState: Sendable {
    /// Every loaded report's evaluation, in order; nil for one the background has not reached yet
    /// (the runner evaluates the report on screen before drawing it). Keys never re-evaluate.
    public var evaluations: [ReportEvaluation?]
    /// What is still being read or evaluated in the background, for the status line.
    public var progress: BackgroundProgress?
    public var loadErrors: [LoadError]
    public var reportIndex = 0
    /// The navigation stack; the first element is always a pane.
    public var stack: [Screen] = [.pane(.budget)]
    /// Cursor per screen and report, so Esc returns to exactly where you were.
    public var cursors: [CursorKey: ListCursor] = [:]
    /// The heatmap's selected category column.
    public var heatmapColumn = 0
    public var budgetSort: BudgetSort = .order
    public var budgetAscending = true
    public var failingOnly = false
    public var severityFilter: Finding.Severity?
    public var kindFilter: Finding.Kind?
    public var search = SearchState()
    public var showHelp = false
    /// A one-line message for the status line (export result, search miss); cleared by the next key.
    public var message: String?
    public var language: Language
    /// How wide East-Asian-ambiguous characters are drawn.
    public var widthPolicy: WidthPolicy = .standard
    public var size: Size
    /// The rows each screen lists, kept in step by `refreshLists()`.
    public private(set) var lists = Lists()

    public init(evaluations: [ReportEvaluation], loadErrors: [LoadError] = [], language: Language = .zh,
                size: Size = Size(width: 80, height: 24)) {
        self.init(pending: evaluations.map(Optional.some), loadErrors: loadErrors, language: language, size: size)
    }

    /// A state whose reports are not all evaluated yet (nil for those still to come).
    public init(pending evaluations: [ReportEvaluation?], loadErrors: [LoadError] = [], language: Language = .zh,
                size: Size = Size(width: 80, height: 24), progress: BackgroundProgress? = nil) {
        self.evaluations = evaluations
        self.progress = progress
        self.loadErrors = loadErrors
        self.language = language
        self.size = size
        if evaluations.isEmpty && !loadErrors.isEmpty { stack = [.pane(.budget), .loadErrors] }
        refreshLists()
    }

    /// Recomputes the sorted and filtered rows; called when the report, a sort or a filter changes.
    /// Each list's cursor stays on the same item where that item is still listed.
    public mutating func refreshLists(keepingSelection: Bool = true) {
        let before = lists
        lists = Lists.make(self)
        guard keepingSelection else { return }
        for screen in Self.listScreens(stack: stack) {
            let old = before.rows(of: screen)
            var cursor = self.cursor(screen)
            if old.indices.contains(cursor.selected), let row = lists.rows(of: screen).firstIndex(of: old[cursor.selected]) {
                cursor.selected = row
                setCursor(cursor, for: screen)
            }
        }
    }

    private static func listScreens(stack: [Screen]) -> [Screen] {
        [.pane(.budget), .pane(.heatmap), .pane(.issues)] + stack.filter { if case .indicators = $0 { true } else { false } }
    }

    public var labels: Labels { Labels.of(language) }
    public var screen: Screen { stack.last ?? .pane(.budget) }
    public var pane: Pane {
        if case .pane(let pane) = stack.first { return pane }
        return .budget
    }
    public var evaluation: ReportEvaluation? {
        evaluations.indices.contains(reportIndex) ? evaluations[reportIndex] : nil
    }

    /// The report on screen, when it still waits for its evaluation.
    package var awaitedReport: Int? {
        evaluations.indices.contains(reportIndex) && evaluations[reportIndex] == nil ? reportIndex : nil
    }

    /// Takes in evaluations made in the background (and the progress since), keeping every cursor;
    /// the lists are rebuilt only when the report on screen is among them.
    package mutating func receive(_ arrived: [(index: Int, evaluation: ReportEvaluation)], progress: BackgroundProgress?) {
        var onScreen = false
        for (index, evaluation) in arrived where evaluations.indices.contains(index) {
            evaluations[index] = evaluation
            if index == reportIndex { onScreen = true }
        }
        self.progress = progress
        if onScreen { refreshLists() }
    }

    /// Replaces the reports (the files finished loading): `evaluations` in their final order, the one on
    /// screen now at `reportIndex`, with its cursors; `loadErrors` every problem found.
    package mutating func replaceReports(_ evaluations: [ReportEvaluation?], showing index: Int?, loadErrors: [LoadError],
                                        progress: BackgroundProgress?) {
        let old = reportIndex
        self.evaluations = evaluations
        self.loadErrors = loadErrors
        self.progress = progress
        if let index {
            cursors = Dictionary(cursors.compactMap { key, cursor in
                key.report == old ? (CursorKey(report: index, screen: key.screen), cursor) : nil
            }, uniquingKeysWith: { a, _ in a })
            reportIndex = index
        } else {
            // The report on screen came from a file that turned out bad: start again at the first.
            cursors = [:]
            reportIndex = 0
            stack = [.pane(pane)]
            if evaluations.isEmpty && !loadErrors.isEmpty { stack.append(.loadErrors) }
        }
        refreshLists(keepingSelection: false)
    }

    public func cursor(_ screen: Screen) -> ListCursor { cursors[CursorKey(report: reportIndex, screen: screen)] ?? ListCursor() }

    public mutating func setCursor(_ cursor: ListCursor, for screen: Screen) {
        cursors[CursorKey(report: reportIndex, screen: screen)] = cursor
    }
}

/// Work still going on behind the screen.
public enum BackgroundProgress: Sendable, Equatable {
    /// Files are still being read; this many reports so far.
    case reading(reports: Int)
    /// Every file is read; this many of the reports are evaluated.
    case evaluating(done: Int, of: Int)
}

/// Identifies a cursor: one per report and screen.
public struct CursorKey: Hashable, Sendable {
    public var report: Int
    public var screen: Screen
}

/// The `/` search: the text being typed and the last one confirmed.
public struct SearchState: Sendable, Equatable {
    public var editing = false
    public var text = ""
    public var query = ""

    public init() {}
}
