extension IndicatorJudge {
    /// Whether the actual a numeric target was judged on is weak evidence: a word without a
    /// number, a share of the work done standing for another quantity, or the target's bound
    /// restated. Nil for a target without numbers, an indicator not met or left to review (its own
    /// finding says more), or an analyst's explicit value.
    static func weakEvidence(_ target: ParsedTarget, _ actual: ParsedActual, status: IndicatorStatus,
                             name: String, usedExplicit: Bool) -> WeakEvidence? {
        guard !usedExplicit, status == .met || status == .partial else { return nil }
        switch target.kind {
        case .positive, .reverse, .equal, .range, .compound: break
        case .deadline, .qualitative, .empty: return nil
        }
        let found = actual.values.compactMap { $0 }
        if found.isEmpty {
            guard let completion = actual.completion, completion != .notAchieved, let word = actual.completionWord else { return nil }
            // `已完成100%` against a count: the percentage is the work done, not the count.
            if actual.text.contains("%"), progressWords.contains(where: actual.text.contains) {
                return .progressShare(source: actual.text)
            }
            return .unquantified(word: word)
        }
        // A bound written in the actual restates the target when it is the target's own bound
        // (`满意度≥90%` against `≥90%`); a bound past it (`72 亿元以上` against `10 亿元以上`) is a figure.
        let restatedBounds = zip(target.clauses, actual.values).compactMap { clause, value -> ActualValue? in
            guard let value, value.comparator != .none, sameSize(clause.quantity, value.quantity) else { return nil }
            return value
        }
        if let restated = restatedBounds.first {
            return .restatesTarget(written: restated.source.contains(restated.comparator.symbol) ? restated.source : restated.summary)
        }
        // The share first (a percentage beside a word of progress, rare), then what the target measures.
        if let share = found.first(where: { isProgressShare($0, in: actual.text) }), !measuresProgress(name: name, target: target) {
            return .progressShare(source: share.source)
        }
        return nil
    }

    /// Whether two quantities are the same amount: equal values in one unit, or after converting.
    static func sameSize(_ a: Quantity, _ b: Quantity) -> Bool {
        if let unit = a.unit, let other = b.unit, unit.converts(from: other) { return a.baseValue == b.baseValue }
        return a.value == b.value
    }

    /// Words of a share of work done: `已完成100%`, `完成进度 100%`, `100%完成`.
    static let progressWords = ["完成", "进度"]

    /// Whether a percentage is a share of the work done rather than a measured rate: a progress
    /// word in its clause before it, or right after it (`100%完成`), and no rate named beside it.
    static func isProgressShare(_ value: ActualValue, in text: String) -> Bool {
        guard value.quantity.unit?.dimension == .percent else { return false }
        let words = value.source.filter { !$0.isNumber && $0 != "%" && $0 != "." }
        if progressWords.contains(where: words.contains) {
            // A rate named beside it (`合格率100%，已完成`, `完成合格率98%`) is what it measures.
            let other = words.replacingOccurrences(of: "完成率", with: "").replacingOccurrences(of: "完成度", with: "")
                .replacingOccurrences(of: "进度", with: "")
            return !other.contains("率") && !other.contains("度")
        }
        guard let range = text.range(of: value.quantity.summary.replacingOccurrences(of: " ", with: "")) else { return false }
        let after = text[range.upperBound...].prefix(3)
        return progressWords.contains { after.hasPrefix($0) || after.hasPrefix("已" + $0) }
    }

    /// Whether the target itself measures work done (完成率, 项目进度, 执行率, 完成 … 项目): then a
    /// share of work done is its measured value.
    static func measuresProgress(name: String, target: ParsedTarget) -> Bool {
        progressTargets.contains { name.contains($0) || target.text.contains($0) }
    }

    static let progressTargets = progressWords + ["执行率", "实施率", "建成率", "开工率", "竣工率", "到位率", "拨付率"]
}
