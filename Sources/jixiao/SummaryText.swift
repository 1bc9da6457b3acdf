import Foundation
import JixiaoCore

/// The plain-text summary `jixiao evaluate` prints without `--json`.
enum SummaryText {
    static func render(_ e: ReportEvaluation) -> String {
        var lines: [String] = []
        let r = e.report
        lines.append("\(r.title)  [\(r.id)]")
        lines.append([r.department, r.implementingUnit.map { "实施单位 \($0)" }, "\(r.year)", r.kind.chineseName].compactMap { $0 }.joined(separator: " · "))
        let rate = e.total.rate.map { $0.percent() } ?? "—"
        var money = e.total.hasOriginalBudget ? "预算 \(e.total.budget.grouped()) 万元" : "年初预算未填，全年预算 \(e.total.adjustedBudget.grouped()) 万元"
        if e.total.isAdjusted { money += "，调整后 \(e.total.adjustedBudget.grouped()) 万元" }
        var line = "\(money)，支出 \(e.total.spent.grouped()) 万元，执行率 \(rate)"
        if e.total.isAdjusted, let original = e.total.rateOfOriginal { line += "（对年初预算 \(original.percent())）" }
        lines.append(line)
        var score = "计算得分 \(e.score.total.fixed(2))（\(e.score.grade.rawValue)）"
        if let stated = e.score.statedScore {
            score += "，自评 \(stated.plain)（\(e.score.statedGrade ?? Grade(score: stated).rawValue)）"
        }
        lines.append(score)
        var counts = StatusCounts()
        for indicator in e.indicators { counts.add(indicator.status) }
        lines.append("指标 \(counts.total) 项：完成 \(counts.met)，未完成 \(counts.unmet)，部分完成 \(counts.partial)，待核实 \(counts.review)")
        lines.append("问题 \(e.findings.count) 项：")
        for finding in e.findings {
            lines.append("  [\(finding.severity.chineseName)] \(finding.kind.chineseName) \(finding.location.code)  \(finding.message)")
        }
        // Each line through the sanitiser: a line break or a control in the data (a name) can neither
        // start a line of its own nor act on the terminal.
        return lines.map { VisibleText.escaped($0) }.joined(separator: "\n") + "\n"
    }
}
