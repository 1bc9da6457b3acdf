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
            Column(title: l.kind, width: state.language == .zh ? 14 : 18),
            Column(title: l.place, width: 9),
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
        for line in 0..<visible {
            let row = cursor.top + line
            guard row < state.lists.issues.count else { break }
            let finding = e.findings[state.lists.issues[row]]
            table.row(&buffer, y: Layout.top + line, cells: [
                (state.labels.severity(finding.severity), Theme.severity(finding.severity)),
                (state.language == .zh ? finding.kind.chineseName : finding.kind.rawValue, .plain),
                (place(finding.location), .dim),
                (finding.message, .plain),
            ], selected: row == cursor.selected)
        }
        drawPreview(&buffer, state, e, y: Layout.top + visible)
        if state.lists.issues.isEmpty {
            buffer.put(state.language == .zh ? "没有符合条件的问题" : "no issues match", x: 2, y: Layout.top, style: .dim)
        }
    }

    /// The selected issue's whole message, wrapped, under a rule.
    static func drawPreview(_ buffer: inout ScreenBuffer, _ state: AppState, _ e: ReportEvaluation, y: Int) {
        buffer.put(String(repeating: "─", count: buffer.width), x: 0, y: y, style: .dim)
        let selected = state.cursor(state.screen).selected
        guard state.lists.issues.indices.contains(selected) else { return }
        let finding = e.findings[state.lists.issues[selected]]
        let text = "\(state.labels.severity(finding.severity)) · \(finding.kind.chineseName) · \(finding.location.code)  \(finding.message)"
        let lines = TextWrap.wrap(text, width: buffer.width - 2, measure: buffer.cellWidth)
        for (n, line) in lines.prefix(previewRows - 1).enumerated() {
            buffer.put(line, x: 1, y: y + 1 + n, style: n == 0 ? Theme.severity(finding.severity) : .plain)
        }
    }

    /// A short place: the id the finding points at.
    static func place(_ location: Finding.Location) -> String {
        switch location {
        case .report: "report"
        case .subProject(let id), .indicator(let id), .claim(let id): id
        }
    }
}
