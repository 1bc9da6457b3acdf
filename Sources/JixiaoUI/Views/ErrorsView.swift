import Foundation
import JixiaoCore

/// Files that failed to load, each error on its own row, the selected one in full below.
enum ErrorsView {
    static let previewRows = 3

    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState) {
        let l = state.labels
        let files = Set(state.loadErrors.map(\.file)).count
        let summary = state.language == .zh ? "\(l.loadErrors)：\(files) 个，错误 \(state.loadErrors.count) 处"
            : "\(l.loadErrors): \(files), \(state.loadErrors.count) error(s)"
        buffer.put(summary, x: 1, y: 1, style: Style(.bad, bold: true))
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
        let selected = state.loadErrors.indices.contains(cursor.selected) ? state.loadErrors[cursor.selected].description : nil
        Preview.draw(&buffer, y: Layout.top + visible, rows: previewRows, text: selected, style: Style(.bad))
    }
}
