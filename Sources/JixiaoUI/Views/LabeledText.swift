import JixiaoCore

/// Text screens (an indicator's detail, an issue's): a column of labels and wrapped values that scroll.
struct LabeledText {
    struct Row {
        var label: String
        var text: String
        var style: Style
    }

    struct Line {
        var label: String
        var text: String
        var style: Style
    }

    var rows: [Row] = []

    mutating func add(_ label: String, _ text: String, _ style: Style = .plain) {
        rows.append(Row(label: label, text: text, style: style))
    }

    mutating func gap() { add("", "") }

    /// A heading with the count, then each finding with its severity.
    mutating func addFindings(_ findings: [Finding], _ state: AppState) {
        let l = state.labels
        add("\(l.related) (\(findings.count))", findings.isEmpty ? l.none : "", Style(.header, bold: true))
        for finding in findings {
            add("", "[\(l.severity(finding.severity))] \(finding.message)", Theme.severity(finding.severity))
        }
    }

    /// The text of a scrolling screen (an indicator's detail, an issue, a fund's figures), if it is one.
    static func content(of screen: Screen, _ state: AppState) -> LabeledText? {
        switch screen {
        case .detail(let index): DetailView.content(state, index: index)
        case .issue(let index): IssueDetailView.content(state, index: index)
        case .subProject(let index): IssueDetailView.subProjectContent(state, index: index)
        default: nil
        }
    }

    /// The label column's width: the widest label, within 8…16 cells.
    func labelWidth(_ measure: CellWidth) -> Int {
        min(16, max(8, rows.map { measure.width(of: $0.label) }.max() ?? 8))
    }

    /// Every row wrapped to the screen's width.
    func lines(width: Int, measure: CellWidth) -> [Line] {
        let textWidth = max(10, width - labelWidth(measure) - 4)
        var lines: [Line] = []
        for row in rows {
            let wrapped = TextWrap.wrap(row.text, width: textWidth, measure: measure)
            for (n, part) in (wrapped.isEmpty ? [""] : wrapped).enumerated() {
                lines.append(Line(label: n == 0 ? row.label : "", text: part, style: row.style))
            }
        }
        return lines
    }

    /// Draws the lines from `top` into the body of the screen, with a ↓ when more follow.
    func draw(_ buffer: inout ScreenBuffer, _ state: AppState, top: Int) {
        let measure = buffer.cellWidth
        let labelWidth = labelWidth(measure)
        let lines = lines(width: buffer.width, measure: measure)
        let visible = Layout.bodyRows(for: state.screen, size: state.size)
        for n in 0..<visible {
            guard top + n < lines.count else { break }
            let line = lines[top + n]
            let y = Layout.top - 1 + n
            buffer.put(measure.fit(line.label, toWidth: labelWidth), x: 1, y: y, style: Style(.header), maxWidth: labelWidth)
            buffer.put(line.text, x: labelWidth + 3, y: y, style: line.style, maxWidth: buffer.width - labelWidth - 4)
        }
        if lines.count > top + visible {
            buffer.put("↓", x: buffer.width - 2, y: Layout.top - 2 + visible, style: .dim)
        }
    }
}
