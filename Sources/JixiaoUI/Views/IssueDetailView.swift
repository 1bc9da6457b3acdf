import Foundation
import JixiaoCore

/// One issue in full, with what it points at: the claim's own words, or the sub-project's figures.
enum IssueDetailView {
    static func content(_ state: AppState, index: Int) -> LabeledText {
        var t = LabeledText()
        guard let e = state.evaluation, e.findings.indices.contains(index) else { return t }
        let f = e.findings[index]
        let l = state.labels
        let zh = state.language == .zh
        t.add(l.severity, l.severity(f.severity), Theme.severity(f.severity))
        t.add(l.kind, zh ? f.kind.chineseName : "\(f.kind.englishName) (\(f.kind.rawValue))")
        t.add(l.place, IssuesView.placeName(f.location, e, state))
        t.add(l.message, f.message, Style(.normal, bold: true))
        t.gap()
        switch f.location {
        case .claim(let id):
            guard let claim = e.report.claims.first(where: { $0.id == id }) else { break }
            t.add(zh ? "报告原文" : "Report says", claim.quote, Style(.accent))
            t.add(zh ? "所指范围" : "About", ClaimScope.name(claim.scope, in: e.report))
            t.add(zh ? "声称" : "Stated", claim.value.map(\.plain) ?? claim.text ?? "—")
        case .subProject(let id):
            guard let result = e.subProjects.first(where: { $0.id == id }) else { break }
            figures(&t, result.subProject, result.execution, state)
            indicators(&t, result.groupIndex, e, state)
        case .report:
            t.add(zh ? "报告" : "Report", e.report.title)
            figures(&t, nil, e.total, state)
            for note in e.score.notes { t.add(l.weightNote, note, .dim) }
        case .indicator:
            break
        }
        return t
    }

    /// Budget, adjustments one by one, adjusted budget, spending, pending payments and rates.
    static func figures(_ t: inout LabeledText, _ subProject: SubProject?, _ x: ExecutionFigures, _ state: AppState) {
        let zh = state.language == .zh
        let l = state.labels
        t.add(l.budget, x.hasOriginalBudget ? "\(x.budget.grouped()) 万元" : (zh ? "年初预算数未填" : "original budget blank"),
              x.hasOriginalBudget ? .plain : .dim)
        if let subProject {
            for part in subProject.budgetParts { t.add("  " + (zh ? "其中" : "of which"), "\(part.label) \(part.amount.grouped())") }
            for adjustment in subProject.adjustments {
                let sign = adjustment.kind.lowers ? "-" : "+"
                t.add("  " + (zh ? adjustment.kind.chineseName : adjustment.kind.rawValue),
                      "\(sign)\(adjustment.amount.grouped())" + (adjustment.label.map { "（\($0)）" } ?? ""))
            }
        }
        if x.isAdjusted || !x.hasOriginalBudget { t.add(l.adjusted, "\(x.adjustedBudget.grouped()) 万元") }
        t.add(l.spent, "\(x.spent.grouped()) 万元")
        if let pending = x.pending { t.add(zh ? "待付" : "Pending", "\(pending.grouped()) 万元") }
        t.add(l.rate, x.rate.map { $0.percent() } ?? "—", Theme.rate(x, threshold: state.evaluation?.options.underspendThreshold ?? 0.9))
        if x.isAdjusted, let original = x.rateOfOriginal { t.add(zh ? "对年初预算" : "Of original", original.percent()) }
        for source in subProject?.funding ?? [] {
            t.add("  " + source.label, FundingBlock.amounts(source, zh: zh))
        }
        if let note = subProject?.note { t.add(zh ? "说明" : "Note", note, .dim) }
    }

    /// A sub-project's indicators, one line each: status, ratio, score and name.
    static func indicators(_ t: inout LabeledText, _ group: Int?, _ e: ReportEvaluation, _ state: AppState) {
        guard let group, e.groups.indices.contains(group) else { return }
        let l = state.labels
        t.gap()
        t.add("\(l.indicators) (\(e.groups[group].indicatorIndices.count))", "", Style(.header, bold: true))
        for index in e.groups[group].indicatorIndices {
            let r = e.indicators[index]
            // Columns stay aligned whatever the status's width and whether a ratio applies.
            let measure = CellWidth(policy: state.widthPolicy)
            let status = l.status(r.status)
            let statusPad = String(repeating: " ", count: max(0, 10 - measure.width(of: status)))
            let ratio = r.ratio.map { $0.percent() } ?? "—"
            let ratioPad = String(repeating: " ", count: max(0, 8 - measure.width(of: ratio)))
            t.add("  \(r.id)", "\(status)\(statusPad)\(ratioPad)\(ratio)  \(l.score) \(r.score.fixed(2))  \(r.indicator.name)", Theme.status(r.status))
        }
    }

    /// A sub-project's figures and the issues at it.
    static func subProjectContent(_ state: AppState, index: Int) -> LabeledText {
        var t = LabeledText()
        guard let e = state.evaluation, e.subProjects.indices.contains(index) else { return t }
        let result = e.subProjects[index]
        figures(&t, result.subProject, result.execution, state)
        indicators(&t, result.groupIndex, e, state)
        t.gap()
        t.addFindings(e.findings(at: .subProject(result.id)), state)
        return t
    }

    static func drawSubProject(_ buffer: inout ScreenBuffer, _ state: AppState, index: Int) {
        guard let e = state.evaluation, e.subProjects.indices.contains(index) else { return }
        let result = e.subProjects[index]
        buffer.put("\(result.id) · \(result.subProject.name)", x: 1, y: 1, style: Style(.normal, bold: true), maxWidth: buffer.width - 2)
        subProjectContent(state, index: index).draw(&buffer, state, top: state.cursor(state.screen).top)
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: AppState, finding: Int) {
        guard let e = state.evaluation, e.findings.indices.contains(finding) else { return }
        let f = e.findings[finding]
        let title = "\(state.labels.severity(f.severity)) · \(state.language == .zh ? f.kind.chineseName : f.kind.englishName)"
        buffer.put(title, x: 1, y: 1, style: Theme.severity(f.severity), maxWidth: buffer.width - 2)
        content(state, index: finding).draw(&buffer, state, top: state.cursor(state.screen).top)
    }
}
