/// A box in the middle of the screen listing the keys valid on the current screen.
enum HelpOverlay {
    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState) {
        let entries = KeyHelp.entries(for: state.screen, loadErrors: !state.loadErrors.isEmpty)
        let measure = buffer.cellWidth
        let keyWidth = min(24, entries.map { measure.width(of: $0.keys) }.max() ?? 10)
        let texts = entries.map { state.language == .zh ? $0.zh : $0.en }
        let textWidth = texts.map { measure.width(of: $0) }.max() ?? 10
        let width = min(buffer.width - 2, keyWidth + textWidth + 5)
        let height = min(buffer.height - 2, entries.count + 3)
        let x0 = max(0, (buffer.width - width) / 2)
        let y0 = max(0, (buffer.height - height) / 2)
        let frame = Style(.accent, bold: true)
        buffer.fill(Rect(x: x0, y: y0, width: width, height: height), style: .plain)
        // Box-drawing characters are East-Asian-ambiguous: count them in cells, not characters.
        let line = max(1, measure.width(of: "─"))
        let side = max(1, measure.width(of: "│"))
        let rule = String(repeating: "─", count: max(0, (width - 2 * side) / line))
        buffer.put("┌" + rule + "┐", x: x0, y: y0, style: frame, maxWidth: width)
        buffer.put("└" + rule + "┘", x: x0, y: y0 + height - 1, style: frame, maxWidth: width)
        for y in (y0 + 1)..<(y0 + height - 1) {
            buffer.put("│", x: x0, y: y, style: frame)
            buffer.put("│", x: x0 + width - side, y: y, style: frame)
        }
        let title = " \(state.labels.help) · \(state.labels.helpClose) "
        buffer.put(title, x: x0 + 2, y: y0, style: frame, maxWidth: width - 4)
        for (n, entry) in entries.enumerated() where n < height - 3 {
            let y = y0 + 2 + n
            buffer.put(measure.fit(entry.keys, toWidth: keyWidth), x: x0 + 2, y: y, style: Style(.header, bold: true), maxWidth: keyWidth)
            buffer.put(texts[n], x: x0 + 3 + keyWidth, y: y, style: .plain, maxWidth: width - keyWidth - 5)
        }
    }
}
