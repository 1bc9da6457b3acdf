/// Reads a target text (目标值) into its kind and conditions.
///
/// Numbers that are years, dates, ordinals, proportions or identifiers are set aside, and so
/// are numbers that name the subject: one the indicator's name also contains, or, in a clause
/// where exactly one number carries a comparator, the others (`获得奖补的 3家企业…超过 5000 万元`).
/// What remains decides the kind: one number is positive, reverse, equal or a range; several
/// are a compound; none with a date is a deadline; none at all is qualitative.
enum TargetReader {
    static func read(_ text: String, name: IndicatorName, category: Category?) -> ParsedTarget {
        let scanner = TextScanner(text)
        var target = ParsedTarget(
            kind: .empty, summary: "（空）", clauses: [], deadline: nil, subjects: [],
            asksYesNo: name.asksYesNo, text: scanner.string
        )
        guard !isPlaceholder(scanner) else { return target }

        let mentions = scanner.mentions()
        let (values, subjects) = separateSubjects(mentions.filter { $0.role == .value }, name: name)
        target.subjects = subjects.map { $0.quantity(inheriting: name.unit) }

        if !values.isEmpty {
            target.clauses = values.map { clause(from: $0, in: scanner, name: name, category: category) }
            if target.clauses.count == 1 {
                target.kind = target.clauses[0].kind
                target.summary = target.clauses[0].summary
            } else {
                target.kind = .compound
                target.summary = String(target.clauses.count) + " 项条件："
                    + target.clauses.map(\.summary).joined(separator: "；")
            }
            return target
        }
        if let deadline = mentions.compactMap(\.date).last {
            target.kind = .deadline
            target.deadline = deadline
            target.summary = deadline.latest.description + " 前"
            return target
        }
        target.kind = .qualitative
        target.asksYesNo = name.asksYesNo || target.text == "是" || target.text.hasPrefix("是/否")
        target.summary = "定性：" + abbreviated(scanner.string, limit: 24)
        return target
    }

    /// Splits value mentions into the measured ones and those naming the subject.
    ///
    /// When every value would be a subject, none is: a name that repeats its target
    /// (`打造 1 个平台` with target `1个`) still has a target.
    static func separateSubjects(_ values: [Mention], name: IndicatorName) -> (values: [Mention], subjects: [Mention]) {
        var subjectIndices = Set<Int>()
        for (index, mention) in values.enumerated() where mention.hasOwnUnit && name.subjectKeys.contains(mention.subjectKey) {
            subjectIndices.insert(index)
        }
        var byClause: [Int: [Int]] = [:]
        for (index, mention) in values.enumerated() { byClause[mention.clause, default: []].append(index) }
        for indices in byClause.values where indices.count > 1 {
            let bounded = indices.filter { values[$0].comparator != .none }
            guard bounded.count == 1 else { continue }
            for index in indices where index != bounded[0] { subjectIndices.insert(index) }
        }
        guard subjectIndices.count < values.count else { return (values, []) }
        var kept: [Mention] = []
        var subjects: [Mention] = []
        for (index, mention) in values.enumerated() {
            if subjectIndices.contains(index) { subjects.append(mention) } else { kept.append(mention) }
        }
        return (kept, subjects)
    }

    private static func clause(from mention: Mention, in scanner: TextScanner, name: IndicatorName, category: Category?) -> TargetClause {
        let quantity = mention.quantity(inheriting: name.unit)
        let upper = mention.upperQuantity(inheriting: name.unit)
        var comparator = mention.comparator
        if comparator == .none, TextScanner.matches(reach, in: scanner.scalars, at: mention.start - reach.count) {
            comparator = .atLeast
        }
        let kind: TargetKind
        if upper != nil {
            kind = .range
        } else {
            switch comparator {
            case .atLeast, .moreThan: kind = .positive
            case .atMost, .lessThan: kind = .reverse
            case .equal: kind = .equal
            case .none where quantity.value == 0:
                // A bare 0 (安全事故 0 起) means none at all: only 0 meets it.
                kind = .equal
            case .none where category == .cost || name.measuresCost:
                kind = .reverse
            case .none where category == .timeliness && quantity.unit?.dimension == .duration:
                // A time limit (办结时限 5 个工作日) is a ceiling.
                kind = .reverse
            case .none:
                kind = .positive
            }
        }
        let label = label(of: mention, in: scanner)
        // A rate of reduction (成本降低率 ≥ 5%, 降幅, 节约率) measures a decline: a fall of its size meets it.
        // Every such word holds 降, 减, 节 or 幅: looked for first, as most labels hold none.
        let reduction = (label.contains(where: reductionMarks.contains) || name.text.contains(where: reductionMarks.contains))
            && reductionRates.contains { label.contains($0) || name.text.contains($0) }
        return TargetClause(
            kind: kind, comparator: comparator, quantity: quantity, upper: upper,
            label: label, falls: mention.falls || reduction
        )
    }

    static let reductionMarks: Set<Character> = ["降", "减", "节", "幅"]
    /// Names of a measure that is itself a decline.
    static let reductionRates = ["降低率", "下降率", "减少率", "降幅", "下降幅度", "节约率", "压减率", "节支率", "降低幅度"]

    /// The words before a number in its clause, at most 16 scalars.
    /// A number inside parentheses (`3项（其中1项在建）`) has the words after the opening one:
    /// `其中`, never `3项(其中`.
    static func label(of mention: Mention, in scanner: TextScanner) -> String {
        let end = mention.start
        var start = max(mention.clauseStart, end - 16)
        var depth = 0
        var index = end - 1
        while index >= start {
            if let scalar = scanner.at(index) {
                if TextScanner.closingBrackets.contains(scalar) {
                    depth += 1
                } else if TextScanner.openingBrackets.contains(scalar) {
                    if depth == 0 { start = index + 1; break }
                    depth -= 1
                }
            }
            index -= 1
        }
        return scanner.text(start, end)
    }

    /// Whether the text holds nothing but punctuation or a word for "none" (`/`, `—`, `无`).
    static func isPlaceholder(_ scanner: TextScanner) -> Bool {
        let text = scanner.string
        return placeholderWords.contains(text) || !scanner.hasContent
    }

    /// The first `limit` scalars of a text, with `…` when it was cut.
    static func abbreviated(_ text: String, limit: Int) -> String {
        let scalars = text.unicodeScalars
        guard let cut = scalars.index(scalars.startIndex, offsetBy: limit, limitedBy: scalars.endIndex),
              cut != scalars.endIndex else { return text }
        return String(scalars[..<cut]) + "…"
    }

    /// `达到 90%` in a target is a floor; in an actual it only reports the value reached.
    private static let reach = Array("达到".unicodeScalars)
    private static let placeholderWords: Set<String> = ["无", "暂无", "不适用", "未设置", "N/A", "NA", "n/a"]
}
