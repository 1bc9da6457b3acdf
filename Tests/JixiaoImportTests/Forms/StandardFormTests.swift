import Foundation
import Testing
import JixiaoCore
@testable import JixiaoImport

/// Every field of every standard-form fixture, labelled from the published table it follows (see generate.py).
@Suite("Standard form: the central template and its provincial variants")
struct StandardFormTests {
    @Test func centralTemplateInWanYuan() throws {
        let r = try Fixtures.report("central-wan.xlsx")
        #expect(r.title == "委托业务项目 项目支出绩效自评表(2022年度)")
        #expect(r.scope == "委托业务项目")
        #expect(r.year == 2022)
        #expect(r.kind == .projectFund)
        #expect(r.department == "池州市贵池区棠溪镇人民政府")
        #expect(r.implementingUnit == "池州市贵池区棠溪镇人民政府")
        #expect(r.moneyUnit == "万元" && r.sourceMoneyUnit == nil)
        #expect(r.statedScore == 99)
        #expect(r.executionWeight == 10)
        #expect(r.statedExecutionScore == 0)
        #expect(r.goal?.expected == "本项目共申请预算资金90万元。其中:30万元用于基建工程委托业务,60万元用于财务委托业务。")
        #expect(r.goal?.actual == "全年完成基建工程委托业务50个,委托业务报告合格率100%,资金支出89.974万元。")
        #expect(r.levelSubtotals == [PrintedSubtotal(level1: "产出指标", weight: 50), PrintedSubtotal(level1: "效益指标", weight: 30),
                                     PrintedSubtotal(level1: "满意度指标", weight: 10)])
        // The total row prints 0 while its 其中 row holds the money: the parts are taken, with a warning each.
        let sp = try #require(r.subProjects.first)
        #expect(r.subProjects.count == 1)
        #expect(sp.name == "委托业务项目")
        #expect(sp.budget == 90 && sp.statedAdjustedBudget == Decimal("89.974") && sp.spent == Decimal("89.974"))
        #expect(sp.funding == [FundingSource(label: "本年财政拨款", budget: 90, adjustedBudget: Decimal("89.974"), spent: Decimal("89.974"))])
        #expect(sp.importNotes.filter { $0.severity == .warning }.map(\.field) == ["年初预算数", "全年预算数", "全年执行数"])

        let rows = r.indicators.map { [$0.level1, $0.level2, $0.name, $0.target, $0.actual] }
        #expect(rows == [
            ["产出指标", "数量指标", "基建工程委托业务项目数量", "≥50个", "50"],
            ["产出指标", "质量指标", "委托业务报告合格率", "≥100百分比", "100"],
            ["产出指标", "质量指标", "经费支出合规性", "严格执行相关制度规定", "达成预期指标"],
            ["产出指标", "时效指标", "提交报告及时性", "在项目计划完成时间内完成", "达成预期指标"],
            ["产出指标", "成本指标", "项目总成本", "≤90万元", "89.974"],
            ["产出指标", "成本指标", "单项业务成本", "符合相关规定", "达成预期指标"],
            ["效益指标", "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", "达成预期指标"],
            ["效益指标", "生态效益指标", "对节约资源的影响程度", "效果明显", "达成预期指标"],
            ["效益指标", "可持续影响指标", "对委托业务规范化的持续影响", "效果明显", "达成预期指标"],
            ["满意度指标", "满意度指标", "公众满意度", "≥90%", "95%"],
        ])
        #expect(r.indicators.map(\.weight) == [8, 8, 8, 8, 8, 10, 10, 10, 10, 10])
        #expect(r.indicators.map(\.statedScore) == [8, 8, 8, 8, 8, 10, 10, 10, 9, 10])
        #expect(r.indicators.map(\.id) == (1...10).map { String(format: "ind-%02d", $0) })
        #expect(r.indicators.allSatisfy { $0.subProject == "sp-01" })
        // A reason that says 无 is kept, distinct from a blank one.
        #expect(r.indicators[8].deviationReason == "部分业务流程尚待规范")
        #expect(r.indicators[9].deviationReason == "无")
        #expect(r.indicators[0].deviationReason == nil)
        let lines = r.noteLines
        #expect(lines.contains("自评表!C5: the code 219 before the department name was dropped: 「池州市贵池区棠溪镇人民政府」"))
        #expect(lines.contains("自评表!C20: a 二级指标 label with no indicator (「经济效益指标」) was skipped"))
        #expect(lines.contains("自评表!B15: 一级指标「产出指标(50分)」merged over B14:B19: carried down"))
        #expect(r.allImportNotes.allSatisfy { $0.file == Fixtures.path("central-wan.xlsx") })
    }

    @Test func formInYuanWithThousandsPercentCellsAndAFormula() throws {
        let r = try Fixtures.report("yuan-thousands.xlsx")
        #expect(r.title == "美丽乡村建设项目 项目支出绩效自评表（2023年度）")
        #expect(r.year == 2023 && r.department == "金寨县农业农村局" && r.implementingUnit == "金寨县茶谷和美丽乡村建设服务中心")
        #expect(r.sourceMoneyUnit == "元" && r.moneyUnit == "万元")
        let sp = try #require(r.subProjects.first)
        // 3,297,700.00 元 and 3,383,100.50 元, exactly in 万元; 年初预算数 blank.
        #expect(sp.budget == nil)
        #expect(sp.statedAdjustedBudget == Decimal("329.77") && sp.spent == Decimal("338.31005"))
        #expect(sp.funding == [FundingSource(label: "当年财政拨款", adjustedBudget: Decimal("329.77"), spent: Decimal("338.31005"))])
        #expect(r.executionWeight == 10 && r.statedExecutionScore == 10)
        #expect(r.statedScore == 98 && r.statedGrade == "优")
        #expect(r.indicators.map(\.target) == ["≤4", "≥200", "≥2000", "95%", "9月前", "11月前", "明显改善", "90%"])
        #expect(r.indicators.map(\.actual) == ["4", "202", "3061", "100%", "7月", "10月", "明显改善", "96%"])
        #expect(r.indicators.map(\.name).first == "指标1:开展精品示范村建设数量")
        let lines = r.noteLines
        #expect(lines.contains("Sheet1!F17: the cell holds the formula =100%; read as typed, 100% (Excel stored 1)"))
        #expect(lines.contains("Sheet1!A6: amounts are printed in 元: converted exactly to 万元 (÷10,000)"))
        #expect(lines.contains("Sheet1!B7: 年初预算数 is blank: the 全年预算数 is the budget, and no rate against the original budget is given"))
        let evaluation = Evaluator.evaluate(r)
        #expect(evaluation.total.rateOfOriginal == nil)
        #expect(evaluation.total.rate == Decimal("338.31005") / Decimal("329.77"))
    }

    @Test func sichuanVariantWithAdjustedBudgetAndWeights() throws {
        let r = try Fixtures.report("sichuan-adjusted.xlsx")
        #expect(r.title == "2023年全县安可替代补助资金项目 部门预算项目支出绩效自评表(2023年度)")
        #expect(r.scope == "2023年全县安可替代补助资金项目")
        #expect(r.department == "大英县司法局部门" && r.implementingUnit == "大英县司法局")
        #expect(r.goal == AnnualGoal(expected: "根据要求购买安可设备,并完成项目资金支付。", actual: "完成"))
        let sp = try #require(r.subProjects.first)
        #expect(sp.budget == 0 && sp.statedAdjustedBudget == Decimal("3.36") && sp.spent == Decimal("3.36"))
        #expect(sp.funding.map(\.label) == ["财政资金", "财政专户管理资金", "单位资金"])
        #expect(sp.note?.hasPrefix("1.预算执行率=预算执行数/调整后预算数") == true)
        #expect(r.executionWeight == 10 && r.statedExecutionScore == 10 && r.statedScore == 100)
        #expect(r.indicators.map(\.target) == ["≤30万元", "≥13台", "=100%"])
        #expect(r.indicators.map { [$0.nature, $0.targetValue, $0.unit] } == [["≤", "30", "万元"], ["≥", "13", "台"], ["=", "100", "%"]])
        #expect(r.indicators.map(\.actual) == ["3.36", "13", "完成"])
        #expect(r.indicators.map(\.weight) == [30, 30, 30])
        #expect(r.narrative == [Statement(title: "评价结论", text: "按要求完成安可设备购置,资金支付及时。")])
        #expect(r.problems == [Statement(title: "存在问题", text: "无")])
        #expect(r.suggestions == [Statement(title: "改进措施", text: "无")])
        #expect(r.noteLines.contains("自评表!B2: the code 51092324T000010263357 before the project name was dropped: 「2023年全县安可替代补助资金项目」"))
        // The signatures are not lost: each is a note with its cell.
        #expect(r.noteLines.contains("自评表!A20: a cell the form does not place was kept here: 「项目负责人:查小兵」"))
        // Execution 10 printed, the indicators' 90 by their 分值: the score reads them so.
        let card = Evaluator.evaluate(r).score
        #expect(card.executionWeight == 10 && card.level(.output)?.statedWeight == 90 && !card.usesDefaultWeights)
    }

    @Test func twoRowHeaderWithOperatorsAsWorkbooksWriteThem() throws {
        let r = try Fixtures.report("split-two-row.xlsx")
        #expect(r.scope == "铁路沿线环境及安全整治" && r.year == 2023)
        #expect(r.indicators.count == 8)
        #expect(r.indicators.map(\.target) == ["﹦100%", "≦6万元", "<=4万元", "≧20公里", ">=95%", "≥90%", "优良中低差", "≥95%"])
        #expect(r.indicators.map(\.actual) == ["100", "5.8", "3.8", "18", "96", "93", "优", "96"])
        #expect(r.indicators[6].nature == "定性" && r.indicators[6].unit == nil)
        #expect(r.indicators[5].nature == "正向")
        #expect(r.indicators.map(\.level1) == ["产出指标", "产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "满意度指标"])
        #expect(r.indicators[2].level2 == "成本指标")
        #expect(r.statedScore == Decimal("88.6"))
        #expect(r.noteLines.contains("2023!D17: a placeholder row (「……」) was skipped"))
        #expect(r.noteLines.contains("2023!B10: 一级指标「产出指标」written once at B9: carried down"))
        // The operators as written are judged as the standard ones.
        let statuses = Evaluator.evaluate(r).indicators.map(\.status)
        #expect(statuses == [.met, .met, .met, .unmet, .met, .met, .met, .met])
    }

    @Test func stackedFormsAndASecondSheet() throws {
        let result = Fixtures.run("stacked.xlsx")
        #expect(result.errors.isEmpty)
        #expect(result.reports.map(\.scope) == ["农村公路养护项目", "桥梁安全检测项目", "公路安全生命防护工程"])
        #expect(result.reports.map { $0.indicators.count } == [5, 3, 3])
        #expect(result.reports.map(\.statedScore) == [Decimal("97.5"), 100, Decimal("80.5")])
        #expect(result.reports.map { $0.subProjects[0].spent } == [171, 50, 240])
        #expect(Set(result.reports.map(\.id)).count == 3)
        // The second form writes its levels once instead of merging them.
        #expect(result.reports[1].indicators.map(\.level1) == ["产出指标", "效益指标", "满意度指标"])
        #expect(result.notes.map(\.line).contains("\(Fixtures.path("stacked.xlsx")):说明: the sheet holds no 自评表 (no 项目名称 label, no long-format header): skipped"))
    }

    @Test func importedFormsLoadAndEvaluateLikeDataFiles() throws {
        for name in ["central-wan.xlsx", "yuan-thousands.xlsx", "sichuan-adjusted.xlsx", "split-two-row.xlsx", "stacked.xlsx"] {
            let result = Fixtures.run(name)
            let text = ReportFile(reports: result.reports).json.serialized()
            let (decoded, errors) = ReportLoader.decode(Array(text.utf8), file: name)
            #expect(errors.isEmpty, "\(name): \(errors)")
            #expect(decoded?.reports == result.reports, "\(name): the draft does not read back the same")
        }
    }
}
