import Foundation
import JixiaoCore

/// One indicator in full: its names, texts, what was read from them, the judgement and the issues at it.
enum DetailView {
    static func content(_ state: AppState, index: Int) -> LabeledText {
        var t = LabeledText()
        guard let e = state.evaluation, e.indicators.indices.contains(index) else { return t }
        let r = e.indicators[index]
        let i = r.indicator
        let l = state.labels
        let zh = state.language == .zh
        t.add(zh ? "所属" : "Belongs to", e.report.subProject(i.subProject)?.name ?? l.department)
        t.add(l.level1, i.level1)
        t.add(l.level2, i.level2 + (r.category.map { " (\(l.category($0)))" } ?? ""))
        t.add(l.level3, i.name, Style(.normal, bold: true))
        t.gap()
        t.add(l.target, i.target.isEmpty ? "（空）" : i.target)
        if i.nature != nil || i.targetValue != nil || i.unit != nil {
            // The form printed the target in pieces; show them as printed.
            let pieces = [(zh ? "指标性质" : "nature", i.nature), (zh ? "指标值" : "value", i.targetValue), (zh ? "度量单位" : "unit", i.unit)]
                .compactMap { name, value in value.map { "\(name) \($0)" } }
            t.add("  \(zh ? "原表" : "printed")", pieces.joined(separator: zh ? "，" : ", "), .dim)
        }
        t.add("  \(l.parsed)", r.judgement.target.summary, .dim)
        t.add(l.actual, i.actual.isEmpty ? "（空）" : i.actual)
        t.add("  \(l.parsed)", r.judgement.actual.summary, .dim)
        if let explicit = i.explicit {
            var text = zh ? "分析员认定" : "analyst's value"
            if let value = explicit.actual { text += " \(value.plain)\(explicit.unit ?? "")" }
            if let status = explicit.status { text += " \(l.status(status))" }
            t.add("", "\(text)：\(explicit.note)", Style(.accent))
        }
        t.gap()
        let ratio = r.ratio.map { "\(l.ratio) \($0.percent())" } ?? "\(l.ratio) —"
        t.add(l.status, "\(l.status(r.status))   \(ratio)   \(l.score) \(r.score.fixed(2)) / \(r.weight.fixed(2))", Theme.status(r.status))
        if i.weight != nil || i.statedScore != nil || i.reviewScore != nil {
            var printed = "\(zh ? "分值" : "weight") \(i.weight?.plain ?? "—")"
            // Printed weights that missed their level's share were scaled to it (docs/scoring.md, section 2).
            if let weight = i.weight, weight != r.weight {
                printed += zh ? "（按比例折算为 \(r.weight.fixed(2))）" : " (scaled to \(r.weight.fixed(2)))"
            }
            printed += "   \(zh ? "得分" : "score") \(i.statedScore?.plain ?? "—")"
            if let review = i.reviewScore { printed += "   \(zh ? "复核分" : "reviewed") \(review.plain)" }
            // What the rule gives on the printed 分值, which the printed 得分 is checked against.
            if let weight = i.weight, r.status != .review {
                printed += "   \(zh ? "按规则" : "by the rule") \(PrintedScores.ruleText(r.judgement, weight: weight))"
            }
            t.add(zh ? "表内分数" : "Printed", printed)
        }
        t.add(l.reason, r.judgement.reason)
        for candidate in r.judgement.candidates { t.add("", "· \(candidate)", .dim) }
        // A blank cell and a printed 无 are not the same answer.
        t.add(l.deviation, i.deviationReason ?? (zh ? "（未填）" : "(blank)"), i.deviationReason == nil ? .dim : .plain)
        if let note = i.note { t.add(zh ? "转录说明" : "Note", note, .dim) }
        t.gap()
        t.addFindings(e.findings(at: .indicator(i.id)), state)
        return t
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState, indicator: Int) {
        guard let e = state.evaluation, e.indicators.indices.contains(indicator) else { return }
        let r = e.indicators[indicator]
        buffer.put("\(r.id) · \(r.indicator.name)", x: 1, y: 1, style: Theme.status(r.status).bolded, maxWidth: buffer.width - 2)
        content(state, index: indicator).draw(&buffer, state, top: state.cursor(state.screen).top)
    }
}
