import Foundation
import JixiaoCore

/// Under the budget table of a report imported from a 自评表: the selected project's funding sources
/// (其中 …), the funds row's printed 分值 and 得分 beside the computed ones, and the 年度总体目标.
enum FundingBlock {
    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState, _ e: ReportEvaluation, _ selected: SubProjectResult?,
                     from y0: Int, to y1: Int) {
        let zh = state.language == .zh
        var lines: [(String, Style)] = []
        if let selected, !selected.subProject.funding.isEmpty {
            lines.append(((zh ? "资金来源（万元）" : "Funding sources (万元)") + (e.subProjects.count > 1 ? "：\(selected.subProject.name)" : ""),
                          Style(.header, bold: true)))
            for source in selected.subProject.funding {
                lines.append(("\(source.label)  \(amounts(source, zh: zh))", .plain))
            }
        }
        let r = e.report
        if r.executionWeight != nil || r.statedExecutionScore != nil {
            var text = zh ? "预算执行率 分值 \(e.score.executionWeight.plain)" : "Execution weight \(e.score.executionWeight.plain)"
            text += zh ? "，计算得分 \(e.score.executionScore.fixed(2))" : ", computed \(e.score.executionScore.fixed(2))"
            if let printed = r.statedExecutionScore { text += zh ? "，表内得分 \(printed.plain)" : ", printed \(printed.plain)" }
            lines.append((text, .plain))
        }
        if let goal = r.goal {
            if !goal.expected.isEmpty { lines.append(((zh ? "年度总体目标：" : "Annual goal: ") + goal.expected, .plain)) }
            if !goal.actual.isEmpty { lines.append(((zh ? "实际完成情况：" : "Achieved: ") + goal.actual, .dim)) }
        }
        TextWrap.drawParagraphs(&buffer, lines, from: y0, to: y1)
    }

    /// `年初 90.00 · 全年 89.974 · 执行 89.974 · 100.00%`: what a 其中 row prints.
    static func amounts(_ s: FundingSource, zh: Bool) -> String {
        var parts: [String] = []
        if let v = s.budget { parts.append("\(zh ? "年初" : "original") \(v.grouped())") }
        if let v = s.adjustedBudget { parts.append("\(zh ? "全年" : "adjusted") \(v.grouped())") }
        if let v = s.spent { parts.append("\(zh ? "执行" : "spent") \(v.grouped())") }
        if let rate = s.executionRate { parts.append(rate.percent()) }
        return parts.joined(separator: " · ")
    }
}
