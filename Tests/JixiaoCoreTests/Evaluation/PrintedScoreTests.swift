import Foundation
import Testing
@testable import JixiaoCore

/// Printed scores, row by row (issue 11, rule 8): each row's printed 得分 against its printed 分值 ×
/// the rule's share, the funds row's against rate × 分值 with the rounding that explains it, and the
/// subtotals and 总分 against their parts. Rows are quoted from published tables, named beside each.
@Suite("Printed scores")
struct PrintedScoreTests {
    typealias B = ReportBuilder

    static func row(_ target: String, _ actual: String, weight: String, printed: String,
                    level2: String = "数量指标", name: String = "指标") -> Indicator {
        var indicator = B.indicator("i", "a", level2, target: target, actual: actual, name: name,
                                    weight: B.decimal(weight), reason: "原因")
        indicator.statedScore = B.decimal(printed)
        return indicator
    }

    static func finding(_ indicator: Indicator) -> Finding? {
        let report = B.report(subProjects: [B.subProject("a", budget: "10", spent: "10")], indicators: [indicator])
        return Evaluator.evaluate(report).findings.first { $0.kind == .printedScoreMismatch }
    }

    /// 稷山县翟店镇卫生院《基本公共卫生服务项目支出绩效自评表》(2021), 分值 2: 适龄儿童疫苗接种率 100.00% / 97.30% → 1.9
    /// (1.946 cut to one decimal), 孕产妇7天访视数 214人 / 203人 → 1.8 (1.897), 老年人体检数 5662人 / 4044人 → 1.4;
    /// 中江县水利局 2022: ≥90% / ≥90% → 10 of 10; 棠溪镇 2022: 效果明显 / 达成预期指标 → 9 of 10 (inside the achieved band).
    @Test(arguments: [("100.00%", "97.30%", "2", "1.9", "质量指标"), ("214人", "203人", "2", "1.8", "数量指标"),
                      ("5662人", "4044人", "2", "1.4", "数量指标"), ("≥90%", "≥90%", "10", "10", "时效指标"),
                      ("效果明显", "达成预期指标", "10", "9", "社会效益"), ("≥20家", "18家", "10", "9", "数量指标")])
    func agreesAtThePrintedPrecision(target: String, actual: String, weight: String, printed: String, level2: String) {
        #expect(Self.finding(Self.row(target, actual, weight: weight, printed: printed, level2: level2)) == nil)
    }

    /// 稷山 2021: 高血压规范管理数 3807人 / 3224人 printed 1.9 of 2 (the rule gives 1.69), 糖尿病规范管理数 863人 / 695人
    /// printed 1.8 (1.61), 0-36月龄中医药规范管理数 1228人 / 770人 printed 1.8 (1.25).
    @Test(arguments: [("3807人", "3224人", "1.9", "1.69"), ("863人", "695人", "1.8", "1.61"), ("1228人", "770人", "1.8", "1.25")])
    func moreThanTheRuleIsAWarningNamingBoth(target: String, actual: String, printed: String, expected: String) throws {
        let found = try #require(Self.finding(Self.row(target, actual, weight: "2", printed: printed)))
        #expect(found.severity == .warning)
        #expect(found.message.contains("印出得分 \(printed) 分"))
        #expect(found.message.contains("应得 \(expected) 分"))
        #expect(found.message.contains("多"))
    }

    /// 稷山 2021: 严重精神障碍患者管理数 212人 / 209人 printed 1.8 of 2 (1.97); 永德县明朗中学 2022: 资金到位及时率
    /// ≧100% / 100% printed 7 of 10; 丽江市古城区自然资源局 2020: 卫片执法补助经费 ﹦72890元 / 72890 printed 9 of 10.
    @Test(arguments: [("212人", "209人", "2", "1.8"), ("≧100%", "100%", "10", "7"), ("﹦72890元", "72890", "10", "9")])
    func lessThanTheRuleIsInfo(target: String, actual: String, weight: String, printed: String) throws {
        let found = try #require(Self.finding(Self.row(target, actual, weight: weight, printed: printed)))
        #expect(found.severity == .info)
        #expect(found.message.contains("少"))
    }

    /// 稷山 2021: 居民健康档案 38508人 / 37442人 (97.2%), printed 3 of 3: 2.92 rounds to 3, still a warning;
    /// 早孕建册数 120人 / 69人 printed 2 of 2 would be an error (1.15).
    @Test func fullMarksOnAnUnmetRow() throws {
        let near = try #require(Self.finding(Self.row("38508人", "37442人", weight: "3", printed: "3", name: "居民健康档案")))
        #expect(near.severity == .warning)
        #expect(near.message == "「居民健康档案」未完成（完成率 97.23%），却印出满分 3 分；按规则应得 2.92 分（完成率 97.23% × 分值 3）：按所印精度取整可得，仍需核实")
        let far = try #require(Self.finding(Self.row("120人", "69人", weight: "2", printed: "2", name: "早孕建册数")))
        #expect(far.severity == .error)
        #expect(far.message == "「早孕建册数」未完成（完成率 57.50%），却印出满分 2 分；按规则应得 1.15 分（完成率 57.50% × 分值 2）")
        // A weight of 0 has no full marks to give.
        #expect(Self.finding(Self.row("120人", "69人", weight: "0", printed: "0")) == nil)
    }

    /// Found in the code review: 9 × 30 ÷ 90 is 3, not 2.999…9 cut to 2.
    @Test func aDivisionThatDoesNotTerminateIsNotCutBelowItsValue() throws {
        let found = try #require(Self.finding(Self.row("90人", "30人", weight: "9", printed: "2")))
        #expect(found.severity == .info)
        #expect(found.message.contains("应得 3 分"))
        #expect(Self.finding(Self.row("90人", "30人", weight: "9", printed: "3")) == nil)
    }

    /// A word against a number scores exactly (未完成 0, 基本完成 60%), not anywhere in a band.
    @Test func aWordAgainstANumberIsExact() throws {
        #expect(try #require(Self.finding(Self.row("≥5个", "未完成", weight: "10", printed: "5"))).severity == .warning)
        #expect(try #require(Self.finding(Self.row("≥5个", "基本完成", weight: "10", printed: "8"))).severity == .warning)
        #expect(Self.finding(Self.row("≥5个", "基本完成", weight: "10", printed: "6")) == nil)
    }

    @Test func aWordVerdictIsCheckedAgainstItsBand() throws {
        let high = try #require(Self.finding(Self.row("明显提升", "基本完成", weight: "10", printed: "9.5", level2: "社会效益")))
        #expect(high.severity == .warning)
        #expect(high.message.contains("6–8 分（部分达成档 60%–80%）"))
        let low = try #require(Self.finding(Self.row("明显提升", "效果明显", weight: "10", printed: "7", level2: "社会效益")))
        #expect(low.severity == .info)
    }

    @Test func aScoreOverItsWeightOrAReviewRow() throws {
        let over = try #require(Self.finding(Self.row("≥20家", "25家", weight: "10", printed: "12")))
        #expect(over.severity == .error)
        #expect(over.message.contains("超过其分值 10 分"))
        // A row left to review has no rule's score to compare with.
        #expect(Self.finding(Self.row("≥20家", "约25家", weight: "10", printed: "10")) == nil)
        // Without a printed 分值 the printed 得分 has no scale.
        var unweighted = Self.row("≥20家", "10家", weight: "10", printed: "10")
        unweighted.weight = nil
        #expect(Self.finding(unweighted) == nil)
    }

    @Test func fullMarksOnAnUnmetCeilingNamesTheRatio() throws {
        let found = try #require(Self.finding(Self.row("≤90万元", "99万元", weight: "10", printed: "10", level2: "成本指标", name: "项目总成本")))
        #expect(found.message.hasPrefix("「项目总成本」未完成（比值 110.00%），却印出满分 10 分"))
    }

    // MARK: - The funds row

    /// The gap is between the figures as shown: 9.9 against 9.7851 (shown 9.79) is 0.11, not 0.1149 → 0.11… or 0.12.
    @Test func theGapIsBetweenTheShownFigures() throws {
        let found = try #require(Self.execution(budget: "100000", spent: "97851", weight: "10", printed: "9.9").first)
        #expect(found.severity == .warning)
        #expect(found.message.contains("应得 9.79 分，多 0.11 分"))
    }

    static func execution(budget: String, spent: String, weight: String, printed: String) -> [Finding] {
        var report = B.report(subProjects: [B.subProject("a", budget: budget, spent: spent)], indicators: [
            B.indicator("q", "a", "数量指标", target: "≥10 家", actual: "10 家"),
        ])
        report.executionWeight = B.decimal(weight)
        report.statedExecutionScore = B.decimal(printed)
        return Evaluator.evaluate(report).findings.filter { $0.kind == .printedScoreMismatch }
    }

    /// 昌宁县供销社《2022年度项目支出绩效自评表》: 预算数 50, 执行数 10, 执行率 20%, 得分 4 of 20.
    @Test func anExactProductHasNoFinding() {
        #expect(Self.execution(budget: "50", spent: "10", weight: "20", printed: "4").isEmpty)
    }

    /// 稷山县医疗保障局 2020: 全年预算数 65.66, 全年执行数 65.07, 分值 10, 执行率 99%, 得分 9 (9.91 cut to an integer).
    @Test func aTruncatedScoreIsInfoNamingTheRounding() throws {
        let found = try #require(Self.execution(budget: "65.66", spent: "65.07", weight: "10", printed: "9").first)
        #expect(found.severity == .info)
        #expect(found.message.contains("去尾取整得 9 分"))
    }

    /// 隆阳区土壤肥料工作站 2022: 预算数 278.4449, 执行数 30.00, 执行率 10.77%, 得分 2.16 (20分*执行率): the exact
    /// product is 2.1548; 2.16 is 20 × 10.8%, the rate rounded to one decimal first.
    @Test func aRateRoundedFirstIsNamed() throws {
        let found = try #require(Self.execution(budget: "278.4449", spent: "30", weight: "20", printed: "2.16").first)
        #expect(found.severity == .info)
        #expect(found.message.contains("执行率先取 10.8% 再乘分值 20"))
    }

    /// 鄂州市行政审批局 2021 市民中心运行维护费: 执行率 83.5%, 分值 20, 得分 18 — the rule gives 16.7.
    @Test func aScoreNoRoundingExplainsIsAWarning() throws {
        let found = try #require(Self.execution(budget: "150", spent: "125.25", weight: "20", printed: "18").first)
        #expect(found.severity == .warning)
        #expect(found.message.contains("应得 16.70 分"))
        #expect(found.message.contains("四舍五入或去尾取整都得不到 18 分"))
    }

    // MARK: - Sums

    /// 棠溪镇 2022 (Tests/Fixtures/import/central-wan.xlsx): the 年度资金总额 row prints 得分 0, the rows 89, the 总分 99.
    @Test func aTotalThatIsNotTheSumOfItsRows() throws {
        let report = try Self.printedForm(rows: ["8", "8", "73"], execution: "0", total: "99")
        let found = try #require(Evaluator.evaluate(report).findings.first { $0.kind == .totalMismatch })
        #expect(found.severity == .error)
        #expect(found.message == "总分印出 99 分，各行印出得分相加为 89 分（预算执行率 0 + 各指标 89），差 10 分")
        let agreeing = try Self.printedForm(rows: ["8", "8", "73"], execution: "10", total: "99")
        #expect(!Evaluator.evaluate(agreeing).findings.contains { $0.kind == .totalMismatch })
    }

    /// Execution carries points in the 总分 even when the funds row prints no 得分: the rows alone cannot be its sum.
    @Test func noTotalCheckWithoutThePrintedExecutionScore() throws {
        var report = try Self.printedForm(rows: ["8", "8", "73"], execution: "0", total: "99")
        report.executionWeight = nil
        report.statedExecutionScore = nil
        report.weights = Weights(execution: 10, output: 20, effect: 70, satisfaction: 0)
        #expect(!Evaluator.evaluate(report).findings.contains { $0.kind == .totalMismatch })
    }

    @Test func aSubtotalThatIsNotTheSumOfItsRows() throws {
        var report = try Self.printedForm(rows: ["8", "8", "73"], execution: "10", total: "99")
        report.levelSubtotals = [PrintedSubtotal(level1: "产出指标", weight: 20, score: 15)]
        let found = try #require(Evaluator.evaluate(report).findings.first { $0.kind == .totalMismatch })
        #expect(found.message == "产出指标印出小计 15 分，其 2 项指标印出得分相加为 16 分（差 1 分）")
    }

    /// Rows printed to two decimals carry their rounding into the sum: 8.33 × 3 under 25 is info, not an error.
    @Test func aSumWithinItsRowsRoundingIsInfo() throws {
        var report = try Self.printedForm(rows: ["8.33", "8.33", "73"], execution: "10", total: "99.66")
        report.levelSubtotals = [PrintedSubtotal(level1: "产出指标", weight: 20, score: B.decimal("16.67"))]
        let found = try #require(Evaluator.evaluate(report).findings.first { $0.kind == .totalMismatch })
        #expect(found.severity == .info)
        #expect(found.message.hasSuffix("在各项得分的舍入范围内"))
    }

    /// Two output rows of 分值 10 and one effect row of 70, each with a printed 得分, under a funds row of 分值 10.
    static func printedForm(rows: [String], execution: String, total: String) throws -> Report {
        var indicators = [
            B.indicator("a1", "a", "数量指标", target: "≥10 家", actual: "10 家", weight: 10),
            B.indicator("a2", "a", "质量指标", target: "≥90%", actual: "95%", weight: 10),
            B.indicator("b1", "a", "社会效益", target: "明显提升", actual: "效果明显", weight: 70),
        ]
        for (i, score) in rows.enumerated() { indicators[i].statedScore = B.decimal(score) }
        var report = B.report(subProjects: [B.subProject("a", budget: "90", spent: "90")], indicators: indicators,
                              statedScore: B.decimal(total))
        report.executionWeight = 10
        report.statedExecutionScore = B.decimal(execution)
        return report
    }
}

/// Claims compared at the precision they are written (issue 11, rule 8).
@Suite("Claims at their precision")
struct ClaimPrecisionTests {
    typealias B = ReportBuilder

    func findings(_ claimed: String, budget: String, spent: String) -> [Finding] {
        let report = B.report(subProjects: [B.subProject("a", budget: budget, spent: spent)],
                              indicators: [B.indicator("q", "a", "数量指标", target: "≥10 家", actual: "10 家")],
                              claims: [Claim(id: "c", kind: .executionRate, value: B.decimal(claimed), quote: "执行率\(claimed)%")])
        return Evaluator.evaluate(report).findings.filter { $0.kind == .claimMismatch }
    }

    @Test func aCutFigureIsARoundingNotAContradiction() throws {
        // 19997 ÷ 20000 = 99.985%: "99%" cuts it, "99.99%" rounds it, "98%" is wrong.
        let cut = try #require(findings("99", budget: "20000", spent: "19997").first)
        #expect(cut.severity == .info)
        #expect(cut.message.contains("去尾取整"))
        #expect(findings("99.99", budget: "20000", spent: "19997").isEmpty)
        #expect(findings("100", budget: "20000", spent: "19997").isEmpty)
        #expect(findings("98", budget: "20000", spent: "19997").first?.severity == .error)
    }
}
