import Foundation
import JixiaoCore

/// The issue list: every finding, most severe first, filterable by severity and kind.
enum IssuesView {
    /// Rows under the list that show the selected issue in full.
    static let previewRows = 3

    static func columns(_ state: AppState, width: Int) -> [Column] {
        let l = state.labels
        return Column.layout([
            Column(title: l.severity, width: 5),
            Column(title: l.kind, width: state.language == .zh ? 14 : 15),
            Column(title: l.place, width: 13),
            Column(title: l.message, width: 20, flexible: true),
        ], total: width - 1)
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState) {
        guard let e = state.evaluation else { return }
        Chrome.drawSummary(&buffer, state, e)
        let table = TableDrawer(columns: columns(state, width: buffer.width), x: 1)
        table.header(&buffer, y: Layout.top - 1)
        let cursor = state.cursor(state.screen)
        let visible = Layout.bodyRows(for: state.screen, size: state.size)
        let zh = state.language == .zh
        for line in 0..<visible {
            let row = cursor.top + line
            guard row < state.lists.issues.count else { break }
            let finding = e.findings[state.lists.issues[row]]
            table.row(&buffer, y: Layout.top + line, cells: [
                (state.labels.severity(finding.severity), Theme.severity(finding.severity)),
                (zh ? finding.kind.chineseName : finding.kind.englishName, .plain),
                (place(finding.location, zh: zh), .dim),
                (finding.message, .plain),
            ], selected: row == cursor.selected)
        }
        let selected = state.lists.issues.indices.contains(cursor.selected) ? e.findings[state.lists.issues[cursor.selected]] : nil
        Preview.draw(&buffer, y: Layout.top + visible, rows: previewRows, text: selected.map { f in
            "\(state.labels.severity(f.severity)) · \(zh ? f.kind.chineseName : f.kind.englishName) · \(placeName(f.location, e, state))  \(f.message)"
        }, style: selected.map { Theme.severity($0.severity) } ?? .plain)
        if state.lists.issues.isEmpty {
            buffer.put(zh ? "没有符合条件的问题" : "no issues match", x: 2, y: Layout.top, style: .dim)
        }
    }

    /// A short place for the table: the id the finding points at, or the report.
    static func place(_ location: Finding.Location, zh: Bool) -> String {
        switch location {
        case .report: zh ? "报告" : "report"
        case .subProject(let id), .indicator(let id), .claim(let id): id
        }
    }

    /// A readable place: the sub-project's or indicator's name with its id.
    static func placeName(_ location: Finding.Location, _ e: ReportEvaluation, _ state: AppState) -> String {
        let zh = state.language == .zh
        switch location {
        case .report: return zh ? "整份报告" : "the whole report"
        case .subProject(let id): return "\(id) \(e.report.subProject(id)?.name ?? "")"
        case .indicator(let id): return "\(id) \(e.indicator(id)?.indicator.name ?? "")"
        case .claim(let id): return zh ? "报告自述 \(id)" : "report's claim \(id)"
        }
    }
}

/// A rule and a few wrapped lines at the foot of a list, showing the selected row in full.
enum Preview {
    static func draw(_ buffer: inout ScreenBuffer, y: Int, rows: Int, text: String?, style: Style) {
        guard y < buffer.height - Layout.bottom else { return }
        let measure = buffer.cellWidth
        let rule = String(repeating: "─", count: max(0, buffer.width / max(1, measure.width(of: "─"))))
        buffer.put(rule, x: 0, y: y, style: .dim, maxWidth: buffer.width)
        guard let text else { return }
        let lines = TextWrap.wrap(text, width: buffer.width - 2, measure: measure)
        let shown = min(rows - 1, lines.count)
        for n in 0..<shown {
            var line = lines[n]
            if n == shown - 1 && lines.count > shown {
                line = measure.clip(line, toWidth: buffer.width - 3).trimmingTrailingSpaces + "…"
            }
            buffer.put(line, x: 1, y: y + 1 + n, style: n == 0 ? style : .plain, maxWidth: buffer.width - 2)
        }
    }
}
