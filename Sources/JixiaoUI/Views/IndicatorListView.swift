import Foundation
import JixiaoCore

/// A sub-project's indicators with their status, completion ratio and score.
enum IndicatorListView {
    static func columns(_ state: AppState, width: Int) -> [Column] {
        let l = state.labels
        return Column.layout([
            Column(title: "id", width: 6),
            Column(title: l.level2, width: 8),
            Column(title: l.name, width: 10, flexible: true),
            Column(title: l.target, width: 8, flexible: true),
            Column(title: l.actual, width: 8, flexible: true),
            Column(title: l.status, width: 8),
            Column(title: l.ratio, width: 8, align: .right),
            Column(title: l.score, width: 5, align: .right),
        ], total: width - 1)
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState, group: Int) {
        guard let e = state.evaluation, e.groups.indices.contains(group) else { return }
        drawSummary(&buffer, state, e, group: e.groups[group])
        let table = TableDrawer(columns: columns(state, width: buffer.width), x: 1)
        table.header(&buffer, y: Layout.top - 1)
        let rows = state.lists.indicatorsByGroup[group] ?? []
        let cursor = state.cursor(state.screen)
        let visible = Layout.bodyRows(for: state.screen, size: state.size)
        for line in 0..<visible {
            let row = cursor.top + line
            guard row < rows.count else { break }
            let result = e.indicators[rows[row]]
            table.row(&buffer, y: Layout.top + line, cells: [
                (result.id, .dim),
                (result.indicator.level2, .plain),
                (result.indicator.name, .plain),
                (result.indicator.target, .plain),
                (result.indicator.actual, .plain),
                (state.labels.status(result.status), Theme.status(result.status)),
                (result.ratio?.percent() ?? "—", Theme.status(result.status)),
                (result.score.fixed(2), .dim),
            ], selected: row == cursor.selected)
        }
        if rows.isEmpty {
            buffer.put(state.failingOnly ? (state.language == .zh ? "没有未完成的指标（f 显示全部）" : "nothing failing (f shows all)")
                       : (state.language == .zh ? "未设置任何绩效指标" : "no indicators set"),
                       x: 2, y: Layout.top, style: .dim)
        }
    }

    static func drawSummary(_ buffer: inout ScreenBuffer, _ state: AppState, _ e: ReportEvaluation, group: IndicatorGroup) {
        let l = state.labels
        let c = group.total
        let zh = state.language == .zh
        var pieces: [(String, Style)] = []
        pieces.append((zh ? "指标 \(c.total)：完成 \(c.met) 未完成 \(c.unmet)" : "\(c.total) indicators: \(c.met) met, \(c.unmet) unmet",
                       c.notMet > 0 ? Style(.warn) : Style(.good)))
        if c.partial + c.review > 0 {
            pieces.append((zh ? "部分 \(c.partial) 待核 \(c.review)" : "\(c.partial) partial, \(c.review) review", Style(.warn)))
        }
        if let id = group.subProjectID, let sp = e.subProjects.first(where: { $0.id == id }) {
            let x = sp.execution
            pieces.append(("\(l.rate) \(x.rate?.percent() ?? "—")", Theme.rate(x, threshold: e.options.underspendThreshold)))
            pieces.append(("\(l.spent) \(x.spent.grouped())/\(x.adjustedBudget.grouped())", .plain))
        }
        // The figures first, whole; the name takes what room is left (the breadcrumb names it too).
        let end = Segments.put(&buffer, pieces, x: 1, y: 1, maxX: buffer.width - 1)
        let room = buffer.width - end - 3
        if room >= 6 {
            let name = buffer.cellWidth.truncate("「\(group.name)」", toWidth: room).trimmingTrailingSpaces
            buffer.put(name, x: end + 2, y: 1, style: Style(.normal, bold: true))
        }
    }
}
