import Foundation

/// Judges one indicator from its target and actual texts (the fiscal rules (docs/scoring.md), "One indicator's score and status").
///
/// The target decides the kind (positive, reverse, equal, range, compound, deadline,
/// qualitative); the actual is read against it; an analyst's `ExplicitValue` settles what the
/// text cannot. Anything ambiguous is `review`, with the reason, never a silent guess.
///
///     IndicatorJudge.judge(name: "扶持工业企业数量", category: .quantity, target: "≥20 家", actual: "27 家")
///     // met, ratio 1.35, "实际 27 家 ≥ 目标 20 家，完成率 135.00%"
public enum IndicatorJudge {
    /// Judges one indicator from its texts; pure, fast, never throws or traps.
    /// `year` is the report's budget year: a period the target names without one (`上半年`, `年内`,
    /// `第三季度前`, `12月底前`) is of that year, and `次年` in either text the year after.
    public static func judge(
        name: String, category: Category?, target: String, actual: String, explicit: ExplicitValue? = nil, year: Int? = nil
    ) -> IndicatorJudgement {
        let indicatorName = IndicatorName(name)
        var parsedTarget = TargetReader.read(target, name: indicatorName, category: category)
        var actualText = actual
        var yearNote: String?
        if let year, parsedTarget.kind == .qualitative || parsedTarget.kind == .deadline && parsedTarget.deadline?.latest.year == nil,
           let dated = RelativeDates.rewrite(target, year: year, wholeYear: true) {
            let reread = TargetReader.read(dated, name: indicatorName, category: category)
            if reread.kind == .deadline {
                parsedTarget = reread
                yearNote = "目标未写年份，按报告年度 \(year) 年计"
                if let datedActual = RelativeDates.rewrite(actual, year: year) { actualText = datedActual }
            }
        }
        var reading = ActualReader.read(actualText, target: parsedTarget, name: indicatorName)
        var verdict: Verdict
        var usedExplicit = false

        if let explicit, let status = explicit.status {
            if explicit.actual != nil { _ = substitute(explicit, target: parsedTarget, into: &reading) }
            verdict = judgeStated(status, explicit: explicit, target: parsedTarget, reading: reading)
            usedExplicit = true
        } else if parsedTarget.kind == .empty {
            verdict = .review("目标值为空，无法判定")
        } else if parsedTarget.clauses.count > ActualReader.maximumClauses {
            let count = parsedTarget.clauses.count
            verdict = .review("目标含 \(count) 个数值，超出逐项判断的范围，请人工复核")
        } else {
            var note: String?
            if let explicit, explicit.actual != nil {
                if substitute(explicit, target: parsedTarget, into: &reading) {
                    usedExplicit = true
                    note = explicitNote(explicit)
                } else {
                    note = "分析员给出的数值不适用于无数值的目标（\(explicit.note)），按文字判定"
                }
            }
            if reading.isEmpty && !usedExplicit {
                verdict = .review("实际完成值为空，无法判定")
            } else {
                switch parsedTarget.kind {
                case .deadline: verdict = judgeDeadline(parsedTarget, reading.actual)
                case .qualitative, .empty: verdict = judgeQualitative(parsedTarget, reading.actual)
                case .positive, .reverse, .equal, .range, .compound:
                    verdict = judgeQuantities(parsedTarget, reading, settled: usedExplicit)
                }
            }
            if let note { verdict.prefixReason(note) }
        }
        if let yearNote { verdict.prefixReason(yearNote) }

        let evidence = weakEvidence(parsedTarget, reading.actual, status: verdict.status, name: name, usedExplicit: usedExplicit)
        if case .progressShare(let source)? = evidence {
            verdict.appendReason("；实际“\(source)”是工作完成进度，不是该指标的实测值")
        }
        let reason = verdict.reasonText
        return IndicatorJudgement(
            status: verdict.status, ratio: verdict.ratio, scoreFraction: clamp(verdict.score),
            reason: reason.text, kind: parsedTarget.kind, target: parsedTarget, actual: reading.actual,
            exceedsTarget: verdict.exceeds, usedExplicit: usedExplicit, candidates: verdict.candidates,
            scoreBand: verdict.band,
            weakEvidence: evidence
        )
    }

    /// The parts of a judgement being built.
    struct Verdict {
        var status: IndicatorStatus
        var ratio: Decimal?
        var score: Decimal
        /// Why, made when the judgement's reason is read.
        var reasonText: DeferredText
        var exceeds = false
        var candidates: [String] = []
        /// The shares of the weight the rule allows, for a verdict in words (a band); nil when exact.
        var band: ClosedRange<Decimal>? = nil

        init(status: IndicatorStatus, ratio: Decimal?, score: Decimal, reason: @autoclosure @escaping @Sendable () -> String,
             exceeds: Bool = false, candidates: [String] = [], band: ClosedRange<Decimal>? = nil) {
            self.status = status; self.ratio = ratio; self.score = score; self.reasonText = DeferredText(reason)
            self.exceeds = exceeds; self.candidates = candidates; self.band = band
        }

        var reason: String { reasonText.text }

        mutating func prefixReason(_ note: String) {
            let rest = reasonText
            reasonText = DeferredText { note + "；" + rest.text }
        }

        mutating func appendReason(_ more: @autoclosure @escaping @Sendable () -> String) {
            let start = reasonText
            reasonText = DeferredText { start.text + more() }
        }

        static func review(_ reason: @autoclosure @escaping @Sendable () -> String, candidates: [String] = []) -> Verdict {
            Verdict(status: .review, ratio: nil, score: 0, reason: reason(), candidates: candidates)
        }

        /// A verdict in words, scored at the top of its band.
        static func band(_ completion: Completion, _ reason: @autoclosure @escaping @Sendable () -> String) -> Verdict {
            Verdict(status: IndicatorJudge.status(of: completion), ratio: nil, score: completion.bandTop,
                    reason: reason() + "（" + completion.bandName + "）", band: completion.band)
        }
    }

    static func status(of completion: Completion) -> IndicatorStatus {
        switch completion {
        case .achieved: .met
        case .partial: .partial
        case .notAchieved: .unmet
        }
    }

    // MARK: - Numbers

    /// Judges a numeric target; `settled` when an analyst's value replaced what the text says.
    static func judgeQuantities(_ target: ParsedTarget, _ reading: ActualReader.Reading, settled: Bool) -> Verdict {
        let actual = reading.actual
        if let problem = signProblem(in: target) { return .review(problem) }
        if reading.ambiguousClause != nil {
            let names = actual.candidates.map(\.source)
            if let note = reading.ambiguityNote {
                return .review(note + "，需分析员认定", candidates: names)
            }
            return .review("实际有多个可能的数值（" + names.joined(separator: "；") + "），需分析员认定", candidates: names)
        }
        let found = actual.values.compactMap { $0 }
        if found.isEmpty {
            if let completion = actual.completion, let word = actual.completionWord {
                return judgeWordAgainstNumber(completion, word: word, actual: actual)
            }
            if !reading.unmatched.isEmpty {
                let units = target.clauses.map(\.summary).joined(separator: "；")
                return .review("实际的数值（" + reading.unmatched.prefix(3).joined(separator: "、") + "）与目标（\(units)）单位不符，无法比较")
            }
            return .review("实际未给出可与目标比较的数值")
        }
        if found.count < target.clauses.count, let missing = actual.values.firstIndex(where: { $0 == nil }) {
            return .review("第 \(missing + 1) 项条件（\(target.clauses[missing].summary)）在实际中未找到对应数值")
        }
        // A negative count (-5 家), or a decline written with a minus sign (下降-2%), cannot be read.
        if let problem = signProblem(in: found) { return .review(problem) }
        // A change (较上年下降 2%) against a bound on a level (发病率 ≤ 5%) measures another thing.
        if let problem = changeAgainstLevel(target, found) { return .review(problem) }
        // An estimate (约 300 家, 95%左右, 预计…) is not a measured value.
        if let hedged = found.first(where: { $0.hedge != nil }), let word = hedged.hedge {
            let written = hedged.source.contains(word) ? hedged.source : hedged.source + word
            return .review("实际“\(written)”带“\(word)”，读得 \(hedged.summary) 是约数或预计数，不是实测值，需分析员认定")
        }
        // A negation or shortfall besides the number (100%（部分项目未验收）) may undo it.
        if !settled, let qualifier = reading.qualifier {
            let read = found.map(\.summary).joined(separator: "；")
            return .review("实际读得 \(read)，但另写“\(qualifier.clause)”（“\(qualifier.word)”），数值之外有否定或未完成的限定，需分析员认定")
        }
        // Units of different families (天 and 个月, 元/吨 and 元/千瓦时) have no exact conversion.
        if let problem = unitProblem(target.clauses, found) { return .review(problem) }
        // A target per quarter or month against the year's total (每季度不少于2次 against 全年6次).
        if let perPeriod = judgePerPeriod(target, found, actualText: actual.text) { return perPeriod }
        let outcomes = zip(target.clauses, found).map { measure($0, $1) }
        if outcomes.count == 1, let outcome = outcomes.first, let clause = target.clauses.first {
            let exceeds = clause.kind != .reverse && (outcome.ratio.map { $0 > exceedLimit } ?? false)
            let text = outcome.deferredText
            return Verdict(status: outcome.met ? .met : .unmet, ratio: outcome.ratio, score: outcome.score,
                           reason: text.text + (exceeds ? "；完成率高于 130%，目标可能偏低" : ""), exceeds: exceeds)
        }
        let ratio = compoundRatio(target.clauses, outcomes)
        let allMet = outcomes.allSatisfy(\.met)
        let score = outcomes.map(\.score).min() ?? 0
        let exceeds = !target.clauses.contains { $0.kind == .reverse } && (ratio.map { $0 > exceedLimit } ?? false)
        return Verdict(status: allMet ? .met : .unmet, ratio: ratio, score: score,
                       reason: compoundReason(outcomes, ratio: ratio, exceeds: exceeds), exceeds: exceeds)
    }

    /// Why a target of several conditions is met or not, each condition's outcome in turn.
    static func compoundReason(_ outcomes: [Outcome], ratio: Decimal?, exceeds: Bool) -> String {
        let details = outcomes.enumerated().map { "第\($0.offset + 1)项 " + $0.element.text }.joined(separator: "；")
        var reason: String
        if outcomes.allSatisfy(\.met) {
            reason = "\(outcomes.count) 项条件均达成"
        } else {
            let failed = outcomes.enumerated().filter { !$0.element.met }.map { String($0.offset + 1) }
            reason = "\(outcomes.count) 项条件中第 " + failed.joined(separator: "、") + " 项未达成"
        }
        if let ratio { reason += "，取最低完成率 " + DecimalText.percent(ratio) }
        reason += "（" + details + "）"
        if exceeds { reason += "；完成率高于 130%，目标可能偏低" }
        return reason
    }

    /// Why a value cannot be compared with its clause: its unit is of another family than the
    /// target's (天 against 个月, 人次 against 家, 元/吨 against 元/千瓦时), so only the raw numbers
    /// would be compared. `%` against a target in `个百分点` is compared as written.
    static func unitProblem(_ clauses: [TargetClause], _ values: [ActualValue]) -> String? {
        for (clause, value) in zip(clauses, values) {
            guard let goal = clause.quantity.unit, let unit = value.quantity.unit, !goal.converts(from: unit) else { continue }
            if goal.dimension == .percentagePoint, unit.dimension == .percent { continue }
            var reason = "实际单位“\(unit.symbol)”（\(value.source)）与目标单位“\(goal.symbol)”（\(clause.summary)）不同，无法换算比较"
            if goal.dimension == .duration, unit.dimension == .duration {
                reason += "（天、日、工作日与月、季度、年之间没有确切换算）"
            } else if goal.isCompound || unit.isCompound {
                reason += "（复合单位只与同一复合单位比较）"
            }
            return reason + "，需分析员认定"
        }
        return nil
    }

    /// Why a target's sign cannot be read: a negative count (`≥-5家`), or a decline word before a
    /// negative number (`降低-5%`), which leaves the direction unclear.
    static func signProblem(in target: ParsedTarget) -> String? {
        for clause in target.clauses.prefix(ActualReader.maximumClauses) {
            let bounds = [clause.quantity] + (clause.upper.map { [$0] } ?? [])
            guard let negative = bounds.first(where: { $0.value < 0 }) else { continue }
            if clause.falls {
                return "目标“\(clause.label)\(clause.quantity.summary)”既写下降又带负号，方向不明，需分析员认定"
            }
            if negative.unit?.dimension == .count {
                return "目标 \(clause.summary) 为负数，数量不能为负，需分析员认定"
            }
        }
        return nil
    }

    /// Why an actual's sign cannot be read: a negative count (`-5 家`: no count is below 0), or a
    /// decline word before a negative number (`下降-2%`: a fall of −2% is a rise, or a typo).
    static func signProblem(in values: [ActualValue]) -> String? {
        for value in values where value.quantity.value < 0 {
            if value.falls {
                return "实际“\(value.source)”既写下降又带负号，方向不明，需分析员认定"
            }
            if let unit = value.quantity.unit, unit.dimension == .count {
                return "实际“\(value.source)”读得 \(value.quantity.summary)，为负数，数量不能为负，需分析员认定"
            }
        }
        return nil
    }

    /// The smallest ratio of the clauses that count upward; a compound of ceilings only reports its largest.
    /// When the upward clauses have no ratio (`≥ 0`, `≥ -2%`), neither has the compound: a ceiling's
    /// ratio, where less is better, would not say how far the upward clauses got.
    static func compoundRatio(_ clauses: [TargetClause], _ outcomes: [Outcome]) -> Decimal? {
        let pairs = zip(clauses, outcomes)
        let upward = pairs.filter { $0.0.kind != .reverse }
        if !upward.isEmpty { return upward.compactMap(\.1.ratio).min() }
        return pairs.compactMap(\.1.ratio).max()
    }

    /// One clause measured: whether it holds, the ratio, the share of weight, and the words.
    struct Outcome: Sendable {
        var met: Bool
        var ratio: Decimal?
        var score: Decimal
        /// What was compared, made when read.
        var deferredText: DeferredText

        init(met: Bool, ratio: Decimal?, score: Decimal, text: @autoclosure @escaping @Sendable () -> String) {
            self.met = met; self.ratio = ratio; self.score = score; self.deferredText = DeferredText(text)
        }

        var text: String { deferredText.text }
    }

    /// Words of a rise in an actual.
    static let riseWords = ["上升", "增长", "增加", "提高", "上涨", "升高"]

    static func measure(_ clause: TargetClause, _ value: ActualValue) -> Outcome {
        let targetQuantity = clause.quantity
        let actualQuantity = value.quantity
        let convertible = targetQuantity.unit.flatMap { unit in actualQuantity.unit.map { unit.converts(from: $0) } } ?? false
        let target = convertible ? targetQuantity.baseValue : targetQuantity.value
        var actual = convertible ? actualQuantity.baseValue : actualQuantity.value
        var shownText = actualQuantity.summary
        if convertible, actualQuantity.unit != targetQuantity.unit {
            shownText += "（合 " + actualQuantity.converted(to: targetQuantity.unit).summary + "）"
        }
        var prefixText = ""
        if value.fromWords { prefixText += "实际写明“\(value.source)”，读作 0；" }
        if value.comparator != .none { prefixText += "实际写作“\(value.summary)”，以所写界值计；" }
        if value.unitFromTarget, let last = value.source.unicodeScalars.last, "万亿千百".unicodeScalars.contains(last) {
            prefixText += "实际“\(value.source)”只写倍数、未写单位，按目标单位读作 \(actualQuantity.summary)；"
        } else if value.unitFromTarget {
            prefixText += "实际未写单位，按目标单位计；"
        }
        let goal = targetQuantity.summary

        // Against a decline target (成本降低 5%) a negative actual is a decline of its size: -6% is 下降 6%.
        if clause.falls, actual < 0 {
            let size = Quantity(TextScanner.negated(actualQuantity.value), actualQuantity.unit).summary
            prefixText += "实际为负值 \(actualQuantity.summary)，即下降 \(size)；"
            actual = TextScanner.negated(actual)
            shownText = size
        }
        let prefix = prefixText, shown = shownText
        // A negative bound (≤-2%, ≥-1%) is compared with its sign; no ratio.
        if target < 0 {
            return measureBelowZero(clause, value, target: target, actual: actual, convertible: convertible,
                                    shown: shown, prefix: prefix)
        }

        // A rise against a target of decline (上升 2% against 成本降低率 ≥ 5%) is the wrong way: 0.
        if clause.falls, !value.falls, actual > 0, Self.riseWords.contains(where: value.source.contains) {
            return Outcome(met: false, ratio: 0, score: 0,
                           text: prefix + "实际为上升 \(shown)，与目标 \(clause.label)\(clause.summary) 的下降方向相反，完成率按 0 计")
        }
        // A decline against a target of growth (同比下降 2% against 增长 5%) falls short of any positive target.
        if value.falls, !clause.falls, clause.kind != .reverse, actual != 0 {
            return Outcome(met: false, ratio: 0, score: 0,
                           text: prefix + "实际为下降 \(shown)，与目标 \(clause.summary) 方向相反，完成率按 0 计")
        }
        // So does a negative value (-3% against 增长 ≥ 5%): ratio 0, never below.
        if !clause.falls, clause.kind != .reverse, actual < 0, target > 0 {
            return Outcome(met: false, ratio: 0, score: 0,
                           text: prefix + "实际为负值 \(shown)，低于目标 \(clause.summary)，与目标方向相反，完成率按 0 计")
        }

        switch clause.kind {
        case .reverse:
            guard target > 0 else {
                let met = actual <= 0
                return Outcome(met: met, ratio: nil, score: met ? 1 : 0,
                               text: prefix + "目标上限为 0，实际 \(shown)" + (met ? " 未超出" : " 已超出") + "，不计比值")
            }
            if actual < 0 {
                // Below 0 under a ceiling above 0 (-3% against ≤ 5%): kept, and the ratio is 0, not negative.
                return Outcome(met: true, ratio: 0, score: 1,
                               text: prefix + "实际为负值 \(shown)，低于目标上限 \(goal)，比值按 0 计")
            }
            let ratio = divide(actual, target)
            if actual <= target {
                return Outcome(met: true, ratio: ratio, score: 1,
                               text: prefix + "实际 \(shown) ≤ 目标上限 \(goal)" + ratioText("比值", ratio))
            }
            let excess = divide(actual - target, target) ?? 1
            let score = max(0, 1 - excess)
            return Outcome(met: false, ratio: ratio, score: score,
                           text: prefix + "实际 \(shown) > 目标上限 \(goal)，超出 " + DecimalText.percent(excess)
                               + "，得分比例 " + DecimalText.percent(score))
        case .equal:
            guard target != 0 else {
                let met = actual == 0
                return Outcome(met: met, ratio: nil, score: met ? 1 : 0,
                               text: prefix + "目标为 0，实际 \(shown)" + (met ? " 等于 0" : " 不为 0") + "，不计比值")
            }
            let ratio = divide(actual, target)
            if actual == target {
                return Outcome(met: true, ratio: ratio, score: 1, text: prefix + "实际 \(shown) = 目标 \(goal)" + ratioText("完成率", ratio))
            }
            let score = actual < target ? (ratio ?? 0) : max(0, 1 - (divide(actual - target, target) ?? 1))
            return Outcome(met: false, ratio: ratio, score: score,
                           text: prefix + "实际 \(shown) ≠ 目标 \(goal)" + ratioText("比值", ratio))
        case .range:
            let upperQuantity = clause.upper ?? targetQuantity
            let upper = convertible ? upperQuantity.baseValue : upperQuantity.value
            let span = clause.summary
            if actual < target {
                let ratio = divide(actual, target)
                return Outcome(met: false, ratio: ratio, score: ratio ?? 0,
                               text: prefix + "实际 \(shown)，低于目标区间 \(span)的下限" + ratioText("完成率", ratio))
            }
            if actual <= upper {
                return Outcome(met: true, ratio: 1, score: 1,
                               text: prefix + "实际 \(shown)，在目标区间 \(span)内，完成率 100.00%")
            }
            let ratio = divide(actual, upper)
            return Outcome(met: true, ratio: ratio, score: 1,
                           text: prefix + "实际 \(shown)，高于目标区间 \(span)，按上限计完成率 "
                               + (ratio.map(DecimalText.percent) ?? "—"))
        default:
            guard target > 0 else {
                let met = actual >= 0
                return Outcome(met: met, ratio: nil, score: met ? 1 : 0,
                               text: prefix + "目标为 0，实际 \(shown)" + (met ? " 不低于 0" : " 低于 0") + "，不计完成率")
            }
            let ratio = divide(actual, target)
            let met = actual >= target
            let sign = met ? "≥" : "<"
            return Outcome(met: met, ratio: ratio, score: met ? 1 : min(ratio ?? 0, 1),
                           text: prefix + "实际 \(shown) \(sign) 目标 \(goal)" + ratioText("完成率", ratio))
        }
    }
}
