import Foundation
import JixiaoCore

/// The frame around every screen: title bar with pane tabs, status line with breadcrumb, key hints.
enum Chrome {
    static func drawTitle(_ buffer: inout ScreenBuffer, _ state: AppState) {
        let labels = state.labels
        buffer.fill(row: 0, style: Theme.titleBar)
        var x = buffer.put(state.language == .zh ? " jixiao 绩效 " : " jixiao ", x: 0, y: 0, style: Theme.titleBar)
        for (i, pane) in Pane.allCases.enumerated() {
            let text = " \(i + 1) \(labels.panes[pane] ?? pane.rawValue) "
            x += buffer.put(text, x: x, y: 0, style: pane == state.pane ? Theme.activeTab : Theme.tab)
        }
        guard let e = state.evaluation else { return }
        let measure = buffer.cellWidth
        let count = state.evaluations.count > 1 ? " [\(state.reportIndex + 1)/\(state.evaluations.count)]" : ""
        let room = buffer.width - x - 2 - measure.width(of: count)
        guard room > 4 else { return }
        let title = measure.truncate(e.report.title, toWidth: room).trimmingTrailingSpaces + count
        buffer.put(title, x: buffer.width - measure.width(of: title) - 1, y: 0, style: Theme.titleBar)
    }

    /// Row 1: the report's execution rate, score, money and issue count; pieces that do not fit are left out whole.
    static func drawSummary(_ buffer: inout ScreenBuffer, _ state: AppState, _ e: ReportEvaluation) {
        let l = state.labels
        let t = e.total
        let zh = state.language == .zh
        var rate = "\(l.rate) \(t.rate?.percent() ?? "—")"
        if t.isAdjusted, let original = t.rateOfOriginal {
            rate += zh ? "（年初 \(original.percent())）" : " (of original \(original.percent()))"
        }
        var score = "\(l.computedScore) \(e.score.total.fixed(2)) \(e.score.grade.rawValue)"
        if let stated = e.score.statedScore {
            score += " / \(l.statedScore) \(stated.plain) \(e.score.statedGrade ?? "")"
        }
        var money = "\(zh ? "预算" : "Budget") \(t.budget.grouped())"
        if t.isAdjusted { money += "→\(t.adjustedBudget.grouped())" }
        let errors = e.severityCounts[.error] ?? 0
        let issues = zh ? "问题 \(e.findings.count)（严重 \(errors)）" : "Issues \(e.findings.count) (\(errors) errors)"
        Segments.put(&buffer, [
            (rate, Theme.rate(t, threshold: e.options.underspendThreshold)),
            (score, Style(.accent, bold: true)),
            (money, .plain),
            ("\(zh ? "支出" : "Spent") \(t.spent.grouped())", .plain),
            (issues, errors > 0 ? Style(.bad) : .plain),
        ], x: 1, y: 1, maxX: buffer.width - 1)
    }

    /// The last two rows: where you are, row n/m, filters and messages; then the main keys.
    static func drawStatus(_ buffer: inout ScreenBuffer, _ state: AppState) {
        let y = buffer.height - 2
        buffer.fill(row: y, style: Theme.statusLine)
        let l = state.labels
        let measure = buffer.cellWidth
        if state.search.editing {
            let prompt = "/" + state.search.text + "▏"
            buffer.put(" " + prompt, x: 0, y: y, style: Theme.statusLine.bolded)
        } else {
            var right: [String] = []
            let count = state.rowCount
            if count > 0, !state.screen.scrollsText {
                right.append("\(l.rows) \(min(state.cursor(state.screen).selected + 1, count))/\(count)")
            }
            if state.message == nil {
                if state.failingOnly { right.append("[f \(l.filterFailing)]") }
                if let severity = state.severityFilter { right.append("[\(l.filterSeverity) \(l.severity(severity))]") }
                if let kind = state.kindFilter { right.append("[\(l.filterKind) \(state.language == .zh ? kind.chineseName : kind.englishName)]") }
                if !state.search.query.isEmpty { right.append("[/\(state.search.query)]") }
                if let progress = state.progress { right.append(Self.progress(progress, zh: state.language == .zh)) }
                let badFiles = Set(state.loadErrors.map(\.file)).count
                if badFiles > 0 { right.append(state.language == .zh ? "[! \(badFiles) 个文件加载失败]" : "[! \(badFiles) file(s) failed]") }
            }
            let rightText = right.joined(separator: " ") + " "
            let rightWidth = measure.width(of: rightText)
            let leftRoom = max(0, buffer.width - rightWidth - 2)
            let left = " " + (state.message ?? breadcrumb(state, width: leftRoom - 1, measure: measure))
            buffer.put(measure.truncate(left, toWidth: leftRoom), x: 0, y: y,
                       style: state.message == nil ? Theme.statusLine : Theme.statusLine.bolded, maxWidth: leftRoom)
            if rightWidth < buffer.width { buffer.put(rightText, x: buffer.width - rightWidth, y: y, style: Theme.statusLine) }
        }
        buffer.fill(row: buffer.height - 1, style: Theme.hints)
        // Help and quit are always there, at the right; the screen's own keys fill the rest.
        let (keys, always) = hints(state)
        let right = always.joined(separator: " ") + " "
        let rightX = max(1, buffer.width - measure.width(of: right))
        buffer.put(right, x: rightX, y: buffer.height - 1, style: Theme.hints)
        Segments.put(&buffer, keys.map { ($0, Theme.hints) }, x: 1, y: buffer.height - 1, maxX: rightX - 1, gap: " ")
    }

    /// The background's progress, as the status line shows it.
    static func progress(_ progress: BackgroundProgress, zh: Bool) -> String {
        switch progress {
        case .reading(let reports): zh ? "[读取中 已读 \(reports) 份报告]" : "[reading: \(reports) reports]"
        case .evaluating(let done, let total): zh ? "[已评价 \(done)/\(total) 份报告]" : "[evaluated \(done)/\(total) reports]"
        }
    }

    /// The breadcrumb, with the middle parts shortened first when it does not fit, so the last stays whole.
    static func breadcrumb(_ state: AppState, width: Int, measure: CellWidth) -> String {
        var parts = breadcrumbParts(state)
        var limit = 24
        while measure.width(of: parts.joined(separator: " › ")) > width && limit >= 6 && parts.count > 2 {
            for i in 1..<(parts.count - 1) { parts[i] = measure.truncate(parts[i], toWidth: limit).trimmingTrailingSpaces }
            limit -= 4
        }
        return parts.joined(separator: " › ")
    }

    private static func breadcrumbParts(_ state: AppState) -> [String] {
        guard let e = state.evaluation else { return [state.labels.noReports] }
        var parts = [e.report.scope + " \(e.report.year)"]
        for screen in state.stack {
            switch screen {
            case .pane(let pane): parts.append(state.labels.panes[pane] ?? pane.rawValue)
            case .indicators(let group): parts.append(e.groups[group].name)
            case .detail(let index):
                let indicator = e.indicators[index].indicator
                if parts.count < 3, let sp = e.report.subProject(indicator.subProject) { parts.append(sp.name) }
                parts.append(indicator.name)
            case .issue(let index):
                let finding = e.findings[index]
                parts.append(state.language == .zh ? finding.kind.chineseName : finding.kind.englishName)
            case .subProject(let index): parts.append(e.subProjects[index].subProject.name)
            case .loadErrors: parts.append(state.labels.loadErrors)
            }
        }
        return parts
    }

    /// The keys worth showing on this screen, most useful first.
    private static func hints(_ state: AppState) -> ([String], [String]) {
        let all = screenHints(state)
        return (Array(all.dropLast(2)), Array(all.suffix(2)))
    }

    private static func screenHints(_ state: AppState) -> [String] {
        let zh = state.language == .zh
        func k(_ zhText: String, _ enText: String) -> String { zh ? zhText : enText }
        let move = k("↑↓移动", "↑↓ move")
        let common = [k("e导出", "e export"), k("?帮助", "? help"), k("q退出", "q quit")]
        switch state.screen {
        case .pane(let pane):
            var keys = [move, k("Enter进入", "Enter open"), k("Tab切换", "Tab pane"), k("/搜索", "/ search"), k("f未完成", "f failing")]
            switch pane {
            case .budget: keys.append(k("s排序", "s sort"))
            case .heatmap: keys.append(k("←→类别", "←→ category"))
            case .issues: keys += [k("v级别", "v severity"), k("t类型", "t kind")]
            }
            if state.evaluations.count > 1 { keys.append(k("[]换报告", "[] report")) }
            return keys + common
        case .indicators:
            return [move, k("Enter详情", "Enter detail"), k("Esc返回", "Esc back"), k("/搜索", "/ search"), k("f未完成", "f failing")] + common
        case .detail:
            return [k("jk上/下一个", "j/k next/prev"), k("↑↓滚动", "↑↓ scroll"), k("Esc返回", "Esc back")] + common
        case .issue, .subProject:
            return [k("↑↓滚动", "↑↓ scroll"), k("Esc返回", "Esc back")] + common
        case .loadErrors:
            return [move, k("Esc返回", "Esc back"), k("/搜索", "/ search")] + common
        }
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
