import Foundation

/// Deadlines, qualitative targets and explicit values: the judgements that are not a comparison of numbers.
extension IndicatorJudge {
    // MARK: - Deadlines and words

    static func judgeDeadline(_ target: ParsedTarget, _ actual: ParsedActual) -> Verdict {
        if let completion = actual.completion, completion != .achieved, let word = actual.completionWord {
            return .band(completion, "时限指标，实际“\(word)”，按\(completion.chineseName)计")
        }
        guard let deadline = target.deadline else { return .review("目标期限无法读出") }
        let limit = deadline.latest.description
        if let date = actual.date, let hedge = actual.dateHedge {
            return .review("实际时间 \(date.text) 带“\(hedge)”，是预计或约略的时间，不是实际完成时间，需分析员认定（期限 \(limit)）")
        }
        if actual.date == nil, actual.completion == .achieved, let forecast = DegreeReader.forecast(in: TextScanner(actual.text)) {
            return .review("实际写的是“\(forecast)”，不是已按期完成，需分析员认定（期限 \(limit)）")
        }
        // `截至2023年底已完成80%`: the date is when the share was reached, not when the work ended.
        if let share = actual.completionShare {
            let done = "实际写明完成 \(share.summary)，未全部完成"
            if let date = actual.date, date.isOnOrBefore(deadline) == false {
                return .band(.notAchieved, "时限指标，\(done)，且实际时间 \(date.text) 晚于期限 \(limit)，按未达成计")
            }
            let when = actual.date.map { "（实际时间 \($0.text)，期限 \(limit)）" } ?? "（期限 \(limit)）"
            return .band(.partial, "时限指标，\(done)\(when)，按部分达成计")
        }
        if let date = actual.date {
            switch date.isOnOrBefore(deadline) {
            case true?:
                return .band(.achieved, "实际时间 \(date.text) 不晚于期限 \(limit)，按期完成")
            case false?:
                return .band(.notAchieved, "实际时间 \(date.text) 晚于期限 \(limit)，未按期完成")
            case nil:
                if actual.completion == .achieved, let word = actual.completionWord {
                    return .band(.achieved, "实际时间 \(date.text) 无法与期限 \(limit) 逐日比较，但写明“\(word)”，视为按期完成")
                }
                return .review("实际时间 \(date.text) 无法与期限 \(limit) 比较（缺少年份或月份）")
            }
        }
        if actual.completion == .achieved, let word = actual.completionWord {
            return .band(.achieved, "实际写明“\(word)”，未写时间，视为按期完成（期限 \(limit)）")
        }
        return .review("实际未给出完成时间或完成情况，无法与期限 \(limit) 比较")
    }

    static func judgeQualitative(_ target: ParsedTarget, _ actual: ParsedActual) -> Verdict {
        // `无法统计`, `无从核实`: the actual says it cannot tell.
        if let word = ["无法", "无从", "暂无法", "难以"].first(where: { actual.text.hasPrefix($0) }) {
            return .review("实际写明“\(word)…”（“\(actual.text.prefix(24))”），未给出结果，需分析员认定")
        }
        if let absence = judgeAbsence(target, actual) { return absence }
        if let share = actual.completionShare {
            return .band(.partial, "定性指标，实际写明的完成比例为 \(share.summary)，未全部完成，按部分达成计")
        }
        if let completion = actual.completion, let word = actual.completionWord, completion != .achieved || word == "是" {
            return .band(completion, "定性指标，实际“\(word)”，按\(completion.chineseName)计")
        }
        let scanner = TextScanner(actual.text)
        if let forecast = DegreeReader.forecast(in: scanner) {
            return .review("定性指标，实际写的是“\(forecast)”，不是已取得的效果，需分析员认定")
        }
        // A strong target (显著提升) against a weaker actual (有所提升) is met only in part.
        if let weak = DegreeReader.weak(in: scanner), let strong = DegreeReader.strong(in: TextScanner(target.text)) {
            return .band(.partial, "定性指标，目标要求“\(strong)”，实际为“\(weak)”，程度不及目标，按部分达成计")
        }
        if let completion = actual.completion, let word = actual.completionWord {
            return .band(completion, "定性指标，实际“\(word)”，按\(completion.chineseName)计")
        }
        if restates(target.text, actual.text) {
            return .band(.achieved, "定性指标，实际复述目标，按达成计")
        }
        return .band(.achieved, "定性指标，实际陈述已取得的效果且无否定词，按达成计")
    }

    /// Whether one text repeats the other (equal, or one contains the other), bounded in length.
    static func restates(_ target: String, _ actual: String) -> Bool {
        guard !target.isEmpty, !actual.isEmpty else { return false }
        if target == actual { return true }
        let limit = 400
        guard target.unicodeScalars.count <= limit, actual.unicodeScalars.count <= limit else { return false }
        let shorter = target.unicodeScalars.count <= actual.unicodeScalars.count ? target : actual
        let longer = shorter == target ? actual : target
        return shorter.unicodeScalars.count >= 2 && longer.contains(shorter)
    }

    // MARK: - Explicit values

    /// Puts an analyst's value in place of the clause it settles; false when the target has no number.
    static func substitute(_ explicit: ExplicitValue, target: ParsedTarget, into reading: inout ActualReader.Reading) -> Bool {
        guard let value = explicit.actual, !target.clauses.isEmpty else { return false }
        let clauses = Array(target.clauses.prefix(ActualReader.maximumClauses))
        var values = reading.actual.values
        if values.count < clauses.count {
            values += [ActualValue?](repeating: nil, count: clauses.count - values.count)
        }
        let unit = explicit.unit.flatMap(MeasureUnit.named)
        let index = reading.ambiguousClause
            ?? values.firstIndex(where: { $0 == nil })
            ?? clauses.firstIndex(where: { clause in unit.map { ActualReader.rank($0, against: clause.quantity.unit) != nil } ?? true })
            ?? 0
        let quantity = Quantity(value, unit ?? clauses[index].quantity.unit)
        values[index] = ActualValue(quantity: quantity, comparator: .none, source: "分析员认定 " + quantity.summary,
                                    unitFromTarget: false)
        reading.actual.values = values
        if reading.ambiguousClause == index {
            reading.ambiguousClause = nil
            reading.ambiguityNote = nil
            reading.actual.candidates = []
        }
        reading.actual.summary = values.map { $0?.summary ?? "？" }.joined(separator: "；") + "（分析员认定）"
        reading.isEmpty = false
        return true
    }

    /// An analyst's note shortened for a one-line reason; the detail view shows it whole.
    static func brief(_ note: String) -> String {
        note.count > 24 ? String(note.prefix(23)) + "…" : note
    }

    static func explicitNote(_ explicit: ExplicitValue) -> String {
        let value = explicit.actual.map(DecimalText.plain) ?? ""
        let unit = explicit.unit.map { " " + $0 } ?? ""
        return "分析员认定实际值 \(value)\(unit)（\(brief(explicit.note))）"
    }

    /// A status the analyst gave: taken as it is, with the ratio when a value was given too.
    static func judgeStated(
        _ status: IndicatorStatus, explicit: ExplicitValue, target: ParsedTarget, reading: ActualReader.Reading
    ) -> Verdict {
        var ratio: Decimal?
        var computedScore: Decimal?
        if explicit.actual != nil, reading.ambiguousClause == nil, status != .review {
            let found = reading.actual.values.compactMap { $0 }
            if !found.isEmpty, found.count == target.clauses.count {
                let outcomes = zip(target.clauses, found).map { measure($0, $1) }
                ratio = compoundRatio(target.clauses, outcomes)
                computedScore = outcomes.map(\.score).min()
            }
        }
        let score: Decimal
        switch status {
        case .met: score = 1
        case .partial: score = Completion.partial.bandTop
        case .unmet: score = computedScore ?? Completion.notAchieved.bandTop
        case .review: score = 0
        }
        let names: [IndicatorStatus: String] = [.met: "达成", .unmet: "未达成", .partial: "部分达成", .review: "待复核"]
        var reason = "分析员认定：\(names[status] ?? status.rawValue)（\(brief(explicit.note))）"
        if let ratio { reason += "，完成率 " + DecimalText.percent(ratio) }
        let exceeds = !target.clauses.contains { $0.kind == .reverse } && (ratio.map { $0 > exceedLimit } ?? false)
        let said = reason
        return Verdict(status: status, ratio: ratio, score: score, reason: said, exceeds: exceeds)
    }
}
