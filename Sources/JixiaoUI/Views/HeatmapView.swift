import Foundation
import JixiaoCore

/// The completion heatmap: rows are sub-projects (or the whole department), columns indicator categories.
enum HeatmapView {
    static let cellWidth = 5

    static func header(_ category: Category, _ language: Language) -> String {
        guard language == .zh else { return category == .social ? "Soc" : category == .satisfaction ? "Sat" : category.englishName }
        return category == .sustainability ? "持续" : category == .satisfaction ? "满意" : category.chineseName
    }

    static func columns(_ state: AppState, width: Int) -> [Column] {
        var columns = [Column(title: state.labels.subProject, width: 10, flexible: true)]
        for category in Category.allCases {
            columns.append(Column(title: header(category, state.language), width: cellWidth, align: .center))
        }
        columns.append(Column(title: state.labels.total, width: 6, align: .center))
        var laid = Column.layout(columns, total: width - 1)
        laid[0].width = min(laid[0].width, BudgetView.maxNameWidth)
        return laid
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState) {
        guard let e = state.evaluation else { return }
        Chrome.drawSummary(&buffer, state, e)
        let columns = columns(state, width: buffer.width)
        let table = TableDrawer(columns: columns, x: 1)
        table.header(&buffer, y: Layout.top - 1)
        // Mark the selected category's header.
        let headerX = 1 + columns[0].width + 1 + state.heatmapColumn * (cellWidth + 1)
        let selectedHeader = header(Category.allCases[state.heatmapColumn], state.language)
        buffer.put(buffer.cellWidth.fit(selectedHeader, toWidth: cellWidth, alignment: .center), x: headerX, y: Layout.top - 1,
                   style: Style(.accent, bold: true, reverse: true), maxWidth: cellWidth)

        let cursor = state.cursor(state.screen)
        let visible = Layout.bodyRows(for: state.screen, size: state.size)
        for line in 0..<visible {
            let row = cursor.top + line
            guard row < state.lists.heatmap.count else { break }
            let group = e.groups[state.lists.heatmap[row]]
            let selected = row == cursor.selected
            let y = Layout.top + line
            buffer.fill(Rect(x: 0, y: y, width: buffer.width, height: 1), style: selected ? Theme.selected : .plain)
            var x = 1
            buffer.put(buffer.cellWidth.fit(group.name, toWidth: columns[0].width), x: x, y: y,
                       style: selected ? Theme.selected : .plain, maxWidth: columns[0].width)
            x += columns[0].width + 1
            for (c, category) in Category.allCases.enumerated() {
                let counts = group.counts(category)
                var style = Theme.completion(counts)
                if selected {
                    // The row stays highlighted (reverse video without colour); the chosen cell stands out of it.
                    if c == state.heatmapColumn {
                        style.bold = true
                        style.underline = true
                    } else {
                        style.foreground = Theme.completionTone(counts)
                        style.background = Theme.selected.background
                    }
                }
                buffer.put(buffer.cellWidth.fit(cellText(counts), toWidth: cellWidth, alignment: .center), x: x, y: y,
                           style: style, maxWidth: cellWidth)
                x += cellWidth + 1
            }
            var totalStyle = Theme.completion(group.total)
            totalStyle.background = selected ? Theme.selected.background : .normal
            totalStyle.foreground = Theme.completionTone(group.total)
            buffer.put(buffer.cellWidth.fit(cellText(group.total), toWidth: 6, alignment: .center), x: x, y: y,
                       style: totalStyle, maxWidth: 6)
        }
        drawLegend(&buffer, state, y: Layout.top + visible)
    }

    /// `met/total`, marked `!` when one is unmet and `~` when some are only partly met or need review
    /// (so monochrome shows it too); `·` when none was set.
    static func cellText(_ counts: StatusCounts) -> String {
        guard counts.total > 0 else { return "·" }
        let mark = counts.unmet > 0 ? "!" : counts.notMet > 0 ? "~" : ""
        return "\(counts.met)/\(counts.total)\(mark)"
    }

    static func drawLegend(_ buffer: inout ScreenBuffer, _ state: AppState, y: Int) {
        let l = state.labels
        var all = StatusCounts(); all.met = 1
        var some = StatusCounts(); some.met = 1; some.unmet = 1
        var few = StatusCounts(); few.unmet = 1
        let items: [(String, String, Style)] = [
            (" 3/3 ", l.legendAll, Theme.completion(all)),
            (" 2/3!", l.legendSome, Theme.completion(some)),
            (" 1/3!", l.legendFew, Theme.completion(few)),
            ("  ·  ", l.legendNone, Theme.completion(StatusCounts())),
        ]
        var x = 1
        for (sample, text, style) in items {
            x += buffer.put(sample, x: x, y: y, style: style)
            x += buffer.put(" \(text)  ", x: x, y: y, style: .dim)
        }
        buffer.put(state.language == .zh ? "!未完成 ~部分或待核" : "! unmet ~ partial", x: x, y: y, style: .dim,
                   maxWidth: max(0, buffer.width - x))
    }
}
