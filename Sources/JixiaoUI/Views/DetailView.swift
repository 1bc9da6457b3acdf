import Foundation
import JixiaoCore

/// One indicator in full: its names, texts, what was read from them, the judgement and the issues at it.
enum DetailView {
    struct Line {
        var label: String
        var text: String
        var style: Style
    }

    static let labelWidth = 12

    /// The detail's lines, wrapped to the screen's width; the view scrolls over them.
    static func lines(_ state: AppState) -> [Line] {
        guard case .detail(let index) = state.screen, let e = state.evaluation, e.indicators.indices.contains(index) else { return [] }
        let r = e.indicators[index]
        let i = r.indicator
        let l = state.labels
        let zh = state.language == .zh
        var rows: [(String, String, Style)] = []
        let where_ = e.report.subProject(i.subProject)?.name ?? (zh ? "部门整体" : "department")
        rows.append((zh ? "所属" : "Belongs to", where_, .plain))
        rows.append((l.level1, i.level1, .plain))
        rows.append((l.level2, i.level2 + (r.category.map { " (\(l.category($0)))" } ?? ""), .plain))
        rows.append((l.level3, i.name, Style(.normal, bold: true)))
        rows.append(("", "", .plain))
        rows.append((l.target, i.target.isEmpty ? "（空）" : i.target, .plain))
        rows.append(("  \(l.parsed)", r.judgement.target.summary, .dim))
        rows.append((l.actual, i.actual.isEmpty ? "（空）" : i.actual, .plain))
        rows.append(("  \(l.parsed)", r.judgement.actual.summary, .dim))
        if let explicit = i.explicit {
            var text = zh ? "分析员认定" : "analyst's value"
            if let value = explicit.actual { text += " \(value.plain)\(explicit.unit ?? "")" }
            if let status = explicit.status { text += " \(l.status(status))" }
            rows.append(("", "\(text)：\(explicit.note)", Style(.accent)))
        }
        rows.append(("", "", .plain))
        let ratio = r.ratio.map { "\(l.ratio) \($0.percent())" } ?? "\(l.ratio) —"
        rows.append((l.status, "\(l.status(r.status))   \(ratio)   \(l.score) \(r.score.fixed(2)) / \(r.weight.fixed(2))",
                     Theme.status(r.status)))
        rows.append((l.reason, r.judgement.reason, .plain))
        for candidate in r.judgement.candidates { rows.append(("", "· \(candidate)", .dim)) }
        rows.append((l.deviation, i.deviationReason ?? l.none, i.deviationReason == nil ? .dim : .plain))
        if let note = i.note { rows.append((zh ? "转录说明" : "Note", note, .dim)) }
        rows.append(("", "", .plain))
        let findings = e.findings(at: .indicator(i.id))
        rows.append(("\(l.related) (\(findings.count))", findings.isEmpty ? l.none : "", Style(.header, bold: true)))
        for finding in findings {
            rows.append(("", "[\(l.severity(finding.severity))] \(finding.message)", Theme.severity(finding.severity)))
        }

        let measure = CellWidth(policy: state.widthPolicy)
        let textWidth = max(10, state.size.width - labelWidth - 4)
        var lines: [Line] = []
        for (label, text, style) in rows {
            let wrapped = TextWrap.wrap(text, width: textWidth, measure: measure)
            for (n, part) in (wrapped.isEmpty ? [""] : wrapped).enumerated() {
                lines.append(Line(label: n == 0 ? label : "", text: part, style: style))
            }
        }
        return lines
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState, indicator: Int) {
        guard let e = state.evaluation, e.indicators.indices.contains(indicator) else { return }
        let r = e.indicators[indicator]
        let title = "\(r.id) · \(r.indicator.name)"
        buffer.put(title, x: 1, y: 1, style: Theme.status(r.status).bolded, maxWidth: buffer.width - 2)
        let lines = lines(state)
        let top = state.cursor(state.screen).top
        let visible = Layout.bodyRows(for: state.screen, size: state.size)
        for n in 0..<visible {
            guard top + n < lines.count else { break }
            let line = lines[top + n]
            let y = Layout.top - 1 + n
            buffer.put(buffer.cellWidth.fit(line.label, toWidth: labelWidth), x: 1, y: y, style: Style(.header), maxWidth: labelWidth)
            buffer.put(line.text, x: labelWidth + 3, y: y, style: line.style, maxWidth: buffer.width - labelWidth - 4)
        }
        if lines.count > top + visible {
            buffer.put("↓", x: buffer.width - 2, y: Layout.top - 2 + visible, style: .dim)
        }
    }
}
