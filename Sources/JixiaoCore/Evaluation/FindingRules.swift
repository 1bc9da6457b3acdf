import Foundation

/// The review's rules for indicators, money and target quality (the fiscal rules (docs/scoring.md), last section).
enum FindingRules {
    static func indicators(_ results: [IndicatorResult], options: EvaluationOptions) -> [Finding] {
        var findings: [Finding] = []
        for result in results {
            let indicator = result.indicator
            let here = Finding.Location.indicator(indicator.id)
            let name = "「\(indicator.name)」"
            let texts = "目标 \(indicator.target.isEmpty ? "（空）" : indicator.target)，实际 \(indicator.actual.isEmpty ? "（空）" : indicator.actual)"
            let hasReason = !(indicator.deviationReason ?? "").isBlank()
            switch result.status {
            case .unmet:
                let ratio = result.ratio.map { "，\(result.judgement.kind == .reverse ? "比值" : "完成率") \($0.percent())" } ?? ""
                if let shortfall = Shortfall(result.judgement) {
                    let fraction = result.judgement.scoreFraction
                    let share = (result.ratio == fraction ? "" : "，得分比例 \(fraction.percent())") + "（\(shortfall.chineseName)）"
                    findings.append(Finding(shortfall.severity, .indicatorUnmet, here, "\(name)未完成：\(texts)\(ratio)\(share)"))
                } else {
                    findings.append(Finding(.error, .indicatorUnmet, here, "\(name)未完成：\(texts)\(ratio)"))
                }
                if !hasReason {
                    findings.append(Finding(.warning, .reasonMissing, here, "\(name)未完成，报告未说明偏差原因"))
                }
            case .partial:
                findings.append(Finding(.warning, .indicatorPartial, here, "\(name)仅部分完成：\(texts)"))
                if !hasReason {
                    findings.append(Finding(.warning, .reasonMissing, here, "\(name)仅部分完成，报告未说明偏差原因"))
                }
            case .review:
                findings.append(Finding(.warning, .indicatorReview, here, "\(name)无法仅凭文字判定：\(result.judgement.reason)"))
            case .met:
                break
            }
            if let evidence = result.judgement.weakEvidence {
                findings.append(Finding(.warning, evidence.findingKind, here, weakEvidenceMessage(evidence, name, result)))
            }
            if result.status == .met, result.judgement.kind != .reverse, let ratio = result.ratio, ratio > options.overTargetThreshold {
                findings.append(Finding(.info, .targetTooLow, here,
                    "\(name)完成率 \(ratio.percent())，高于目标的 \(options.overTargetThreshold.percent(0))，目标可能设置偏低"))
            }
            let blankTarget = indicator.target.isBlank()
            let blankActual = indicator.actual.isBlank()
            if blankTarget || blankActual {
                let what = blankTarget && blankActual ? "目标值和实际完成值" : blankTarget ? "目标值" : "实际完成值"
                findings.append(Finding(.error, .blankText, here, "\(name)的\(what)为空"))
            }
            if let category = result.category {
                if category.isQuantitative, !containsDigit(result.judgement.target.text), !indicator.target.isEmpty {
                    findings.append(Finding(.warning, .targetWithoutNumber, here,
                        "\(category.chineseName)指标\(name)的目标「\(indicator.target)」没有数值，无法衡量"))
                }
                if category == .cost, result.judgement.kind == .positive {
                    findings.append(Finding(.warning, .costTargetPositive, here,
                        "成本指标\(name)的目标「\(indicator.target)」是「不少于」方向，成本指标通常应为「不超过」"))
                }
            }
        }
        return findings
    }

    static func money(_ subProjects: [SubProjectResult], total: ExecutionFigures, groups: [IndicatorGroup],
                      indicators: [IndicatorResult], options: EvaluationOptions) -> [Finding] {
        var findings: [Finding] = []
        let threshold = options.underspendThreshold
        for result in subProjects {
            let figures = result.execution
            let here = Finding.Location.subProject(result.id)
            let name = "「\(result.subProject.name)」"
            if figures.budget > 0, figures.adjustedBudget < figures.budget {
                let cut = figures.budget - figures.adjustedBudget
                let share = cut / figures.budget
                if share >= 1 - threshold {
                    let parts = result.subProject.adjustments.filter { $0.kind.lowers }
                        .map { "\($0.label ?? $0.kind.chineseName) \($0.amount.grouped())" }.joined(separator: "，")
                    var text = "\(name)年初预算 \(figures.budget.grouped()) 万元调减 \(cut.grouped()) 万元（\(share.percent())）至 \(figures.adjustedBudget.grouped()) 万元"
                    if !parts.isEmpty { text += "（\(parts)）" }
                    if let original = figures.rateOfOriginal { text += "，对年初预算的执行率仅 \(original.percent())" }
                    let message = text
                    findings.append(Finding(share >= Decimal(string: "0.5")! ? .warning : .info, .budgetReduced, here, message))
                }
            }
            guard let rate = figures.rate else {
                if figures.spent > 0 {
                    findings.append(Finding(.error, .overspent, here,
                        "\(name)调整后预算为 \(figures.adjustedBudget.grouped()) 万元，却支出 \(figures.spent.grouped()) 万元：无法计算执行率"))
                }
                continue
            }
            let budgetText = figures.isAdjusted
                ? "调整后预算 \(figures.adjustedBudget.grouped()) 万元（年初 \(figures.budget.grouped())）"
                : "预算 \(figures.budget.grouped()) 万元"
            if figures.isOverspent {
                findings.append(Finding(.error, .overspent, here,
                    "\(name)支出 \(figures.spent.grouped()) 万元，超出\(budgetText) \(figures.overspend.grouped()) 万元，执行率 \(rate.percent())"))
            } else if figures.isUnderspent(threshold: threshold) {
                findings.append(Finding(.warning, .underspent, here,
                    "\(name)执行率 \(rate.percent())，低于 \(threshold.percent(0))：\(budgetText)，支出 \(figures.spent.grouped()) 万元"))
                if let index = result.groupIndex {
                    let outputs = groups[index].indicatorIndices.filter { indicators[$0].category?.level1 == .output }
                    if !outputs.isEmpty, outputs.allSatisfy({ indicators[$0].status == .met }) {
                        findings.append(Finding(.warning, .executionMismatch, here,
                            "\(name)产出指标全部完成，但资金只执行了 \(rate.percent())：目标可能偏低，或支出未如实反映"))
                    }
                }
            }
        }
        if let rate = total.rate, rate < threshold {
            findings.append(Finding(.warning, .executionLow, .report,
                "整体执行率 \(rate.percent())，低于 \(threshold.percent(0))：预算 \(total.adjustedBudget.grouped()) 万元，支出 \(total.spent.grouped()) 万元"))
        }
        if total.rate == nil, total.spent > 0 {
            findings.append(Finding(.error, .overspent, .report,
                "调整后预算合计 \(total.adjustedBudget.grouped()) 万元，支出 \(total.spent.grouped()) 万元：无法计算执行率，执行率得 0 分"))
        }
        if let rate = total.rate, rate > 1 {
            findings.append(Finding(.error, .overspent, .report,
                "整体支出 \(total.spent.grouped()) 万元超出预算 \(total.adjustedBudget.grouped()) 万元，执行率 \(rate.percent())"))
        }
        return findings
    }

    /// Target quality: missing effect or satisfaction indicators, too few indicators, none at all.
    static func targets(_ groups: [IndicatorGroup], options: EvaluationOptions) -> [Finding] {
        var findings: [Finding] = []
        for group in groups {
            let here = group.subProjectID.map(Finding.Location.subProject) ?? .report
            let name = "「\(group.name)」"
            if group.total.total == 0 {
                findings.append(Finding(.error, .noIndicators, here, "\(name)未设置任何绩效指标"))
                continue
            }
            if group.lacks(Level1.effect) {
                findings.append(Finding(.warning, .noEffectIndicator, here, "\(name)未设置效益指标，无法反映资金带来的效益"))
            }
            if group.lacks(Level1.satisfaction) {
                findings.append(Finding(.warning, .noSatisfactionIndicator, here, "\(name)未设置满意度指标，无法了解服务对象的满意程度"))
            }
            if group.total.total < options.minimumIndicators {
                findings.append(Finding(.info, .fewIndicators, here, "\(name)只设置了 \(group.total.total) 项绩效指标（少于 \(options.minimumIndicators) 项）"))
            }
        }
        return findings
    }

    /// What a weak actual lacks, and how it was counted: `「公众满意度」的目标为 ≥ 90%，实际只写“完成”…`.
    static func weakEvidenceMessage(_ evidence: WeakEvidence, _ name: String, _ result: IndicatorResult) -> String {
        let target = result.judgement.target.summary
        let counted = result.status == .met ? "达成" : result.status == .partial ? "部分达成" : "未达成"
        switch evidence {
        case .unquantified(let word):
            return "\(name)的目标为 \(target)，实际只写“\(word)”，未给出实际数值：按报告所述计为\(counted)，缺少可核实的证据"
        case .progressShare(let source):
            return "\(name)的目标为 \(target)，实际“\(source)”是工作完成进度，不是该指标的实测值：按报告所述计为\(counted)，缺少可核实的证据"
        case .restatesTarget(let written):
            return "\(name)的实际“\(written)”只复述目标 \(target)，未给出实测值：按所写界值计为\(counted)，缺少可核实的证据"
        }
    }

    private static func containsDigit(_ text: String) -> Bool {
        text.unicodeScalars.contains { ("0"..."9").contains($0) || ("０"..."９").contains($0) }
    }

    /// What the importer guessed or could not place, each where it concerns.
    static func importNotes(_ report: Report) -> [Finding] {
        func finding(_ note: ImportNote, _ location: Finding.Location) -> Finding {
            let place = note.place.isEmpty ? "" : "\(note.place)："
            return Finding(note.severity == .warning ? .warning : .info, .importNote, location, place + note.message)
        }
        return report.importNotes.map { finding($0, .report) }
            + report.subProjects.flatMap { sp in sp.importNotes.map { finding($0, .subProject(sp.id)) } }
            + report.indicators.flatMap { ind in ind.importNotes.map { finding($0, .indicator(ind.id)) } }
    }
}
