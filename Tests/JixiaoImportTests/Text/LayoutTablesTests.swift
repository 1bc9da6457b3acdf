import Foundation
import Testing
import JixiaoCore
@testable import JixiaoImport

/// A report PDF's tables with borders, as pdftotext reads them: `-layout` keeps the columns (the
/// tables are rebuilt by position), the default order gives one cell a line, labels after values.
/// After the 困难群众救助补助资金 self-evaluations city civil-affairs bureaus publish.
@Suite("Report tables from a PDF's readings")
struct LayoutTablesTests {
    static let layout = """
    一、项目概况

    某市民政局是主管全市社会救助工作的政府工作部门。

    2023 年困难群众救助补助资金下设 2 个二级项目，具体预算安排及使用情况如下表所示。

    表 1 预算安排及使用情况表（单位：万元）

    序号       二级项目       预算金额         实际支出金额

    1    城乡低保          3,200.00   3,150.60

    2    特困供养          800.00     640.00

    合计                 4,000.00   3,790.60

    二、绩效目标完成情况

    序号 二级项目     二级指标       三级指标            目标值     实际完成值

    1           数量指标    低保人数           ≥12000 人 12560 人

    2    城乡低保   质量指标    认定准确率          ≥98%      98.5%

    3           时效指标    按月发放率          100%      100%

    4           数量指标    集中供养人数         ≥600 人    540 人
         特困供养
    5           满意度指标 供养对象满意度 ≥90%               91%

    三、绩效分析

    共设置 5 个绩效指标，完成 4 个，1 个未完成。自评得分 92 分，等级为优。
    """

    @Test func aLayoutReadingsTablesAreRebuiltByColumn() throws {
        let text = try #require(LayoutTables.delimited(Self.layout, file: "r.pdf"))
        let report = try #require(TextReport.read(text, file: "r.pdf").report)
        #expect(report.subProjects.map(\.name) == ["城乡低保", "特困供养"])
        #expect(report.subProjects.map(\.budget) == [3200, 800] && report.subProjects.map(\.spent) == [Decimal(string: "3150.60"), 640])
        // The merged 二级项目 centred on its rows covers them.
        #expect(report.indicators.map(\.subProject) == ["sp-01", "sp-01", "sp-01", "sp-02", "sp-02"])
        #expect(report.indicators.map(\.target) == ["≥12000 人", "≥98%", "100%", "≥600 人", "≥90%"])
        #expect(report.indicators.map(\.actual) == ["12560 人", "98.5%", "100%", "540 人", "91%"])
        #expect(report.indicators.map(\.name) == ["低保人数", "认定准确率", "按月发放率", "集中供养人数", "供养对象满意度"])
    }

    @Test func amountsBeforeTheirLabelAreATotalNotARow() throws {
        // The default reading of the same table: one cell a line, and 合计 after its amounts.
        let text = """
        表 1 预算安排及使用情况表（单位：万元）
        序号
        二级项目
        预算金额
        实际支出金额
        1
        城乡低保
        3,200.00
        3,150.60
        2
        特困供养
        800.00
        640.00
        4,000.00
        3,790.60
        合计
        """
        let report = try #require(TextReport.read(text, file: "r.txt").report)
        #expect(report.subProjects.map(\.name) == ["城乡低保", "特困供养"])
        #expect(report.subProjects.map(\.spent) == [Decimal(string: "3150.60"), 640])
    }

    @Test func aCalmReadingThatTookValuesForNamesLosesToTheOther() {
        var garbled = Report(id: "a", title: "t", department: "d", scope: "s", year: 2023, kind: .projectFund)
        garbled.indicators = [Indicator(id: "i", subProject: nil, level1: "产出", level2: "数量指标", name: "100%", target: "≥98%", actual: "98%")]
        garbled.subProjects = [SubProject(id: "s", name: "4,000.00", budget: 1, spent: 1)]
        var sound = garbled
        sound.indicators[0].name = "认定准确率"
        sound.subProjects[0].name = "城乡低保"
        #expect(TextReport.confidence(garbled) < 0 && TextReport.confidence(sound) == 2)
    }
}
