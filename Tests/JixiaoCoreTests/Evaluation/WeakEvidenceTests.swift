import Foundation
import Testing
@testable import JixiaoCore

/// Weak evidence (issue 11, rule 6): an actual that does not measure its numeric target is judged
/// as the report states it, and carries a finding, so it is never silently full marks. Rows are
/// quoted from published tables, named beside each.
@Suite("Weak evidence")
struct WeakEvidenceTests {
    func judge(_ name: String, _ target: String, _ actual: String, _ category: Category = .quantity) -> IndicatorJudgement {
        IndicatorJudge.judge(name: name, category: category, target: target, actual: actual)
    }

    /// 大英县司法局《部门预算项目支出绩效自评表(2023年度)》: 成本控制数 ≤30万元, 实际 完成, 90 of 90 分;
    /// 江门市工业和信息化局 2022 专项资金: 奖补企业数量 3家, 实际 完成 (data/2022-jiangmen-industry-fund.json).
    @Test(arguments: [("成本控制数", "≤30万元", "完成", Category.cost), ("奖补企业数量", "3家", "完成", .quantity),
                      ("招商引资企业", "不少于20家", "已达标", .quantity), ("培训合格率", "≥95%", "达到目标", .quality)])
    func aWordAloneAgainstANumberIsUnquantified(name: String, target: String, actual: String, category: Category) {
        let judgement = judge(name, target, actual, category)
        #expect(judgement.status == .met)
        #expect(judgement.scoreFraction == 1)
        guard case .unquantified = judgement.weakEvidence else {
            Issue.record("\(actual) against \(target): \(String(describing: judgement.weakEvidence))"); return
        }
    }

    @Test func aPartialWordIsPartialAndUnquantified() {
        let judgement = judge("新建示范基地", "≥5个", "基本完成")
        #expect(judgement.status == .partial)
        #expect(judgement.weakEvidence == .unquantified(word: "基本完成"))
    }

    @Test func anUnmetRowIsNotWeakEvidence() {
        // Its own finding (unmet) says more than "no evidence".
        #expect(judge("验收合格率", "≥90%", "已完成80%", .quality).weakEvidence == nil)
    }

    @Test func aWordOfFailureIsNotWeakEvidence() {
        #expect(judge("新建示范基地", "≥5个", "未完成").weakEvidence == nil)
        #expect(judge("新建示范基地", "≥5个", "未达到目标").status == .unmet)
    }

    /// 中江县水利局《绩效目标自评表(2022年度)》衔接资金: 安装坡面水标尺 ≥266米 / ≥266米, 水标尺宽度 ≥50厘米 /
    /// ≥50厘米, 及时(按期)开工率 ≥90% / ≥90%, 受益脱贫户人口数 ≥1000人 / ≥1000人, 满意度 ≥95% / ≥95%, each 10 of 10.
    @Test(arguments: [("安装坡面水标尺", "≥266米", "≥266米"), ("水标尺宽度", "≥50厘米", "≥50厘米"),
                      ("及时(按期)开工率", "≥90%", "≥90%"), ("受益脱贫(含监测对象)户人口数", "≥1000人", "≥1000人"),
                      ("受益脱贫(含监测对象)户满意度", "≥95%", "≥95%"), ("企业满意度", "≥90%", "企业满意度≥90%"),
                      ("培训次数", "不少于5次", "不少于5次")])
    func aBoundRestatedIsRestatesTarget(name: String, target: String, actual: String) {
        let judgement = judge(name, target, actual)
        #expect(judgement.status == .met)
        guard case .restatesTarget = judgement.weakEvidence else {
            Issue.record("\(actual) against \(target): \(String(describing: judgement.weakEvidence))"); return
        }
    }

    /// A bound past the target is a figure written as a floor (江门 2022: 拉动 … 增长 72 亿元以上 against 10 亿元以上);
    /// a bare number equal to the target is a measured value that happens to equal it.
    @Test func aBoundPastTheTargetOrABareEqualNumberIsAFigure() {
        #expect(judge("主营业务收入增长", "10亿元以上", "72亿元以上").weakEvidence == nil)
        #expect(judge("群众满意度", "95%", "95%", .satisfaction).weakEvidence == nil)
        #expect(judge("验收合格率", "≥95%", "98%", .quality).weakEvidence == nil)
    }

    /// 大英县《双心及文明城市创建专项资金》(2020): 群众满意度 90% / 已完成100%, 宣传次数 至少全年完成2次宣传 /
    /// 已完成100%, 成本 10万元 / 已完成100%: the column was headed 实施进度.
    @Test(arguments: [("群众满意度", "90%", "已完成100%", Category.satisfaction),
                      ("宣传次数", "至少全年完成2次宣传", "已完成100%", .quantity),
                      ("成本", "10万元", "已完成100%", .cost), ("资金覆盖率", "≥95%", "100%完成", .quality)])
    func aShareOfWorkDoneIsNotAnotherQuantity(name: String, target: String, actual: String, category: Category) {
        let judgement = judge(name, target, actual, category)
        #expect(judgement.status == .met)
        guard case .progressShare = judgement.weakEvidence else {
            Issue.record("\(actual) against \(target): \(String(describing: judgement.weakEvidence))"); return
        }
    }

    @Test func theReasonSaysTheShareIsWorkDone() {
        let judgement = judge("群众满意度", "≥90%", "已完成100%", .satisfaction)
        #expect(judgement.reason.hasSuffix("实际“已完成100%”是工作完成进度，不是该指标的实测值"))
    }

    @Test func aShareOfWorkDoneMeasuresATargetOfWorkDone() {
        #expect(judge("项目完成率", "≥95%", "已完成100%").weakEvidence == nil)
        #expect(judge("工程建设进度", "≥90%", "完成进度100%").weakEvidence == nil)
        #expect(judge("验收合格率", "≥95%", "合格率100%，已全部完成", .quality).weakEvidence == nil)
    }

    @Test func wordsAndDatesAreNotWeakEvidence() {
        #expect(judge("完成时间", "2023年底前", "完成", .timeliness).weakEvidence == nil)
        #expect(judge("社会效益", "有效提升", "完成", .social).weakEvidence == nil)
    }

    @Test func anExplicitValueIsEvidence() {
        let explicit = ExplicitValue(actual: 12, note: "正文第三部分：培训 12 次")
        let judgement = IndicatorJudge.judge(name: "培训次数", category: .quantity, target: "≥10次", actual: "完成", explicit: explicit)
        #expect(judgement.weakEvidence == nil)
    }

    @Test func eachCarriesAWarningNamingTheWords() {
        let report = ReportBuilder.report(subProjects: [ReportBuilder.subProject("a", budget: "10", spent: "10")], indicators: [
            ReportBuilder.indicator("w", "a", "数量指标", target: "3家", actual: "完成", name: "奖补企业数量"),
            ReportBuilder.indicator("r", "a", "满意度指标", target: "≥90%", actual: "企业满意度≥90%", name: "企业满意度"),
            ReportBuilder.indicator("p", "a", "满意度指标", target: "90%", actual: "已完成100%", name: "群众满意度"),
        ])
        let findings = Evaluator.evaluate(report).findings
        let unquantified = findings.filter { $0.kind == .actualUnquantified }
        let restated = findings.filter { $0.kind == .actualRestatesTarget }
        #expect(unquantified.map(\.location) == [.indicator("w"), .indicator("p")])
        #expect(restated.map(\.location) == [.indicator("r")])
        #expect((unquantified + restated).allSatisfy { $0.severity == .warning })
        #expect(unquantified.first?.message.contains("只写“完成”") == true)
        #expect(unquantified.last?.message.contains("工作完成进度") == true)
        #expect(restated.first?.message.contains("企业满意度≥90%") == true)
    }
}
