import Foundation
import Testing
@testable import JixiaoCore

/// Severity by distance (issue 11, rule 7): an unmet indicator close to its target is a warning,
/// one far from it an error; the bands are those of docs/scoring.md (80% and 60% of the weight).
/// Rows are quoted from published tables.
@Suite("Severity by distance")
struct ShortfallTests {
    func finding(_ target: String, _ actual: String, _ level2: String = "数量指标") -> Finding? {
        let report = ReportBuilder.report(subProjects: [ReportBuilder.subProject("a", budget: "10", spent: "10")], indicators: [
            ReportBuilder.indicator("i", "a", level2, target: target, actual: actual, name: "指标", reason: "原因"),
        ])
        return Evaluator.evaluate(report).findings.first { $0.kind == .indicatorUnmet }
    }

    /// 稷山县翟店镇卫生院《基本公共卫生服务项目支出绩效自评表》(2021): 孕产妇7天访视数 214人 / 203人 (94.9%),
    /// 严重精神障碍患者管理数 212人 / 209人; 江门 2022: 奖励资金 400 万元 / 377.5 万元 (94.38%), 上云上平台 10 个 / 8 个.
    @Test(arguments: [("214人", "203人"), ("212人", "209人"), ("≥10个", "8个"), ("100.00%", "97.30%")])
    func nearTheTargetIsAWarning(target: String, actual: String) throws {
        let found = try #require(finding(target, actual))
        #expect(found.severity == .warning)
        #expect(found.message.contains("接近目标"))
    }

    /// 稷山: 老年人体检数 5662人 / 4044人 (71.4%), 家庭医生签约 …; 江门 2023: 增产增收奖补企业数量 ≥300 / 219 (73%).
    @Test(arguments: [("5662人", "4044人"), ("≥300", "219"), ("1228人", "770人")])
    func aMarkedShortfallIsAnError(target: String, actual: String) throws {
        let found = try #require(finding(target, actual))
        #expect(found.severity == .error)
        #expect(found.message.contains("差距明显"))
    }

    /// 稷山: 早孕建册数 120人 / 69人 (57.5%); 江门 2022: 办公场地补贴企业数量 4家 / 0家.
    @Test(arguments: [("120人", "69人"), ("4家", "0家"), ("≥5个", "未完成")])
    func farFromTheTargetIsAnError(target: String, actual: String) throws {
        let found = try #require(finding(target, actual))
        #expect(found.severity == .error)
        #expect(found.message.contains("差距较大"))
    }

    @Test func aCeilingMeasuresByItsExcess() throws {
        // 6% against ≤5%: 20% over, 80% of the weight: near. 9% against ≤5%: 80% over: far.
        let near = try #require(finding("≤5%", "6%", "质量指标"))
        #expect(near.severity == .warning)
        #expect(near.message.contains("比值 120.00%，得分比例 80.00%（接近目标）"))
        #expect(try #require(finding("≤5%", "9%", "质量指标")).severity == .error)
    }

    @Test func wordsAndDatesHaveNoDistance() throws {
        let late = try #require(finding("2023年6月底前", "2023年9月完成", "时效指标"))
        #expect(late.severity == .error)
        #expect(!late.message.contains("接近目标"))
        #expect(Shortfall(IndicatorJudge.judge(name: "效果", category: .social, target: "明显提升", actual: "未达成")) == nil)
    }

    @Test(arguments: [("0.8", Shortfall.near), ("0.7999", .marked), ("0.6", .marked), ("0.5999", .far), ("0", .far)])
    func theBandsEdges(attainment: String, band: Shortfall) {
        #expect(Shortfall(attainment: Decimal(string: attainment)!) == band)
    }
}
