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
        let count = state.evaluations.count > 1 ? " [\(state.reportIndex + 1)/\(state.evaluations.count)]" : ""
        let title = " " + e.report.title + count
        let room = buffer.width - x - 1
        if room > 4 {
            let fitted = buffer.cellWidth.truncate(title, toWidth: room)
            let width = buffer.cellWidth.width(of: fitted)
            buffer.put(fitted, x: buffer.width - width - 1, y: 0, style: Theme.titleBar)
        }
    }

    /// Row 1: the report's execution figures and score, one line.
    static func drawSummary(_ buffer: inout ScreenBuffer, _ state: AppState, _ e: ReportEvaluation) {
        let l = state.labels
        let t = e.total
        var parts: [(String, Style)] = []
        let zh = state.language == .zh
        var money = "\(zh ? "预算" : "Budget") \(t.budget.grouped())"
        if t.isAdjusted { money += zh ? "→\(t.adjustedBudget.grouped())" : " → \(t.adjustedBudget.grouped())" }
        parts.append((money, .plain))
        parts.append(("\(zh ? "支出" : "Spent") \(t.spent.grouped())", .plain))
        parts.append(("\(l.rate) \(t.rate?.percent(1) ?? "—")", Theme.rate(t, threshold: e.options.underspendThreshold)))
        var score = "\(l.computedScore) \(e.score.total.fixed(2)) \(e.score.grade.rawValue)"
        if let stated = e.score.statedScore {
            score += " / \(l.statedScore) \(stated.plain) \(e.score.statedGrade ?? "")"
        }
        parts.append((score, Style(.accent, bold: true)))
        let errors = e.severityCounts[.error] ?? 0
        parts.append(("\(l.issues) \(e.findings.count)", errors > 0 ? Style(.bad) : .plain))
        var x = 1
        for (i, part) in parts.enumerated() {
            if i > 0 { x += buffer.put("  ", x: x, y: 1, style: .dim) }
            x += buffer.put(part.0, x: x, y: 1, style: part.1, maxWidth: max(0, buffer.width - x))
        }
    }

    /// The last two rows: where you are, row n/m, filters and messages; then the main keys.
    static func drawStatus(_ buffer: inout ScreenBuffer, _ state: AppState) {
        let y = buffer.height - 2
        buffer.fill(row: y, style: Theme.statusLine)
        let l = state.labels
        if state.search.editing {
            let prompt = "/" + state.search.text + "▏"
            buffer.put(" " + prompt, x: 0, y: y, style: Theme.statusLine.bolded)
        } else {
            var right: [String] = []
            let count = state.rowCount
            if count > 0, !isDetail(state.screen) {
                right.append("\(l.rows) \(min(state.cursor(state.screen).selected + 1, count))/\(count)")
            }
            if state.failingOnly { right.append("[f \(l.filterFailing)]") }
            if let severity = state.severityFilter { right.append("[\(l.filterSeverity) \(l.severity(severity))]") }
            if let kind = state.kindFilter { right.append("[\(l.filterKind) \(state.language == .zh ? kind.chineseName : kind.rawValue)]") }
            if !state.search.query.isEmpty { right.append("[/\(state.search.query)]") }
            if !state.loadErrors.isEmpty { right.append("[! \(state.loadErrors.count) \(l.loadErrorsHint.split(separator: "，").first.map(String.init) ?? "")]") }
            let rightText = right.joined(separator: " ") + " "
            let rightWidth = buffer.cellWidth.width(of: rightText)
            let leftRoom = max(0, buffer.width - rightWidth - 2)
            let left = " " + (state.message ?? breadcrumb(state, width: leftRoom - 1, measure: buffer.cellWidth))
            buffer.put(buffer.cellWidth.truncate(left, toWidth: leftRoom), x: 0, y: y,
                       style: state.message == nil ? Theme.statusLine : Theme.statusLine.bolded, maxWidth: leftRoom)
            if rightWidth < buffer.width { buffer.put(rightText, x: buffer.width - rightWidth, y: y, style: Theme.statusLine) }
        }
        buffer.fill(row: buffer.height - 1, style: Theme.hints)
        buffer.put(" " + hints(state), x: 0, y: buffer.height - 1, style: Theme.hints)
    }

    private static func isDetail(_ screen: Screen) -> Bool {
        if case .detail = screen { return true }
        return false
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

    /// report › pane › sub-project › indicator.
    static func breadcrumb(_ state: AppState) -> String { breadcrumbParts(state).joined(separator: " › ") }

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
            case .loadErrors: parts.append(state.labels.loadErrors)
            }
        }
        return parts
    }

    private static func hints(_ state: AppState) -> String {
        let zh = state.language == .zh
        switch state.screen {
        case .pane(.budget): return state.labels.hints + (zh ? " s排序" : "  s sort")
        case .pane(.heatmap): return state.labels.hints + (zh ? " ←→类别" : "  ←→ category")
        case .pane(.issues): return state.labels.hints + (zh ? " v级别 t类型" : "  v severity  t kind")
        case .detail: return zh ? "jk上下一个指标 ↑↓滚动 Esc返回 e导出 ?帮助 q退出" : "j/k next/prev indicator  Esc back  e export  ? help  q quit"
        default: return state.labels.hints
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
