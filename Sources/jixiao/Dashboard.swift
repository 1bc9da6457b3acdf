import ArgumentParser
import Foundation
import JixiaoCore
import JixiaoImport
import JixiaoTerminal
import JixiaoUI

/// `jixiao [PATH...]`: the interactive dashboard.
struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the dashboard on report files or folders (default: data/).")

    @Argument(help: "Data files (.json), workbooks (.xlsx), tables (.csv) or folders of them.")
    var paths: [String] = ["data"]

    @Option(help: "Label language: zh or en.")
    var lang: Language = .zh

    @Flag(help: "No colours (NO_COLOR in the environment does the same).")
    var noColor = false

    @Flag(help: "Draw East-Asian-ambiguous characters (“ ” … ▲) two cells wide, for terminals that do.")
    var ambiguousWide = false

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            printError("jixiao: the dashboard needs a terminal; use `jixiao evaluate` or `jixiao export` in scripts")
            throw Exit.usage
        }
        do {
            try Terminal.run(colorMode: noColor ? .never : .auto) { terminal in
                try loop(terminal)
            }
        } catch let failure as Terminal.Failure {
            printError("jixiao: cannot start the terminal: \(failure)")
            throw ExitCode(74)
        }
    }

    private func loop(_ terminal: Terminal) throws {
        terminal.draw(loadingScreen(terminal.size))
        let paths = paths
        let live = LiveSession(load: { onReport in SourceLoader.load(paths: paths, onReport: onReport) })
        // Never freed: the process ends with the loop, and freeing a province's reports and their
        // evaluations one by one kept the screen frozen for seconds after q.
        let held = Held(view: LiveState(language: lang, widthPolicy: ambiguousWide ? .ambiguousWide : .standard))
        _ = Unmanaged.passRetained(live)
        _ = Unmanaged.passRetained(held)
        var shown = ScreenBuffer(size: terminal.size)
        while true {
            for news in live.take() { held.view.take(news, size: terminal.size) }
            if let index = held.view.state?.awaitedReport, let evaluation = live.evaluation(of: index) {
                held.view.deliver(evaluation, at: index)
            }
            if let state = held.view.state {
                shown = Renderer.render(state)
                terminal.draw(shown)
            }
            // While the background works, wake up now and then to show its progress: often until the
            // first report is drawn, ten times a second after.
            let key: Key?
            if live.isBusy {
                switch terminal.readInput(timeoutMs: held.view.state == nil ? 5 : 100) {
                case .key(let pressed): key = pressed
                case .timedOut: continue
                case .closed: return
                }
            } else {
                key = terminal.readKey()
            }
            // A blocking read gives nothing only when input is gone (end of file, hang-up): leave.
            guard let key else { return }
            guard let state = held.view.state else {
                if key == .char("q") || key == .ctrl("c") { return }
                continue
            }
            let action: Action = key == .resize ? .resize(terminal.size) : .key(key)
            var (next, effect) = update(state, action)
            switch effect {
            case .quit?:
                return
            case .redraw?:
                terminal.invalidate()
            case .export(let screen)?:
                let outcome = ScreenExport.write(shown.text, screen: screen)
                next = update(next, .exported(path: outcome.path, error: outcome.error)).0
            case nil:
                break
            }
            held.view.set(next)
        }
    }

    private func loadingScreen(_ size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        let text = lang == .zh ? "正在加载 \(paths.joined(separator: " "))…" : "loading \(paths.joined(separator: " "))…"
        buffer.put(text, x: 1, y: 0, maxWidth: size.width - 1)
        return buffer
    }
}

/// The dashboard's state, in a box that is let go of only with the process.
private final class Held {
    var view: LiveState
    init(view: LiveState) { self.view = view }
}

/// Writes a screen's text to a new file in the current folder (`NewFile`: whole or not at all, never
/// over another file), named after the screen and the second: `jixiao-heatmap-20261201-193000.txt`.
enum ScreenExport {
    static func write(_ text: String, screen: String, now: Date = Date()) -> (path: String?, error: String?) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let stem = "jixiao-\(screen)-\(formatter.string(from: now))"
        let names = (0..<100).map { $0 == 0 ? "\(stem).txt" : "\(stem)-\($0 + 1).txt" }
        switch NewFile.write(Array(text.utf8), names: names) {
        case .written(let path): return (path, nil)
        case .failed(let reason): return (nil, reason)
        }
    }
}
