/// Reads an actual text (实际完成值) against its parsed target.
///
/// For a numeric target it picks, for each clause, the number whose unit matches the
/// clause's: the same unit first, then one that converts (亿元 for 万元), then one of the same
/// dimension, then a bare number, which takes the unit of the name or of the target. Years,
/// dates, ordinals, proportions and numbers naming the subject are never picked. An exact
/// figure beats a restated bound (`≥90%`). Two different values left at the same rank make
/// the clause ambiguous. The clauses of a compound target are matched in order when the
/// actual has one number for each, otherwise by the words before them.
enum ActualReader {
    /// The reading, with what the judge needs beyond `ParsedActual`.
    struct Reading {
        var actual: ParsedActual
        /// The first clause with two plausible values, if any.
        var ambiguousClause: Int?
        /// Numbers found whose units match no clause (`10%` against `家`).
        var unmatched: [String]
        /// Whether the text holds nothing to read (empty, `/`, `—`).
        var isEmpty: Bool
        /// Why the ambiguous clause has two readings, when it is not two numbers of the text
        /// (`0.95` against a target in %: 0.95% or 95%).
        var ambiguityNote: String?
        /// A word that qualifies the number (`未`, `部分完成`, `仍有`) and the clause it stands in.
        var qualifier: (word: String, clause: String)?
    }

    /// A single percentage from 0 to under 100: a share of the work, where the words make it one.
    static func isShareBelowWhole(_ mention: Mention) -> Bool {
        mention.role == .value && mention.unit?.symbol == MeasureUnit.percent.symbol && mention.upper == nil
            && mention.value >= 0 && mention.value < 100
    }

    /// Verbs of doing the work, before a share of it (`已整改85%`, `完成进度60%`).
    static let workVerbs = ["完成", "整改", "建成", "落实", "进度", "实施", "拨付", "支付", "到位", "验收", "开工", "竣工"]

    static func read(_ text: String, target: ParsedTarget, name: IndicatorName) -> Reading {
        let scanner = TextScanner(text)
        var actual = ParsedActual(
            summary: "（空）", values: [], candidates: [], date: nil, completion: nil, completionWord: nil,
            text: scanner.string
        )
        let isEmpty = !scanner.hasContent
        var reading = Reading(actual: actual, ambiguousClause: nil, unmatched: [], isEmpty: isEmpty)
        guard !isEmpty else { return reading }

        if let completion = CompletionReader.read(scanner) {
            actual.completion = completion.completion
            actual.completionWord = completion.word
        } else if !target.clauses.isEmpty, target.clauses.allSatisfy({ $0.kind == .reverse }),
                  let word = CompletionReader.withinLimit(in: scanner) {
            // `未超出预算` against a ceiling says the ceiling was kept.
            actual.completion = .achieved
            actual.completionWord = word
        }
        let mentions = scanner.mentions()
        switch target.kind {
        case .deadline:
            let last = mentions.last { $0.date != nil }
            actual.date = last?.date
            actual.dateHedge = last?.hedge
            // `已完成80%`: a share below 100% says the work is not finished, whatever the date.
            actual.completionShare = mentions.first(where: Self.isShareBelowWhole).map { Quantity($0.value, $0.unit) }
            actual.summary = actual.date?.text ?? actual.completionWord ?? TargetReader.abbreviated(scanner.string, limit: 24)
        case .qualitative, .empty:
            actual.summary = actual.completionWord ?? TargetReader.abbreviated(scanner.string, limit: 24)
            // `已整改85%`: a share of the work below 100%, after a verb of doing it, is work left undone.
            actual.completionShare = mentions.first { mention in
                guard Self.isShareBelowWhole(mention) else { return false }
                let before = scanner.text(mention.clauseStart, mention.numberStart)
                return Self.workVerbs.contains { before.hasSuffix($0) || before.hasSuffix($0 + "率") || before.hasSuffix($0 + "了") }
            }.map { Quantity($0.value, $0.unit) }
        case .positive, .reverse, .equal, .range, .compound:
            readValues(mentions, in: scanner, target: target, name: name, into: &reading, actual: &actual)
        }
        reading.actual = actual
        return reading
    }

    /// A number that may answer a clause, with its rank: 0 the same unit, 1 convertible, 2 same dimension, 3 bare.
    private struct Candidate {
        var mention: Mention
        var quantity: Quantity
        var unitFromTarget: Bool
        var rank: Int

        /// The value with the words before it, for showing.
        func value(in scanner: TextScanner) -> ActualValue {
            ActualValue(quantity: quantity, comparator: mention.comparator,
                        source: TargetReader.label(of: mention, in: scanner) + scanner.text(of: mention),
                        unitFromTarget: unitFromTarget, falls: mention.falls, hedge: mention.hedge)
        }

        /// Whether it is a bare number that took `%` from the target or the name, at most 1 in size
        /// (and not 0): `0.95` may be 0.95% or a fraction written for 95%, `-0.5` -0.5% or -50%.
        var isBareFractionOfPercent: Bool {
            mention.unit == nil && quantity.unit?.symbol == MeasureUnit.percent.symbol
                && quantity.value != 0 && quantity.value >= -1 && quantity.value <= 1
        }
    }

    private static func readValues(
        _ mentions: [Mention], in scanner: TextScanner, target: ParsedTarget, name: IndicatorName,
        into reading: inout Reading, actual: inout ParsedActual
    ) {
        let subjectKeys = name.subjectKeys.union(target.subjects.map { subjectKey($0) })
        var values = mentions.filter { $0.role == .value }
        let withoutSubjects = values.filter {
            !($0.hasOwnUnit && subjectKeys.contains($0.subjectKey)) && !isTargetRestated($0, in: scanner)
        }
        if !withoutSubjects.isEmpty { values = withoutSubjects }

        // Real actuals hold a handful of numbers; the bound keeps pathological input linear.
        values = Array(values.prefix(maximumValues))
        let clauses = Array(target.clauses.prefix(maximumClauses))
        let ranked: [[Candidate]] = clauses.map { clause in
            values.compactMap { candidate($0, for: clause, name: name) }
        }
        let usableStarts = Set(ranked.flatMap { $0.map(\.mention.start) })
        reading.unmatched = values.filter { !usableStarts.contains($0.start) }.map { scanner.text(of: $0) }

        var picked = [Candidate?](repeating: nil, count: clauses.count)
        let usable = values.filter { usableStarts.contains($0.start) }
        if clauses.count > 1, usable.count == clauses.count {
            let inOrder = usable.enumerated().map { offset, mention in
                ranked[offset].first { $0.mention.start == mention.start }
            }
            if inOrder.allSatisfy({ $0 != nil }) { picked = inOrder }
        }
        // A number answers one clause only.
        var used = Set<Int>()
        for (index, clause) in clauses.enumerated() where picked[index] == nil {
            let open = ranked[index].filter { !used.contains($0.mention.start) }
            switch pick(open, clause: clause, byLabel: clauses.count > 1, scanner: scanner) {
            case .one(let candidate):
                picked[index] = candidate
                used.insert(candidate.mention.start)
            case .several(let candidates):
                if reading.ambiguousClause == nil {
                    reading.ambiguousClause = index
                    actual.candidates = candidates.map { $0.value(in: scanner) }
                }
            case .none:
                break
            }
        }
        // A bare 0.95 against a target in %: 0.95% or 95% written as a fraction.
        for (index, candidate) in picked.enumerated() {
            guard reading.ambiguousClause == nil, let candidate, candidate.isBareFractionOfPercent else { continue }
            let written = candidate.value(in: scanner)
            var asPercent = written
            asPercent.source = written.quantity.summary + "（按所写数值读）"
            var asFraction = written
            asFraction.quantity = Quantity(written.quantity.value * 100, written.quantity.unit)
            asFraction.source = asFraction.quantity.summary + "（" + DecimalText.plain(written.quantity.value) + " 按小数读）"
            picked[index] = nil
            reading.ambiguousClause = index
            reading.ambiguityNote = "实际“\(scanner.text(of: candidate.mention))”未写单位，目标以 % 计，可读作 "
                + written.quantity.summary + " 或 " + asFraction.quantity.summary + "（小数写法）"
            actual.candidates = [asPercent, asFraction]
        }
        var chosen = picked.map { $0?.value(in: scanner) }
        // `未发生安全事故`, `无投诉`, `零事故` against none or a ceiling of incidents: 0.
        if clauses.count == 1, chosen[0] == nil, reading.ambiguousClause == nil,
           let phrase = absence(in: scanner, clause: clauses[0], target: target, name: name) {
            chosen[0] = ActualValue(quantity: Quantity(0, clauses[0].quantity.unit), comparator: .none, source: phrase,
                                    unitFromTarget: false, fromWords: true)
        }
        actual.values = chosen
        let readFromWholeWord = chosen.first??.fromWords == true && CompletionReader.isWholeAbsence(scanner)
        if chosen.contains(where: { $0 != nil }), !readFromWholeWord {
            let context = [TextNormalizer.normalizedString(name.text), target.text]
            reading.qualifier = CompletionReader.qualifier(in: scanner, context: context)
        }
        if !actual.candidates.isEmpty {
            actual.summary = "多个可能的数值：" + actual.candidates.map(\.source).joined(separator: "；")
        } else if chosen.contains(where: { $0 != nil }) {
            actual.summary = chosen.map { $0?.summary ?? "？" }.joined(separator: "；")
        } else if let word = actual.completionWord {
            actual.summary = word + "（无数值）"
        } else {
            actual.summary = TargetReader.abbreviated(scanner.string, limit: 24)
        }
    }

    private enum Pick {
        case one(Candidate)
        case several([Candidate])
        case none
    }

    private static func pick(_ candidates: [Candidate], clause: TargetClause, byLabel: Bool, scanner: TextScanner) -> Pick {
        guard let best = candidates.map(\.rank).min() else { return .none }
        var top = candidates.filter { $0.rank == best }
        // A measured figure beats an estimate (`已扶持 20 家，预计年底 27 家`), and an exact one a restated bound.
        if top.contains(where: { $0.mention.hedge == nil }) {
            top = top.filter { $0.mention.hedge == nil }
        }
        if top.contains(where: { $0.mention.comparator == .none }) {
            top = top.filter { $0.mention.comparator == .none }
        }
        if top.count > 1, byLabel {
            let scores = top.map { similarity(clause.label, TargetReader.label(of: $0.mention, in: scanner)) }
            if let high = scores.max(), high > 0, scores.filter({ $0 == high }).count == 1,
               let index = scores.firstIndex(of: high) {
                top = [top[index]]
            }
        }
        guard let first = top.first else { return .none }
        let firstBase = first.quantity.baseValue
        if top.allSatisfy({ $0.quantity.baseValue == firstBase }) { return .one(first) }
        return .several(top)
    }

    private static func candidate(_ mention: Mention, for clause: TargetClause, name: IndicatorName) -> Candidate? {
        let targetUnit = clause.quantity.unit
        // A bare multiplier (1.2万) against a unit it cannot complete or scale (%, 分, 元/吨) is not comparable.
        if let unit = mention.unit, unit.isBareMultiplier, let inherited = name.unit ?? targetUnit, !inherited.takesMultiplier {
            return nil
        }
        if mention.hasOwnUnit, let unit = mention.unit {
            guard let rank = rank(unit, against: targetUnit) else { return nil }
            return Candidate(mention: mention, quantity: Quantity(mention.value, unit), unitFromTarget: false, rank: rank)
        }
        if let nameUnit = name.unit {
            guard let rank = rank(nameUnit, against: targetUnit) else { return nil }
            return Candidate(mention: mention, quantity: mention.quantity(inheriting: nameUnit), unitFromTarget: false, rank: rank)
        }
        return Candidate(mention: mention, quantity: mention.quantity(inheriting: targetUnit),
                         unitFromTarget: targetUnit != nil, rank: targetUnit == nil ? 0 : 3)
    }

    /// The words of absence that read as 0, for a target of exactly 0 or a ceiling: `未发生安全事故`,
    /// `无投诉`, `零事故` when the incident it names (事故, 投诉, 违规, 差错, 问题…) is one the name or
    /// target speaks of; a whole answer `无`, `零`, `未发生` for a target of exactly 0, or for a
    /// ceiling on incidents.
    private static func absence(in scanner: TextScanner, clause: TargetClause, target: ParsedTarget, name: IndicatorName) -> String? {
        let zero = clause.quantity.value == 0 && (clause.kind == .equal || clause.kind == .reverse)
        guard zero || clause.kind == .reverse else { return nil }
        let whole = CompletionReader.isWholeAbsence(scanner)
        if zero, whole { return scanner.string }
        let phrases = whole ? [] : CompletionReader.absencePhrases(in: scanner)
        guard whole || !phrases.isEmpty else { return nil }
        let context = [TextScanner(name.text), TextScanner(target.text)]
        let named = Set(CompletionReader.incidentWords.filter { word in context.contains { $0.contains(word) } }
            .map { TextScanner.string($0[...]) })
        if whole { return named.isEmpty ? nil : scanner.string }
        guard let phrase = phrases.first(where: { named.contains($0.incident) }) else { return nil }
        return scanner.text(phrase.range.lowerBound, phrase.range.upperBound)
    }

    /// Whether a number is labelled as the target (`目标 20 家，实际 27 家`), not as what was achieved.
    private static func isTargetRestated(_ mention: Mention, in scanner: TextScanner) -> Bool {
        let from = max(mention.clauseStart, mention.start - 6)
        return targetLabels.contains { label in
            var index = from
            while index + label.count <= mention.start {
                if TextScanner.matches(label, in: scanner.scalars, at: index) { return true }
                index += 1
            }
            return false
        }
    }

    private static let targetLabels = ["目标", "计划", "预期", "年度指标"].map { Array($0.unicodeScalars) }

    /// How close `unit` is to the target's: nil when they cannot be compared.
    static func rank(_ unit: MeasureUnit, against target: MeasureUnit?) -> Int? {
        guard let target else { return 1 }
        if unit.symbol == target.symbol { return 0 }
        if unit.family == target.family { return 1 }
        if target.dimension == .percentagePoint, unit.dimension == .percent { return 1 }
        if unit.dimension == target.dimension, unit.dimension != .number { return 2 }
        return nil
    }

    /// At most this many clauses and values are matched; the judge sends longer targets to review.
    static let maximumClauses = 12
    static let maximumValues = 200

    static func subjectKey(_ quantity: Quantity) -> Mention.SubjectKey {
        Mention.SubjectKey(value: quantity.value, unit: quantity.unit?.symbol ?? "")
    }

    /// How many two-scalar pieces two labels share.
    private static func similarity(_ a: String, _ b: String) -> Int {
        let left = Array(a.unicodeScalars)
        let right = Array(b.unicodeScalars)
        guard left.count > 1, right.count > 1 else { return 0 }
        var pairs = Set<UInt64>()
        for index in 0..<(left.count - 1) {
            pairs.insert(UInt64(left[index].value) << 32 | UInt64(left[index + 1].value))
        }
        var shared = Set<UInt64>()
        for index in 0..<(right.count - 1) {
            let pair = UInt64(right[index].value) << 32 | UInt64(right[index + 1].value)
            if pairs.contains(pair) { shared.insert(pair) }
        }
        return shared.count
    }
}
