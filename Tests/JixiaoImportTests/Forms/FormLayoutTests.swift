import Foundation
import Testing
import JixiaoCore
@testable import JixiaoImport

/// Layouts real workbooks use that the fixtures do not (each found by the analyst's review).
@Suite("Form layouts")
struct FormLayoutTests {
    @Test func twoFormsSideBySideAreTwoReports() {
        let a = Grids.form(name: "学生资助项目"), b = Grids.form(name: "营养改善计划",
            funds: [[nil, "年度资金总额", "200", "200", "190", "10", "95%", "9.5"]])
        let rows = (0..<max(a.count, b.count)).map { r -> [String?] in
            let left = r < a.count ? a[r] : []
            return left + Array(repeating: nil, count: 10 - left.count) + (r < b.count ? b[r] : [])
        }
        let reports = Grids.reports(Grids.make(rows))
        #expect(reports.map(\.scope) == ["学生资助项目", "营养改善计划"])
        #expect(reports.map { $0.subProjects[0].spent } == [90, 190])
        #expect(reports.map(\.title) == ["学生资助项目 项目支出绩效自评表（2023年度）", "营养改善计划 项目支出绩效自评表（2023年度）"])
        #expect(reports[1].allImportNotes.filter { $0.message.contains("does not place") }.isEmpty)
    }

    @Test func titleRowsPastABlankRow() {
        var rows = Grids.form()
        rows.insert([], at: 1)
        rows.insert([], at: 3)
        let r = Grids.reports(Grids.make(rows))[0]
        #expect(r.title == "某项目 项目支出绩效自评表（2023年度）" && r.year == 2023)
    }

    @Test func headLabelsWrittenAboveTheProjectName() {
        var rows = Grids.form()
        rows.insert(["主管部门：某县水利局", "实施单位：某县河道管理所"], at: 2)
        rows.remove(at: 4)  // the usual 主管部门 row below 项目名称
        let r = Grids.reports(Grids.make(rows))[0]
        #expect(r.department == "某县水利局" && r.implementingUnit == "某县河道管理所")
        #expect(r.title == "某项目 项目支出绩效自评表（2023年度）")
    }

    @Test(arguments: [("2023-2025年高标准农田建设项目", "2023-2025年高标准农田建设项目"), ("G318-国道改造工程", "G318-国道改造工程"),
                      ("110-指挥中心建设", "110-指挥中心建设"), ("51092324T000010263357-安可替代", "安可替代")])
    func codesBeforeProjectNames(_ printed: String, _ name: String) {
        #expect(Grids.reports(Grids.make(Grids.form(name: printed)))[0].scope == name)
    }

    @Test func aSubtotalRowIsNoIndicator() {
        let rows = Grids.form(indicators: [
            [nil, "产出指标", "数量指标", "培训人数", "≥100人", "120人", "40", "40"],
            [nil, nil, nil, "小计", nil, nil, "40", "40"],
            [nil, "效益指标", "社会效益指标", "就业率", "≥90%", "95%", "50", "50"],
        ])
        let r = Grids.reports(Grids.make(rows))[0]
        #expect(r.indicators.map(\.name) == ["培训人数", "就业率"])
        #expect(r.levelSubtotals == [PrintedSubtotal(level1: "产出指标", weight: 40, score: 40)])
    }

    @Test func aLevelWrittenOnEveryRowKeepsTheLevelTwoCarriedDown() {
        let rows = Grids.form(indicators: [
            [nil, "产出指标", "数量指标", "A", "≥1个", "1个", "25", "25"],
            [nil, "产出指标", nil, "B", "≥1个", "1个", "25", "25"],
        ])
        #expect(Grids.reports(Grids.make(rows))[0].indicators.map(\.level2) == ["数量指标", "数量指标"])
    }

    @Test func levelsLeftBlankAreInferredAndTheDraftLoads() {
        let rows = Grids.form(indicators: [
            [nil, nil, "质量指标", "合格率", "≥95%", "97%", "50", "50"],
            [nil, "满意度指标", nil, "满意度", "≥90%", "93%", "40", "40"],
        ])
        let r = Grids.reports(Grids.make(rows))[0]
        #expect(r.indicators.map(\.level1) == ["产出指标", "满意度指标"])
        #expect(r.indicators.map(\.level2) == ["质量指标", "满意度指标"])
        let (_, errors) = ReportLoader.decode(Array(ReportFile(reports: [r]).json.serialized().utf8), file: "d.json")
        #expect(errors.isEmpty)
    }

    @Test func pointsWrittenWithTheirUnit() {
        let rows = Grids.form(funds: [[nil, "年度资金总额", "100", "100", "90", "10分", "90%", "9分"]],
                              indicators: [[nil, "产出指标", "数量指标", "培训人数", "≥100人", "120人", "50分", "49.5分"]])
        let r = Grids.reports(Grids.make(rows))[0]
        #expect(r.executionWeight == 10 && r.statedExecutionScore == 9)
        #expect(r.indicators[0].weight == 50 && r.indicators[0].statedScore == Decimal("49.5"))
    }

    @Test func theTotalIsTheRowLabelledSo() {
        let rows = Grids.form(funds: [
            [nil, "财政拨款", "80", "80", "72"], [nil, "其他资金", "20", "20", "18"], [nil, "合计", "100", "100", "90", "10", "90%", "9"],
        ])
        let r = Grids.reports(Grids.make(rows))[0]
        #expect(r.subProjects[0].budget == 100 && r.subProjects[0].spent == 90)
        #expect(r.subProjects[0].funding.map(\.label) == ["财政拨款", "其他资金"])
        #expect(!r.allImportNotes.contains { $0.severity == .warning })
    }

    @Test func aUnitWrittenInTheCellWins() {
        var rows = Grids.form(fundsLabel: "项目资金", funds: [[nil, "年度资金总额", "1,500,000.00", "150万元", "1,200,000", "10", "80%", "8"]])
        rows.insert(["金额单位：元"], at: 0)
        let sp = Grids.reports(Grids.make(rows))[0].subProjects[0]
        #expect(sp.budget == 150 && sp.statedAdjustedBudget == nil && sp.spent == 120)
    }

    @Test func spendingByKindIsNoFundingSource() {
        let rows = Grids.form(funds: [
            [nil, "年度资金总额", "1200", "1350", "1300", "10", "96%", "9.6"], [nil, "按收入性质分："],
            [nil, "其中：一般公共预算", "1100", "1250", "1200"], [nil, "按支出性质分："], [nil, "基本支出", "900", "950", "940"],
        ])
        let r = Grids.reports(Grids.make(rows))[0]
        #expect(r.subProjects[0].funding.map(\.label) == ["一般公共预算"])
        #expect(r.allImportNotes.contains { $0.message.hasPrefix("「基本支出」 is spending by kind") })
    }

    @Test func goalsOverSeveralRowsAndLaidOutVertically() {
        var rows = Grids.form()
        rows.insert(["年度总体目标", "预期目标", nil, nil, nil, "实际完成情况"], at: 6)
        rows.insert([nil, "目标1：完成A", nil, nil, nil, "已完成A"], at: 7)
        rows.insert([nil, "目标2：完成B", nil, nil, nil, "已完成B"], at: 8)
        #expect(Grids.reports(Grids.make(rows))[0].goal == AnnualGoal(expected: "目标1：完成A\n目标2：完成B", actual: "已完成A\n已完成B"))
        var vertical = Grids.form()
        vertical.insert(["年度总体目标", "预期目标", "完成改造 20 家"], at: 6)
        vertical.insert([nil, "实际完成情况", "完成改造 21 家"], at: 7)
        #expect(Grids.reports(Grids.make(vertical))[0].goal == AnnualGoal(expected: "完成改造 20 家", actual: "完成改造 21 家"))
    }

    @Test func yearsInChineseNumerals() {
        #expect(Grids.reports(Grids.make(Grids.form(year: "（二〇二三年度）")))[0].year == 2023)
    }

    @Test func aProjectNameOverNothingIsNoForm() {
        #expect(Grids.reports(Grids.make([["年度", "项目名称"], ["2023", "某项目"]])).isEmpty)
    }

    @Test func cellsAboveTheFirstFormAreNoted() throws {
        var rows = Grids.form()
        rows.insert(["附件1：重要说明请勿删除"], at: 0)
        rows.insert([], at: 1)
        rows.insert([], at: 2)
        rows.insert([], at: 3)
        rows.insert([], at: 4)
        rows.insert([], at: 5)
        rows.insert([], at: 6)
        let path = try WorkbookWriter.temporary(try WorkbookWriter.xlsx(rows: rows.map { $0.map { $0.map(WorkbookWriter.Value.text) } }), name: "above.xlsx")
        let result = Importer.run(files: [path])
        #expect(result.allNotes.contains { $0.message.contains("附件1：重要说明请勿删除") })
    }
}

/// Variants found when the review's fixes were checked again.
@Suite("Form layouts, second look")
struct FormLayoutRecheckTests {
    @Test func formsSideBySideOnRowsAFewApart() {
        let a = Grids.form(name: "学生资助项目"), b = Grids.form(name: "营养改善计划",
            funds: [[nil, "年度资金总额", "200", "200", "190", "10", "95%", "9.5"]])
        // The second form starts two rows lower; the first form's funds header shares a row with its 项目名称.
        let rows = (0..<(b.count + 2)).map { r -> [String?] in
            let left = r < a.count ? a[r] : []
            let right = r >= 2 && r - 2 < b.count ? b[r - 2] : []
            return left + Array(repeating: nil, count: 10 - left.count) + right
        }
        let reports = Grids.reports(Grids.make(rows))
        #expect(reports.map(\.scope) == ["学生资助项目", "营养改善计划"])
        #expect(reports.map { $0.subProjects[0].spent } == [90, 190])
        #expect(reports.map(\.year) == [2023, 2023])
    }

    @Test func aNamedSubtotalAndATotalBeforeTheScore() {
        var rows = Grids.form(indicators: [
            [nil, "产出指标", "数量指标", "培训人数", "≥100人", "120人", "50", "50"],
            [nil, nil, nil, "小计（产出）", nil, nil, "50", "50"],
            [nil, "效益指标", "社会效益指标", "就业率", "≥90%", "95%", "40", "40"],
            [nil, "合计", nil, nil, nil, nil, "90", "90"],
        ])
        let r = Grids.reports(Grids.make(rows))[0]
        #expect(r.indicators.map(\.name) == ["培训人数", "就业率"])
        #expect(r.statedScore == 95)
        #expect(r.allImportNotes.contains { $0.message.hasPrefix("a 「合计」 row before the 总分 row is a subtotal") })
        rows[0] = ["附件2：项目支出绩效自评表"]
        #expect(Grids.reports(Grids.make(rows))[0].title == "某项目 项目支出绩效自评表（2023年度）")
        rows.remove(at: 1)
        rows[0] = ["附件2 2023年度项目支出绩效自评表"]
        let single = Grids.reports(Grids.make(rows))[0]
        #expect(single.title == "某项目 2023年度项目支出绩效自评表" && single.year == 2023)
    }
}
