import Foundation
import Testing
@testable import JixiaoCore
@testable import JixiaoUI

/// The dashboard's background: the first report shown before the files are loaded, every report
/// then in its final order with the one on screen kept, evaluations arriving with their progress.
/// The loader here is a stand-in held at a semaphore, so each stage is seen for certain.
@Suite("Live session")
struct LiveSessionTests {
    /// The seed reports, `copies` times each with its own id and year, as loaded reports of one file.
    static func reports(copies: Int) -> [LoadedReport] {
        let seeds = ReportLoader.load(paths: [SeedState.root.appendingPathComponent("data").path]).reports
        return (0..<copies).flatMap { n in
            seeds.map { seed in
                var report = seed.report
                report.id = "\(seed.report.id)-\(n)"
                return LoadedReport(file: "big.json", report: report)
            }
        }
    }

    /// Polls `take()` into `view` until `done` holds (bounded: a test never waits for ever).
    static func poll(_ live: LiveSession, _ view: inout LiveState, until done: (LiveState) -> Bool) -> Bool {
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            for news in live.take() { view.take(news, size: Size(width: 120, height: 40)) }
            if done(view) { return true }
            usleep(1_000)
        }
        return false
    }

    /// A loader that reads `read` (in file order), waits for `gate`, then gives `result`.
    static func session(read: [LoadedReport], result: LoadResult, gate: DispatchSemaphore) -> LiveSession {
        LiveSession(load: { onReport in
            for loaded in read { onReport(loaded) }
            gate.wait()
            return result
        })
    }

    @Test func theFirstReportIsShownWhileTheFilesAreStillRead() throws {
        let all = Self.reports(copies: 3)
        let gate = DispatchSemaphore(value: 0)
        // In file order the last report comes first; once loaded it sorts last.
        let live = Self.session(read: [all[5], all[0]], result: LoadResult(reports: all, files: ["big.json"]), gate: gate)
        var view = LiveState(language: .zh)
        #expect(Self.poll(live, &view) { $0.state?.progress == .reading(reports: 2) })
        let state = try #require(view.state)
        #expect(state.evaluations.count == 1)
        #expect(state.evaluation?.report.id == all[5].report.id)
        #expect(live.isBusy)
        let text = Renderer.render(state).text
        #expect(text.contains("[读取中 已读 2 份报告]"))
        #expect(text.contains("执行率"))

        // Keys work on it meanwhile: move down the budget pane; [ ] say why they wait.
        var moved = state
        moved.press(.char("]"))
        #expect(moved.message == "仍在读取文件，读完后可用 [ ] 换报告")
        #expect(moved.reportIndex == 0)
        moved.press(.down, .down)
        view.set(moved)
        let row = moved.cursor(.pane(.budget)).selected
        #expect(row > 0)

        gate.signal()
        #expect(Self.poll(live, &view) { $0.state?.evaluations.count == all.count })
        let loaded = try #require(view.state)
        #expect(loaded.reportIndex == 5)
        #expect(loaded.evaluation?.report.id == all[5].report.id)
        #expect(loaded.cursor(.pane(.budget)).selected == row)

        #expect(Self.poll(live, &view) { $0.state?.progress == nil })
        let finished = try #require(view.state)
        #expect(finished.evaluations.allSatisfy { $0 != nil })
        #expect(finished.evaluations.map { $0?.report.id } == all.map(\.report.id))
        #expect(!Renderer.render(finished).text.contains("已评价"))
        #expect(!live.isBusy)
    }

    @Test func whileEvaluatingTheStatusLineCountsAndAReportMovedToIsEvaluatedAtOnce() throws {
        let all = Self.reports(copies: 2)
        // Every report but the first waits until let through, so the progress is seen mid-way on any
        // number of cores.
        final class Gate: @unchecked Sendable {
            private let lock = NSLock()
            private var open: Set<String>
            init(open: Set<String>) { self.open = open }
            func let_(_ id: String) { lock.withLock { _ = open.insert(id) } }
            func isOpen(_ id: String) -> Bool { lock.withLock { open.contains(id) } }
        }
        let gates = Gate(open: [all[0].report.id])
        let started = DispatchSemaphore(value: 0)
        let live = LiveSession(load: { onReport in
            onReport(all[0])
            return LoadResult(reports: all, files: ["big.json"])
        }, evaluate: { report in
            if !gates.isOpen(report.id) { started.signal() }
            while !gates.isOpen(report.id) { usleep(500) }
            return Evaluator.evaluate(report)
        })
        var view = LiveState(language: .en)
        #expect(Self.poll(live, &view) { $0.state?.evaluations.count == all.count })
        started.wait()
        #expect(Self.poll(live, &view) {
            if case .evaluating(let done, let total)? = $0.state?.progress { return done >= 1 && total == all.count }
            return false
        })
        // Only the first report is evaluated: every worker waits at its report.
        var state = try #require(view.state)
        #expect(state.progress == .evaluating(done: 1, of: all.count))
        #expect(Renderer.render(state).text.contains("[evaluated 1/\(all.count) reports]"))
        // Move to the fourth report: it waits for nobody, and counts at once.
        state.press(.char("]"), .char("]"), .char("]"))
        view.set(state)
        let index = try #require(view.state?.awaitedReport)
        #expect(index == 3)
        gates.let_(all[3].report.id)
        let evaluation = try #require(live.evaluation(of: index))
        view.deliver(evaluation, at: index)
        #expect(view.state?.evaluation?.report.id == all[3].report.id)
        #expect(view.state?.awaitedReport == nil)
        #expect(view.state?.progress == .evaluating(done: 2, of: all.count))
        // Made on demand, it is not announced again.
        for news in live.take() {
            if case .evaluated(let arrived, _) = news { #expect(!arrived.contains { $0.index == index }) }
        }
        for loaded in all { gates.let_(loaded.report.id) }
        #expect(Self.poll(live, &view) { $0.state?.progress == nil })
    }

    @Test func aShownReportWhoseFileTurnsOutBadIsWithdrawn() throws {
        let all = Self.reports(copies: 1)
        let gate = DispatchSemaphore(value: 0)
        let bad = LoadedReport(file: "bad.json", report: all[0].report)
        let error = LoadError(kind: .consistency, file: "bad.json", position: SourcePosition(line: 9, column: 3), path: "reports[1].id", message: "report id is already used")
        let live = Self.session(read: [bad], result: LoadResult(reports: Array(all.dropFirst()), errors: [error], files: ["bad.json", "big.json"]), gate: gate)
        var view = LiveState(language: .zh)
        #expect(Self.poll(live, &view) { $0.state != nil })
        var state = try #require(view.state)
        state.press(.char("2"), .enter)
        view.set(state)
        gate.signal()
        #expect(Self.poll(live, &view) { $0.state?.loadErrors.isEmpty == false })
        let after = try #require(view.state)
        #expect(after.reportIndex == 0)
        #expect(after.stack == [.pane(.heatmap)])
        #expect(after.loadErrors == [error])
        #expect(Renderer.render(after).text.contains("1 个文件加载失败"))
    }

    @Test func nothingReadStillEndsOnTheErrors() throws {
        let error = LoadError(kind: .syntax, file: "x.json", position: SourcePosition(line: 1, column: 1), path: "", message: "the file is empty: expected a JSON object")
        let live = LiveSession(load: { _ in LoadResult(errors: [error], files: ["x.json"]) })
        var view = LiveState(language: .zh)
        #expect(Self.poll(live, &view) { $0.state != nil })
        #expect(view.state?.screen == .loadErrors)
        #expect(Self.poll(live, &view) { _ in !live.isBusy })
    }
}
