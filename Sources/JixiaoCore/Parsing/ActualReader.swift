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
    }

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
        }
        let mentions = scanner.mentions()
        switch target.kind {
        case .deadline:
            actual.date = mentions.compactMap(\.date).last
            actual.summary = actual.date?.text ?? actual.completionWord ?? TargetReader.abbreviated(scanner.string, limit: 24)
        case .qualitative, .empty:
            actual.summary = actual.completionWord ?? TargetReader.abbreviated(scanner.string, limit: 24)
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
                        unitFromTarget: unitFromTarget, falls: mention.falls)
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

        var chosen = [ActualValue?](repeating: nil, count: clauses.count)
        let usable = values.filter { usableStarts.contains($0.start) }
        if clauses.count > 1, usable.count == clauses.count {
            let inOrder = usable.enumerated().map { offset, mention in
                ranked[offset].first { $0.mention.start == mention.start }?.value(in: scanner)
            }
            if inOrder.allSatisfy({ $0 != nil }) { chosen = inOrder }
        }
        // A number answers one clause only.
        var used = Set<Int>()
        for (index, clause) in clauses.enumerated() where chosen[index] == nil {
            let open = ranked[index].filter { !used.contains($0.mention.start) }
            switch pick(open, clause: clause, byLabel: clauses.count > 1, scanner: scanner) {
            case .one(let candidate):
                chosen[index] = candidate.value(in: scanner)
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
        actual.values = chosen
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
