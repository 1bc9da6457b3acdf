import Foundation
import Testing
import JixiaoCore
import JixiaoImport
@testable import JixiaoUI

/// A single-project 自评表 opened from its workbook: the budget pane with funding sources, the
/// indicator detail with printed 分值/得分, and the import notes in the issue list.
@Suite("Screens of an imported workbook")
struct ImportedScreenTests {
    static func state(_ fixture: String, width: Int, height: Int) throws -> AppState {
        let path = SeedState.root.appendingPathComponent("Tests/Fixtures/import/\(fixture)").path
        let result = Importer.run(files: [path])
        try #require(result.errors.isEmpty && !result.reports.isEmpty)
        return AppState(evaluations: result.reports.map { Evaluator.evaluate($0) }, size: Size(width: width, height: height))
    }

    @Test(arguments: [(80, 24), (200, 50)])
    func budgetPaneOfASingleProjectForm(_ width: Int, _ height: Int) throws {
        let state = try Self.state("central-wan.xlsx", width: width, height: height)
        let text = Renderer.render(state).text
        Snapshot.assert(text, named: "import-budget-central-\(width)x\(height)")
        #expect(text.contains("本年财政拨款  年初 90.00 · 全年 89.974 · 执行 89.974 · 100.00%"))
        #expect(text.contains("预算执行率 分值 10，计算得分 10.00，表内得分 0"))
    }

    @Test(arguments: [(80, 24), (200, 50)])
    func budgetPaneWithABlankOriginalBudget(_ width: Int, _ height: Int) throws {
        let state = try Self.state("yuan-thousands.xlsx", width: width, height: height)
        let text = Renderer.render(state).text
        Snapshot.assert(text, named: "import-budget-yuan-\(width)x\(height)")
        #expect(text.contains("年初预算 未填"))
    }

    @Test func indicatorDetailShowsWhatTheFormPrinted() throws {
        var state = try Self.state("sichuan-adjusted.xlsx", width: 80, height: 24)
        state.press(.char("2"), .enter, .enter)
        let text = Renderer.render(state).text
        Snapshot.assert(text, named: "import-detail-sichuan-80x24")
        #expect(text.contains("原表        指标性质 ≥，指标值 13，度量单位 台"))
        #expect(text.contains("表内分数      分值 30   得分 30"))
        // A blank 偏差原因 is not shown as a printed 无.
        #expect(text.contains("偏差原因      （未填）"))
    }

    @Test func importNotesAreInTheIssueList() throws {
        var state = try Self.state("central-wan.xlsx", width: 200, height: 50)
        state.press(.char("3"))
        let text = Renderer.render(state).text
        Snapshot.assert(text, named: "import-issues-central-200x50")
        #expect(text.contains("导入说明"))
        #expect(text.contains("自评表!B7：the total's 年初预算数 is 0"))
    }

    /// A row whose printed 分值 was scaled to its level's share says so beside the printed figures
    /// (issue 11, rule 9): rows of 20 + 20 under 产出指标(60分) carry 30 each.
    @Test func aScaledWeightIsShownBesideThePrintedOne() {
        var first = Indicator(id: "a", subProject: "s", level1: "产出指标", level2: "数量指标", name: "培训人数",
                              target: "≥100人", actual: "120人", weight: 20)
        first.statedScore = 20
        var second = first
        second.id = "b"; second.name = "培训场次"; second.target = "≥5场"; second.actual = "5场"
        var report = Report(id: "r", title: "测试", department: "局", scope: "专项", year: 2023, kind: .projectFund,
                            subProjects: [SubProject(id: "s", name: "专项", budget: 10, spent: 10)], indicators: [first, second])
        report.executionWeight = 40
        report.levelSubtotals = [PrintedSubtotal(level1: "产出指标", weight: 60)]
        var state = AppState(evaluations: [Evaluator.evaluate(report)], size: Size(width: 80, height: 24))
        state.press(.char("2"), .enter, .enter)
        let text = Renderer.render(state).text
        #expect(text.contains("分值 20（按比例折算为 30.00）   得分 20   按规则 20 分"))
    }
}
