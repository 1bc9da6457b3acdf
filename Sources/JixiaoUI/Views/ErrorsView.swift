import Foundation
import JixiaoCore

/// Files that failed to load, each error on its own row.
enum ErrorsView {
    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState) {
        let l = state.labels
        buffer.put("\(l.loadErrors): \(Set(state.loadErrors.map(\.file)).count)", x: 1, y: 1, style: Style(.bad, bold: true))
        let table = TableDrawer(columns: [Column(title: l.message, width: buffer.width - 2)], x: 1)
        table.header(&buffer, y: Layout.top - 1)
        let cursor = state.cursor(state.screen)
        let visible = Layout.bodyRows(for: state.screen, size: state.size)
        for line in 0..<visible {
            let row = cursor.top + line
            guard row < state.loadErrors.count else { break }
            table.row(&buffer, y: Layout.top + line, cells: [(state.loadErrors[row].description, Style(.bad))],
                      selected: row == cursor.selected)
        }
    }
}
