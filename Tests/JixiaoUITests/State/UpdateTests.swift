import Foundation
import Testing
import JixiaoCore
@testable import JixiaoUI

@Suite("update(state, action)")
struct UpdateTests {
    @Test func opensOnTheBudgetPaneOfTheFirstReport() {
        let state = SeedState.make()
        #expect(state.screen == .pane(.budget))
        #expect(state.evaluation?.report.id == "jiangmen-industry-fund-2022")
        #expect(state.lists.budget.count == 16)
    }

    @Test func tabAndNumbersSwitchPanes() {
        var state = SeedState.make()
        state.press(.tab)
        #expect(state.screen == .pane(.heatmap))
        state.press(.tab)
        #expect(state.screen == .pane(.issues))
        state.press(.tab)
        #expect(state.screen == .pane(.budget))
        state.press(.backTab)
        #expect(state.screen == .pane(.issues))
        state.press(.char("2"))
        #expect(state.screen == .pane(.heatmap))
        state.press(.char("1"))
        #expect(state.screen == .pane(.budget))
    }

    @Test func movingStaysInsideTheList() {
        var state = SeedState.make()
        state.press(.up)
        #expect(state.selected == 0)
        state.press(.char("j"), .down, .char("j"))
        #expect(state.selected == 3)
        state.press(.char("k"))
        #expect(state.selected == 2)
        state.press(.char("G"))
        #expect(state.selected == 15)
        state.press(.down)
        #expect(state.selected == 15)
        state.press(.char("g"))
        #expect(state.selected == 0)
        state.press(.pageDown)
        #expect(state.selected == min(15, Layout.bodyRows(for: .pane(.budget), size: state.size) - 1))
        var tall = SeedState.make(width: 80, height: 14)
        tall.press(.pageDown)
        #expect(tall.selected == Layout.bodyRows(for: .pane(.budget), size: tall.size) - 1)
    }

    @Test func enterDrillsIntoASubProjectAndEscReturnsToTheSameRow() {
        var state = SeedState.make()
        state.press(.down, .down)
        state.press(.enter)
        #expect(state.screen == .indicators(group: 2))
        state.press(.down, .down, .down)
        state.press(.enter)
        guard case .detail(let index) = state.screen else {
            Issue.record("expected a detail screen, got \(state.screen)")
            return
        }
        #expect(state.evaluation?.indicators[index].id == "ind-13")
        state.press(.escape)
        #expect(state.screen == .indicators(group: 2))
        #expect(state.selected == 3)
        state.press(.escape)
        #expect(state.screen == .pane(.budget))
        #expect(state.selected == 2)
    }

    @Test func heatmapEnterLandsOnTheChosenCategory() {
        var state = SeedState.make()
        state.press(.char("2"), .down, .char("l"), .char("l"))
        #expect(Category.allCases[state.heatmapColumn] == .timeliness)
        state.press(.enter)
        #expect(state.screen == .indicators(group: 1))
        let rows = state.lists.indicatorsByGroup[1] ?? []
        #expect(state.evaluation?.indicators[rows[state.selected]].id == "ind-07")
    }

    @Test func detailStepsThroughTheListWithJK() {
        var state = SeedState.make()
        state.press(.enter, .enter)
        #expect(state.screen == .detail(indicator: 0))
        state.press(.char("j"))
        #expect(state.screen == .detail(indicator: 1))
        state.press(.char("k"), .char("k"))
        #expect(state.screen == .detail(indicator: 0))
        state.press(.escape)
        #expect(state.selected == 0)
    }

    @Test func searchFindsChineseTextAndNMovesOn() {
        var state = SeedState.make()
        state.press(.char("/"))
        #expect(state.search.editing)
        state.type("租金")
        state.press(.enter)
        #expect(!state.search.editing)
        #expect(state.selected == 14)
        state.press(.char("n"))
        #expect(state.selected == 15)
        state.press(.char("n"))
        #expect(state.selected == 14)
        state.press(.char("N"))
        #expect(state.selected == 15)
    }

    @Test func aSearchWithNoMatchSaysSo() {
        var state = SeedState.make()
        state.press(.char("/"))
        state.type("没有这个")
        state.press(.enter)
        #expect(state.selected == 0)
        #expect(state.message?.contains("没有这个") == true)
    }

    @Test func escCancelsSearchTyping() {
        var state = SeedState.make()
        state.press(.char("/"))
        state.type("q")
        state.press(.escape)
        #expect(!state.search.editing)
        #expect(state.search.query.isEmpty)
        #expect(state.screen == .pane(.budget))
    }

    @Test func failingOnlyKeepsOverAndUnderspentSubProjects() {
        var state = SeedState.make()
        state.press(.char("f"))
        #expect(state.failingOnly)
        let ids = state.lists.budget.compactMap { state.evaluation?.subProjects[$0].id }
        #expect(ids == ["sp-01", "sp-02", "sp-03", "sp-04", "sp-07", "sp-08", "sp-09"])
        state.press(.char("f"))
        #expect(state.lists.budget.count == 16)
    }

    @Test func sortCyclesColumnsAndReverses() {
        var state = SeedState.make()
        state.press(.char("s"))
        #expect(state.budgetSort == .name)
        // The 2022 fund has no adjusted budgets: that column is not shown, so it is not offered.
        state.press(.char("s"), .char("s"), .char("s"))
        #expect(state.budgetSort == .rate)
        // Numeric columns sort largest first, as htop does; S turns it round.
        let rates = state.lists.budget.compactMap { state.evaluation?.subProjects[$0].execution.rate }
        #expect(rates == rates.sorted(by: >))
        state.press(.char("S"))
        let reversed = state.lists.budget.compactMap { state.evaluation?.subProjects[$0].execution.rate }
        #expect(reversed == rates.sorted())
    }

    @Test func aReportWithAdjustmentsOffersTheAdjustedColumn() {
        var state = SeedState.make()
        state.press(.char("]"), .char("s"), .char("s"), .char("s"))
        #expect(state.budgetSort == .adjusted)
    }

    @Test func theCursorStaysOnItsRowWhenTheSortChanges() {
        var state = SeedState.make()
        state.press(.down, .down)
        let id = state.evaluation!.subProjects[state.lists.budget[state.selected]].id
        state.press(.char("s"), .char("s"))
        #expect(state.evaluation!.subProjects[state.lists.budget[state.selected]].id == id)
        state.press(.char("f"))
        #expect(state.evaluation!.subProjects[state.lists.budget[state.selected]].id == id)
    }

    @Test func enterOnAClaimIssueShowsTheReportsOwnWords() {
        var state = SeedState.make()
        state.press(.char("3"))
        let row = state.selectFirstClaimIssue()
        state.press(.enter)
        #expect(state.screen == .issue(finding: state.lists.issues[row]))
        #expect(Renderer.render(state).text.contains("报告原文"))
        state.press(.escape)
        #expect(state.selected == row)
    }

    @Test func enterOnAFundWithoutIndicatorsShowsItsFigures() {
        var state = SeedState.make(width: 100, height: 30)
        state.press(.char("]"), .enter)
        #expect(state.screen == .subProject(index: 0))
        let text = Renderer.render(state).text
        #expect(text.contains("45,288.442"))
        #expect(text.contains("10,686.32"))
    }

    @Test func issueFiltersBySeverityAndKind() {
        var state = SeedState.make()
        state.press(.char("3"), .char("v"))
        #expect(state.severityFilter == .error)
        let e = state.evaluation!
        #expect(!state.lists.issues.isEmpty)
        #expect(state.lists.issues.allSatisfy { e.findings[$0].severity == .error })
        state.press(.char("v"), .char("v"), .char("v"))
        #expect(state.severityFilter == nil)
        state.press(.char("t"))
        let kind = state.kindFilter
        #expect(kind != nil)
        #expect(state.lists.issues.allSatisfy { e.findings[$0].kind == kind })
    }

    @Test func enterOnAnIndicatorIssueOpensItsDetail() {
        var state = SeedState.make()
        state.press(.char("3"))
        let e = state.evaluation!
        let row = state.lists.issues.firstIndex { if case .indicator = e.findings[$0].location { true } else { false } }!
        for _ in 0..<row { state.press(.down) }
        state.press(.enter)
        guard case .detail(let index) = state.screen, case .indicator(let id) = e.findings[state.lists.issues[row]].location else {
            Issue.record("expected a detail screen")
            return
        }
        #expect(e.indicators[index].id == id)
    }

    @Test func switchingReportsKeepsThePane() {
        var state = SeedState.make()
        state.press(.char("2"), .char("]"))
        #expect(state.evaluation?.report.id == "jiangmen-miit-department-2023")
        #expect(state.screen == .pane(.heatmap))
        #expect(state.lists.heatmap.count == 1)
        state.press(.char("["))
        #expect(state.evaluation?.report.id == "jiangmen-industry-fund-2022")
    }

    @Test func helpShowsAndAnyKeyClosesItWithoutActing() {
        var state = SeedState.make()
        state.press(.char("?"))
        #expect(state.showHelp)
        let effect = state.press(.char("q"))
        #expect(!state.showHelp)
        #expect(effect == nil)
    }

    @Test func effectsForQuitExportAndRedraw() {
        var state = SeedState.make()
        #expect(state.press(.char("e")) == .export(screen: "budget"))
        #expect(state.press(.ctrl("l")) == .redraw)
        #expect(state.press(.char("q")) == .quit)
        let (next, _) = update(state, .exported(path: "jixiao-budget-x.txt", error: nil))
        #expect(next.message?.contains("jixiao-budget-x.txt") == true)
    }

    @Test func resizeKeepsTheCursorVisible() {
        var state = SeedState.make(width: 120, height: 40)
        state.press(.char("G"))
        let (small, _) = update(state, .resize(Size(width: 80, height: 12)))
        let cursor = small.cursor(small.screen)
        #expect(cursor.selected == 15)
        #expect(cursor.top + Layout.bodyRows(for: .pane(.budget), size: small.size) > 15)
    }

    @Test func keysNeverReadOrReEvaluateData() {
        var state = SeedState.make()
        let before = state.evaluations.map { $0?.report.id }
        state.press(.tab, .enter, .enter, .escape, .char("f"), .char("]"))
        #expect(state.evaluations.map { $0?.report.id } == before)
    }
}
