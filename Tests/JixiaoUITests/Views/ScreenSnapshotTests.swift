import Foundation
import Testing
import JixiaoCore
@testable import JixiaoUI

/// Every pane and the drill-down screens of both seed reports, at 80×24 and 120×40, against stored text.
@Suite("Screens as text")
struct ScreenSnapshotTests {
    static let sizes = [(80, 24), (120, 40)]
    static let reports = [("2022", 0), ("2023", 1)]

    static func state(report: Int, width: Int, height: Int) -> AppState {
        var state = SeedState.make(width: width, height: height)
        if report == 1 { state.press(.char("]")) }
        return state
    }

    @Test(arguments: ["budget", "heatmap", "issues"])
    func panes(_ pane: String) {
        for (year, report) in Self.reports {
            for (w, h) in Self.sizes {
                var state = Self.state(report: report, width: w, height: h)
                state.press(.char(pane == "budget" ? "1" : pane == "heatmap" ? "2" : "3"))
                Snapshot.assert(Renderer.render(state).text, named: "\(pane)-\(year)-\(w)x\(h)")
            }
        }
    }

    /// The indicator list of the first row, and the detail of the first unmet indicator.
    @Test func drillDown() {
        for (year, report) in Self.reports {
            for (w, h) in Self.sizes {
                var state = Self.state(report: report, width: w, height: h)
                state.press(.char("2"), .enter)
                Snapshot.assert(Renderer.render(state).text, named: "indicators-\(year)-\(w)x\(h)")
                let e = state.evaluation!
                let rows = state.lists.indicatorsByGroup[0] ?? []
                if let row = rows.firstIndex(where: { e.indicators[$0].status == .unmet }) {
                    for _ in 0..<row { state.press(.down) }
                    state.press(.enter)
                    Snapshot.assert(Renderer.render(state).text, named: "detail-\(year)-\(w)x\(h)")
                }
            }
        }
    }

    /// An issue about a claim, and a fund without indicators of its own, at 80×24.
    @Test func issueAndFundDetails() {
        var state = SeedState.make()
        state.press(.char("3"))
        state.selectFirstClaimIssue()
        state.press(.enter)
        Snapshot.assert(Renderer.render(state).text, named: "issue-claim-2022-80x24")
        var fund = SeedState.make()
        fund.press(.char("]"), .enter)
        Snapshot.assert(Renderer.render(fund).text, named: "subproject-2023-80x24")
    }

    @Test func helpOverlayAndEnglishLabels() {
        var state = SeedState.make(width: 80, height: 24, language: .en)
        Snapshot.assert(Renderer.render(state).text, named: "budget-2022-80x24-en")
        state.press(.char("?"))
        Snapshot.assert(Renderer.render(state).text, named: "help-budget-80x24-en")
    }

    @Test func aTooSmallTerminalSaysWhatItNeeds() {
        let state = SeedState.make(width: 40, height: 10)
        let text = Renderer.render(state).text
        #expect(text.contains("need 76×16, have 40×10"))
        for (w, h) in [(1, 1), (0, 0), (2, 30), (200, 1)] {
            _ = Renderer.render(SeedState.make(width: w, height: h))
        }
    }

    @Test func noLineIsWiderThanTheScreenAndNoWideCharacterIsCut() {
        for (w, h) in [(76, 16), (80, 24), (97, 31), (120, 40), (250, 70)] {
            for keys: [Key] in [[], [.char("2")], [.char("3")], [.char("2"), .enter], [.enter, .enter], [.char("?")],
                                [.char("]")], [.char("]"), .enter], [.char("3"), .enter]] {
                var state = SeedState.make(width: w, height: h)
                state.widthPolicy = w == 97 ? .ambiguousWide : .standard
                for key in keys { state.press(key) }
                let buffer = Renderer.render(state)
                for line in buffer.lines() {
                    #expect(buffer.cellWidth.width(of: line) <= w, "\(w)x\(h) \(keys): \(line)")
                }
                // Every table's last column is on screen: the over/under marks and the heatmap total.
                if keys.isEmpty { #expect(buffer.text.contains(state.labels.overspent), "\(w)x\(h)") }
                if keys == [.char("2")] { #expect(buffer.lines()[2].hasSuffix(state.labels.total), "\(w)x\(h): \(buffer.lines()[2])") }
                #expect(buffer.lines().count == h)
            }
        }
    }
}
