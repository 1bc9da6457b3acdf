import JixiaoCore

/// The one place the dashboard's state changes: a pure function of the state and an action.
public func update(_ state: AppState, _ action: Action) -> (AppState, Effect?) {
    var next = state
    let effect = next.apply(action)
    return (next, effect)
}

extension AppState {
    mutating func apply(_ action: Action) -> Effect? {
        switch action {
        case .resize(let size):
            self.size = size
            clampCursors()
            return nil
        case .exported(let path, let error):
            message = path.map { "\(labels.exported) \($0)" } ?? "\(labels.exportFailed): \(error ?? "")"
            return nil
        case .key(let key):
            message = nil
            if showHelp {
                showHelp = false
                return nil
            }
            if search.editing { return editSearch(key) }
            return press(key)
        }
    }

    private mutating func press(_ key: Key) -> Effect? {
        switch key {
        case .char("q"): return .quit
        case .char("?"): showHelp = true
        case .ctrl("l"): return .redraw
        case .char("e"): return .export(screen: screen.exportName)
        case .tab: goTo(pane.next)
        case .backTab: goTo(pane.previous)
        case .char("1"): goTo(.budget)
        case .char("2"): goTo(.heatmap)
        case .char("3"): goTo(.issues)
        case .char("]"): switchReport(by: 1)
        case .char("["): switchReport(by: -1)
        case .char("k") where isDetail: stepIndicator(by: -1)
        case .char("j") where isDetail: stepIndicator(by: 1)
        case .up, .char("k"): move(by: -1)
        case .down, .char("j"): move(by: 1)
        case .pageUp, .ctrl("b"): move(by: -max(1, visibleRows - 1))
        case .pageDown, .ctrl("f"), .char(" "): move(by: max(1, visibleRows - 1))
        case .home, .char("g"): move(to: 0)
        case .end, .char("G"): move(to: Int.max)
        case .left, .char("h"): moveColumn(by: -1)
        case .right, .char("l"): moveColumn(by: 1)
        case .enter: drillIn()
        case .escape, .backspace: goBack()
        case .char("/"):
            search.editing = true
            search.text = ""
        case .char("n"): findNext(forward: true)
        case .char("N"): findNext(forward: false)
        case .char("f") where screen != .loadErrors:
            failingOnly.toggle()
            refreshLists()
            clampCursors()
        case .char("s"): cycleSort()
        case .char("S") where screen == .pane(.budget):
            budgetAscending.toggle()
            refreshLists()
        case .char("v"): cycleSeverity()
        case .char("t"): cycleKind()
        case .char("!"):
            if !loadErrors.isEmpty && screen != .loadErrors { stack.append(.loadErrors) }
        default: break
        }
        return nil
    }

    // MARK: Panes and reports

    private mutating func goTo(_ pane: Pane) {
        stack = [.pane(pane)]
        clampCursors()
    }

    private mutating func switchReport(by step: Int) {
        if case .reading? = progress {
            // The reports take their order only when every file is read.
            message = language == .zh ? "仍在读取文件，读完后可用 [ ] 换报告" : "still reading the files: [ ] work once they are read"
            return
        }
        guard evaluations.count > 1 else { return }
        reportIndex = (reportIndex + step + evaluations.count) % evaluations.count
        stack = [stack.first ?? .pane(.budget)]
        kindFilter = nil
        refreshLists(keepingSelection: false)
        clampCursors()
    }

    // MARK: Moving

    /// How many rows of the current screen fit on screen.
    var visibleRows: Int { Layout.bodyRows(for: screen, size: size) }

    /// How many rows the current screen lists.
    var rowCount: Int { rowCount(of: screen) }

    func rowCount(of screen: Screen) -> Int {
        switch screen {
        case .pane(.budget): lists.budget.count
        case .pane(.heatmap): lists.heatmap.count
        case .pane(.issues): lists.issues.count
        case .indicators(let group): lists.indicatorsByGroup[group]?.count ?? 0
        case .detail, .issue, .subProject: Layout.detailLineCount(self, screen: screen)
        case .loadErrors: loadErrors.count
        }
    }

    private var isDetail: Bool {
        if case .detail = screen { return true }
        return false
    }



    private mutating func move(by step: Int) {
        var cursor = self.cursor(screen)
        if screen.scrollsText {
            cursor.top = max(0, min(cursor.top + step, rowCount - visibleRows))
        } else {
            cursor.selected = step > 0 ? min(cursor.selected &+ step, Int.max - 1) : cursor.selected + step
            cursor.clamp(count: rowCount, visible: visibleRows)
        }
        setCursor(cursor, for: screen)
    }

    private mutating func move(to row: Int) {
        var cursor = self.cursor(screen)
        if screen.scrollsText {
            cursor.top = row == 0 ? 0 : max(0, rowCount - visibleRows)
        } else {
            cursor.selected = min(row, max(0, rowCount - 1))
            cursor.clamp(count: rowCount, visible: visibleRows)
        }
        setCursor(cursor, for: screen)
    }

    /// In an indicator's detail, j/k step to the next or previous indicator of the list it came from.
    private mutating func stepIndicator(by step: Int) {
        guard stack.count >= 2, case .indicators(let group) = stack[stack.count - 2],
              let rows = lists.indicatorsByGroup[group], !rows.isEmpty else {
            // Opened from the issue list: there is no list to step through, so j/k scroll.
            var cursor = self.cursor(screen)
            cursor.top = max(0, min(cursor.top + step, rowCount - visibleRows))
            setCursor(cursor, for: screen)
            return
        }
        var listCursor = cursor(.indicators(group: group))
        listCursor.selected = min(max(0, listCursor.selected + step), rows.count - 1)
        listCursor.clamp(count: rows.count, visible: Layout.bodyRows(for: .indicators(group: group), size: size))
        setCursor(listCursor, for: .indicators(group: group))
        stack[stack.count - 1] = .detail(indicator: rows[listCursor.selected])
    }

    private mutating func moveColumn(by step: Int) {
        switch screen {
        case .pane(.heatmap):
            heatmapColumn = min(max(0, heatmapColumn + step), Category.allCases.count - 1)
        case .pane(.budget):
            cycleSort(step)
        default: break
        }
    }

    mutating func clampCursors() {
        for screen in stack {
            var cursor = self.cursor(screen)
            if screen.scrollsText {
                cursor.top = max(0, min(cursor.top, rowCount(of: screen) - Layout.bodyRows(for: screen, size: size)))
            } else {
                cursor.clamp(count: rowCount(of: screen), visible: Layout.bodyRows(for: screen, size: size))
            }
            setCursor(cursor, for: screen)
        }
    }

    // MARK: Drilling in and out

    private mutating func drillIn() {
        guard let e = evaluation else { return }
        let selected = cursor(screen).selected
        switch screen {
        case .pane(.budget):
            guard lists.budget.indices.contains(selected) else { return }
            let subProject = e.subProjects[lists.budget[selected]]
            if let group = subProject.groupIndex {
                openGroup(group, category: nil)
            } else {
                let screen = Screen.subProject(index: lists.budget[selected])
                stack.append(screen)
                setCursor(ListCursor(), for: screen)
            }
        case .pane(.heatmap):
            guard lists.heatmap.indices.contains(selected) else { return }
            openGroup(lists.heatmap[selected], category: Category.allCases[heatmapColumn])
        case .pane(.issues):
            guard lists.issues.indices.contains(selected) else { return }
            let index = lists.issues[selected]
            if case .indicator(let id) = e.findings[index].location, let indicator = e.indicatorIndex(id) {
                stack.append(.detail(indicator: indicator))
                setCursor(ListCursor(), for: .detail(indicator: indicator))
            } else {
                stack.append(.issue(finding: index))
                setCursor(ListCursor(), for: .issue(finding: index))
            }
        case .indicators(let group):
            guard let rows = lists.indicatorsByGroup[group], rows.indices.contains(selected) else { return }
            stack.append(.detail(indicator: rows[selected]))
            setCursor(ListCursor(), for: .detail(indicator: rows[selected]))
        case .detail, .issue, .subProject, .loadErrors:
            break
        }
    }

    private mutating func openGroup(_ group: Int, category: Category?) {
        let screen = Screen.indicators(group: group)
        stack.append(screen)
        if let category, let rows = lists.indicatorsByGroup[group],
           let first = rows.firstIndex(where: { evaluation?.indicators[$0].category == category }) {
            var cursor = ListCursor(selected: first)
            cursor.clamp(count: rows.count, visible: visibleRows)
            setCursor(cursor, for: screen)
        } else {
            clampCursors()
        }
    }

    private mutating func goBack() {
        if stack.count > 1 {
            stack.removeLast()
            clampCursors()
        } else if !search.query.isEmpty {
            search.query = ""
        }
    }

    // MARK: Sorting and filters

    private mutating func cycleSort(_ step: Int = 1) {
        guard case .pane(.budget) = screen else { return }
        // A column that is not on screen is not offered: no adjusted column, no adjusted sort.
        let all = BudgetSort.allCases.filter { $0 != .adjusted || evaluation?.total.isAdjusted == true }
        let at = all.firstIndex(of: budgetSort) ?? 0
        budgetSort = all[(at + step + all.count) % all.count]
        budgetAscending = budgetSort == .order || budgetSort == .name
        refreshLists()
    }

    private mutating func cycleSeverity() {
        guard case .pane(.issues) = screen else { return }
        let order: [Finding.Severity?] = [nil] + Finding.Severity.allCases
        let at = order.firstIndex(of: severityFilter) ?? 0
        severityFilter = order[(at + 1) % order.count]
        refreshLists()
        clampCursors()
    }

    private mutating func cycleKind() {
        guard case .pane(.issues) = screen, let e = evaluation else { return }
        // Only kinds that the other filters leave something of.
        var kinds: [Finding.Kind?] = [nil]
        for kind in Finding.Kind.allCases where e.findings.contains(where: {
            $0.kind == kind && (severityFilter == nil || $0.severity == severityFilter) && (!failingOnly || $0.severity != .info)
        }) { kinds.append(kind) }
        let at = kinds.firstIndex(of: kindFilter) ?? 0
        kindFilter = kinds[(at + 1) % kinds.count]
        refreshLists()
        clampCursors()
    }

    // MARK: Search

    private mutating func editSearch(_ key: Key) -> Effect? {
        switch key {
        case .escape:
            search.editing = false
        case .enter:
            search.editing = false
            search.query = search.text
            if !search.query.isEmpty { findNext(forward: true, includingCurrent: true) }
        case .backspace:
            if !search.text.isEmpty { search.text.removeLast() }
        case .char(let c):
            search.text.append(c)
        default:
            break
        }
        return nil
    }

    private mutating func findNext(forward: Bool, includingCurrent: Bool = false) {
        let query = search.query.lowercased()
        guard !query.isEmpty else { return }
        let count = rowCount
        guard count > 0 else { return }
        if screen.scrollsText { return }
        var cursor = self.cursor(screen)
        for step in 0..<count {
            let offset = includingCurrent ? step : step + 1
            let row = ((forward ? cursor.selected + offset : cursor.selected - offset) % count + count) % count
            if Layout.searchText(self, screen: screen, row: row).lowercased().contains(query) {
                cursor.selected = row
                cursor.clamp(count: count, visible: visibleRows)
                setCursor(cursor, for: screen)
                return
            }
        }
        message = "\(labels.noMatch): \(search.query)"
    }
}
