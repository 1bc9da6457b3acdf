import JixiaoCore

/// Draws the whole screen from the state: the only way anything reaches the terminal or an export.
public enum Renderer {
    public static func render(_ state: AppState) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: state.size, policy: state.widthPolicy)
        guard state.size.width >= Layout.minimum.width, state.size.height >= Layout.minimum.height else {
            drawTooSmall(&buffer, state)
            return buffer
        }
        Chrome.drawTitle(&buffer, state)
        switch state.screen {
        case .pane(.budget): BudgetView.draw(&buffer, state)
        case .pane(.heatmap): HeatmapView.draw(&buffer, state)
        case .pane(.issues): IssuesView.draw(&buffer, state)
        case .indicators(let group): IndicatorListView.draw(&buffer, state, group: group)
        case .detail(let indicator): DetailView.draw(&buffer, state, indicator: indicator)
        case .issue(let finding): IssueDetailView.draw(&buffer, state, finding: finding)
        case .subProject(let index): IssueDetailView.drawSubProject(&buffer, state, index: index)
        case .loadErrors: ErrorsView.draw(&buffer, state)
        }
        Chrome.drawStatus(&buffer, state)
        if state.showHelp { HelpOverlay.draw(&buffer, state) }
        return buffer
    }

    /// "need W×H, have w×h", centred as far as it fits; never crashes, even at one line.
    private static func drawTooSmall(_ buffer: inout ScreenBuffer, _ state: AppState) {
        guard buffer.width > 0, buffer.height > 0 else { return }
        let lines = [
            state.labels.tooSmall,
            "need \(Layout.minimum.width)×\(Layout.minimum.height), have \(state.size.width)×\(state.size.height)",
        ]
        let start = max(0, (buffer.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where start + i < buffer.height {
            let width = buffer.cellWidth.width(of: line)
            buffer.put(line, x: max(0, (buffer.width - width) / 2), y: start + i, style: Style(.warn, bold: true))
        }
    }
}
