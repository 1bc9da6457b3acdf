import Foundation
@testable import JixiaoCore

/// Small reports for tests: one fund, a few sub-projects and indicators.
enum ReportBuilder {
    static func decimal(_ text: String) -> Decimal { Decimal(string: text)! }

    static func subProject(_ id: String, budget: String, spent: String, adjustments: [BudgetAdjustment] = []) -> SubProject {
        SubProject(id: id, name: "项目\(id)", budget: decimal(budget), adjustments: adjustments, spent: decimal(spent))
    }

    static func indicator(_ id: String, _ subProject: String?, _ level2: String, target: String, actual: String,
                          name: String = "指标", weight: Decimal? = nil, reason: String? = nil) -> Indicator {
        let level1 = level2.contains("满意") ? "满意度" : (level2.contains("效益") || level2.contains("可持续")) ? "效益" : "产出"
        return Indicator(id: id, subProject: subProject, level1: level1, level2: level2, name: name,
                         target: target, actual: actual, deviationReason: reason, weight: weight)
    }

    static func report(subProjects: [SubProject], indicators: [Indicator], claims: [Claim] = [],
                       statedScore: Decimal? = nil, statedGrade: String? = nil, weights: Weights? = nil,
                       kind: Report.Kind = .projectFund) -> Report {
        Report(id: "t", title: "测试", department: "局", scope: "专项", year: 2022, kind: kind,
               statedScore: statedScore, statedGrade: statedGrade, weights: weights,
               subProjects: subProjects, indicators: indicators, claims: claims)
    }

    /// One sub-project fully spent with one indicator of each level-1, all met.
    static var balanced: Report {
        report(subProjects: [subProject("a", budget: "100", spent: "100")], indicators: [
            indicator("q", "a", "数量指标", target: "≥10 家", actual: "10 家"),
            indicator("e", "a", "社会效益", target: "≥5 家", actual: "6 家"),
            indicator("s", "a", "满意度指标", target: "≥90%", actual: "95%"),
        ])
    }
}
