/// Finds the completion word of an actual: partial words first (基本完成 contains 完成), then
/// negations (未完成), then words of achievement.
enum CompletionReader {
    /// The completion an actual states, and the word that states it.
    struct Reading: Equatable {
        var completion: Completion
        var word: String
    }

    /// The completion stated by a word of the text; nil when it states none.
    static func read(_ scanner: TextScanner) -> Reading? {
        if let word = partialWord(in: scanner) { return Reading(completion: .partial, word: word) }
        if let word = negation(in: scanner) { return Reading(completion: .notAchieved, word: word) }
        if let word = yesOrNo(in: scanner) { return Reading(completion: word == "是" ? .achieved : .notAchieved, word: word) }
        if let word = first(of: achievedWords, in: scanner, notFollowedBy: rateMarks) {
            return Reading(completion: .achieved, word: word)
        }
        if let phrase = donePhrase(in: scanner) { return Reading(completion: .achieved, word: phrase) }
        return nil
    }

    /// `已` with the verb it governs, as one word: `已全部拨付`, `已拨付到位`, `已经验收`. A bare `已`
    /// is no completion word; the phrase runs over ideographs up to a separator, a digit or 8 scalars.
    static func donePhrase(in scanner: TextScanner) -> String? {
        var from = 0
        while let index = scanner.firstIndex(of: already, from: from) {
            from = index + 1
            var end = index + 1
            while end - index < 8, let scalar = scanner.at(end), scalar.properties.isIdeographic,
                  !TextScanner.separators.contains(scalar) {
                end += 1
            }
            let phrase = scanner.text(index, end)
            if end - index >= 2, phrase != "已经" { return phrase }
        }
        return nil
    }

    private static let already = Array("已".unicodeScalars)

    /// A negation anywhere in the text (`未`, `没有`, `尚未`, `不足`, `否`), leaving out `未来`, `是否`,
    /// and an absence that is itself the achievement (`未发生安全事故`, `没有出现`, `未超预算`,
    /// `没有接到投诉`).
    static func negation(in scanner: TextScanner) -> String? {
        let absent = absences(in: scanner)
        if let word = first(of: negationWords, in: scanner, outside: absent, skip: { isDoublyNegated($0, in: scanner) }) {
            return word
        }
        if isWhole(scanner.scalars, oneOf: noneWords) { return "无" }
        return charNegations(in: scanner, outside: absent).first?.word
    }

    /// `未`, `没有` and `否` where they negate, in order: not `未来`, `是否`, `未发生…`, `没有出现…`,
    /// nor inside an absence of an incident.
    private static func charNegations(in scanner: TextScanner, outside absent: [Range<Int>]) -> [(word: String, index: Int)] {
        var found: [(word: String, index: Int)] = []
        for (index, scalar) in scanner.scalars.enumerated() {
            switch scalar {
            case "未":
                if let next = scanner.at(index + 1), next == "来" || goodAbsence.contains(next) { continue }
                if inside(index, absent) || isDoublyNegated(index, in: scanner) { continue }
                found.append(("未", index))
            case "没" where scanner.at(index + 1) == "有":
                if let next = scanner.at(index + 2), goodAbsence.contains(next) { continue }
                if inside(index, absent) { continue }
                found.append(("没有", index))
            case "否":
                if let previous = scanner.at(index - 1), questionBefore.contains(previous) { continue }
                found.append(("否", index))
            default:
                continue
            }
        }
        return found
    }

    // MARK: - Qualifiers of a number

    /// A word that qualifies the number of an actual — a negation, a partial completion or a
    /// shortfall (`100%（部分项目未验收）`, `95%，但仍有2家未完成`) — with the clause it stands in.
    ///
    /// Left out: absences that are the achievement (`未发生事故`, `无投诉`), a word naming a rate
    /// (`不合格率 2%`), and a word the indicator's name or target also uses (`未达标企业整改数量`):
    /// there it names what is measured.
    static func qualifier(in scanner: TextScanner, context: [String]) -> (word: String, clause: String)? {
        let absent = absences(in: scanner)
        var found: [(word: String, index: Int)] = []
        // One pass: at each place, the longest qualifying word that starts there.
        let scalars = scanner.scalars
        for index in scalars.indices {
            guard let words = qualifierWords[scalars[index]],
                  let match = words.first(where: { TextScanner.matches($0.word, in: scalars, at: index) }) else { continue }
            if match.isShortfall {
                if isNegated(index, in: scanner) { continue }
            } else if inside(index, absent) || isDoublyNegated(index, in: scanner) {
                continue
            }
            found.append((TextScanner.string(match.word[...]), index))
        }
        found += charNegations(in: scanner, outside: absent)
        guard !found.isEmpty else { return nil }
        let phrases = Phrases(context)
        let ordered = found.sorted {
            $0.index != $1.index ? $0.index < $1.index : $0.word.unicodeScalars.count > $1.word.unicodeScalars.count
        }
        guard let first = ordered.first(where: { !namesARate(from: $0.index, in: scanner) && !phrases.uses($0.word, at: $0.index, in: scanner) })
        else { return nil }
        return (first.word, clause(around: first.index, in: scanner))
    }

    /// The short phrases (2 to 6 scalars) of the name and target, to tell a word they use.
    private struct Phrases {
        var set = Set<[Unicode.Scalar]>()

        init(_ texts: [String]) {
            for text in texts {
                let scalars = TextNormalizer.normalize(text)
                for start in scalars.indices {
                    for length in 2...6 where start + length <= scalars.count {
                        set.insert(Array(scalars[start..<(start + length)]))
                    }
                }
            }
        }

        /// Whether the word at `index` (a one-scalar word with the scalar after it) is one of them.
        func uses(_ word: String, at index: Int, in scanner: TextScanner) -> Bool {
            let length = min(6, max(2, word.unicodeScalars.count))
            guard index + length <= scanner.scalars.count else { return false }
            return set.contains(Array(scanner.scalars[index..<(index + length)]))
        }
    }

    /// The clause around `index`: between separators or parentheses, at most 40 scalars each way.
    static func clause(around index: Int, in scanner: TextScanner) -> String {
        let stops = TextScanner.separators.union(["(", ")", "[", "]"])
        var start = index
        while start > 0, index - start < 40, let previous = scanner.at(start - 1), !stops.contains(previous) { start -= 1 }
        var end = index
        while end < scanner.scalars.count, end - index < 40, let scalar = scanner.at(end), !stops.contains(scalar) { end += 1 }
        return scanner.text(start, end)
    }

    /// Whether the word starts a phrase naming a rate (`不合格率`, `未完成率`): an ideograph run with 率.
    private static func namesARate(from index: Int, in scanner: TextScanner) -> Bool {
        var position = index
        while position < index + 7, let scalar = scanner.at(position), scalar.properties.isIdeographic {
            if scalar == "率" { return true }
            position += 1
        }
        return false
    }

    /// Whether a negation is itself denied (`不存在未完成项目`, `无未验收项目`): the whole is affirmative.
    private static func isDoublyNegated(_ index: Int, in scanner: TextScanner) -> Bool {
        doubleNegators.contains { TextScanner.matches($0, in: scanner.scalars, at: index - $0.count) }
    }

    /// Whether a negator stands right before `index` (`未延期`, `无滞后`, `不存在差距`).
    private static func isNegated(_ index: Int, in scanner: TextScanner) -> Bool {
        guard let previous = scanner.at(index - 1) else { return false }
        return ["未", "无", "不", "非", "没", "有"].contains(previous) && !(previous == "有" && scanner.at(index - 2) != "没")
    }

    // MARK: - Absences

    /// Where a negation governs a word for an incident in its clause, which is the achievement:
    /// `未发生安全事故`, `无投诉`, `零事故`, `没有接到投诉`, `杜绝违规`, `不存在问题`. Not when a verb of
    /// handling comes between (`未整改问题`, `未消除隐患`: something is left undone), nor `无法`.
    static func absences(in scanner: TextScanner) -> [Range<Int>] {
        absencePhrases(in: scanner).map(\.range)
    }

    /// The absences with the incident word each names.
    static func absencePhrases(in scanner: TextScanner) -> [(range: Range<Int>, incident: String)] {
        var ranges: [(range: Range<Int>, incident: String)] = []
        let scalars = scanner.scalars
        var index = 0
        while index < scalars.count {
            guard absenceHeads.contains(scalars[index]),
                  let marker = absenceMarkers.first(where: { TextScanner.matches($0, in: scalars, at: index) }) else {
                index += 1
                continue
            }
            let afterMarker = index + marker.count
            if marker == ["无"], let next = scanner.at(afterMarker), noneCompounds.contains(next) { index += 1; continue }
            if marker == ["未"], scanner.at(afterMarker) == "来" { index += 1; continue }
            let reach = marker == ["零"] ? 1 : 12
            var position = afterMarker
            var end: Int?
            var incident = ""
            while position < afterMarker + reach, position < scalars.count, !TextScanner.separators.contains(scalars[position]),
                  scalars[position] != "(", scalars[position] != ")" {
                if handlingVerbs.contains(where: { TextScanner.matches($0, in: scalars, at: position) }) { break }
                if let word = incidentWords.first(where: { TextScanner.matches($0, in: scalars, at: position) }) {
                    end = position + word.count
                    incident = TextScanner.string(word[...])
                    break
                }
                position += 1
            }
            if let end {
                ranges.append((index..<end, incident))
                index = end
            } else {
                index += 1
            }
        }
        return ranges
    }

    /// Whether the whole answer is a word of absence (`无`, `零`, `未发生`, `没有`).
    static func isWholeAbsence(_ scanner: TextScanner) -> Bool {
        isWhole(scanner.scalars, oneOf: wholeAbsenceWords)
    }

    /// A statement that a ceiling was kept (`未超出预算`, `没有超过`), for a ceiling target.
    static func withinLimit(in scanner: TextScanner) -> String? {
        first(of: withinLimitWords, in: scanner)
    }

    private static func inside(_ index: Int, _ ranges: [Range<Int>]) -> Bool {
        ranges.contains { $0.contains(index) }
    }

    /// The words of a qualifier by their first scalar, longest first: negations and partial words,
    /// and words of shortfall.
    private static let qualifierWords: [Unicode.Scalar: [(word: [Unicode.Scalar], isShortfall: Bool)]] = {
        var table: [Unicode.Scalar: [(word: [Unicode.Scalar], isShortfall: Bool)]] = [:]
        let all = (negationWords + partialWords).map { ($0, false) } + shortfallWords.map { ($0, true) }
        for (word, isShortfall) in all {
            guard let head = word.first else { continue }
            table[head, default: []].append((word, isShortfall))
        }
        return table.mapValues { $0.sorted { $0.word.count > $1.word.count } }
    }()

    /// `是` or `否` as the whole answer, at its start (`是，…`) or in final parentheses (`…（是）`).
    private static func yesOrNo(in scanner: TextScanner) -> String? {
        var scalars = scanner.scalars
        while let last = scalars.last, TextScanner.separators.contains(last) { scalars.removeLast() }
        guard let first = scalars.first else { return nil }
        if scalars.count == 1, first == "是" { return "是" }
        if scalars.count >= 2, first == "是", TextScanner.separators.contains(scalars[1]) { return "是" }
        if scalars.count >= 3, scalars[scalars.count - 1] == ")", scalars[scalars.count - 3] == "(" {
            if scalars[scalars.count - 2] == "是" { return "是" }
        }
        return nil
    }

    /// The first of `words` the text contains, skipping places where one of `marks` follows it
    /// (`完成率`, `完成度` name a rate, not a completion).
    /// The first word of partial completion that means it: not 正在 inside 真正在, 初步 of 初步设计 (a stage's
    /// document), 起步 of 起步区; and not one that the same clause closes with completion (`持续推进并全面完成`).
    static func partialWord(in scanner: TextScanner) -> String? {
        first(of: partialWords, in: scanner, skip: { index in
            if scanner.at(index - 1) == "真", TextScanner.matches(Self.underWay, in: scanner.scalars, at: index) { return true }
            if TextScanner.matches(Self.preliminaryDesign, in: scanner.scalars, at: index) || TextScanner.matches(Self.startZone, in: scanner.scalars, at: index) { return true }
            // Completion later in the clause closes the progress.
            var k = index + 1
            while let scalar = scanner.at(k), !TextScanner.separators.contains(scalar) {
                if Self.completeness.contains(where: { TextScanner.matches($0, in: scanner.scalars, at: k) }),
                   scanner.at(k - 1) != "未", scanner.at(k - 1) != "不" { return true }
                k += 1
            }
            return false
        })
    }

    private static let underWay = Array("正在".unicodeScalars)
    private static let preliminaryDesign = Array("初步设计".unicodeScalars)
    private static let startZone = Array("起步区".unicodeScalars)
    private static let completeness = list(["全面完成", "全部完成", "已完成", "全面建成", "全部建成", "如期完成", "按期完成"])

    private static func first(
        of words: [[Unicode.Scalar]], in scanner: TextScanner, notFollowedBy marks: Set<Unicode.Scalar> = [],
        outside absent: [Range<Int>] = [], skip: (Int) -> Bool = { _ in false }
    ) -> String? {
        for word in words {
            var from = 0
            while let index = scanner.firstIndex(of: word, from: from) {
                if let next = scanner.at(index + word.count), marks.contains(next) {
                    from = index + 1
                    continue
                }
                if inside(index, absent) || skip(index) {
                    from = index + 1
                    continue
                }
                return TextScanner.string(word[...])
            }
        }
        return nil
    }

    private static func isWhole(_ scalars: [Unicode.Scalar], oneOf words: [[Unicode.Scalar]]) -> Bool {
        var trimmed = scalars
        while let last = trimmed.last, TextScanner.separators.contains(last) { trimmed.removeLast() }
        return words.contains(trimmed)
    }

    private static func list(_ words: [String]) -> [[Unicode.Scalar]] {
        words.map { Array($0.unicodeScalars) }
    }

    static let partialWords = list([
        "阶段性完成", "阶段完成", "基本完成", "部分完成", "部分达成", "部分实现", "部分达到", "部分达标",
        "基本达成", "基本实现", "基本达到", "基本达标", "初步完成", "初步实现", "未全部完成", "未完全完成",
        "未全部达成", "正在推进", "推进中", "进行中", "实施中", "建设中",
        // Progress, not completion: an action under way (正在…, 逐步…, …中), begun (已启动, 开工, 着手),
        // pushed forward (推进 with how: 稳步, 有序, 持续, 积极, 加快, 扎实), or done in part (初步, 初具, 部分建成).
        "正在", "逐步", "初步", "初具", "部分建成", "部分完善", "已启动", "启动实施", "开工建设", "已开工", "着手", "起步",
        "稳步推进", "有序推进", "持续推进", "积极推进", "加快推进", "扎实推进", "筹备中", "完善中", "推进阶段",
        // Done in the main (基本 before a verb of completion, not 基本公共卫生), under way (…中), pending (待…),
        // on trial (试运行), or only taking shape (雏形, 初见成效).
        "基本建成", "基本到位", "基本落实", "基本覆盖", "基本形成", "基本解决", "基本满足", "基本完善", "基本具备", "基本消除",
        "开展中", "办理中", "审批中", "审核中", "施工中", "整改中", "招标中", "采购中", "调试中", "验收中", "编制中", "落实中",
        "待验收", "待终验", "待审核", "待审计", "待支付", "待拨付", "待结算", "待决算", "待完成", "待整改", "待落实", "待批复",
        "待办理", "尚待", "有待", "试运行", "试点阶段", "雏形", "初现", "初见成效",
    ])
    static let negationWords = list([
        "未完成", "未达成", "未达到", "未实现", "未达标", "未能", "尚未", "不足", "不达标", "不合格", "不及时", "不符合",
        "不满意", "没有完成", "没有达到",
    ])
    /// What may follow 未 or 没有 when the absence is the good outcome (未发生, 未出现, 未超出, 未违反…).
    private static let goodAbsence: Set<Unicode.Scalar> = ["发", "出", "超", "违", "突", "造", "收", "受", "逾", "延"]
    private static let noneWords = list(["无", "暂无"])
    /// Words of a shortfall besides the negations: something is left undone or late.
    static let shortfallWords = list([
        "仍有", "尚有", "尚存", "仍存在", "还存在", "滞后", "延期", "推迟", "不到位", "不到", "差距", "欠缺", "缺口",
    ])
    private static let doubleNegators = list(["不存在", "没有", "无", "杜绝", "均无"])
    private static let absenceMarkers = list(["不存在", "杜绝", "没有", "未", "无", "零"])
    private static let absenceHeads = Set(absenceMarkers.compactMap(\.first))
    /// `无法`, `无从`, `无需`: not an absence.
    private static let noneCompounds: Set<Unicode.Scalar> = ["法", "从", "需", "须"]
    private static let wholeAbsenceWords = list(["无", "暂无", "零", "未发生", "未出现", "没有", "没有发生", "没有出现", "均未发生"])
    static let incidentNames = [
        "事故", "投诉", "违规", "违纪", "违法", "差错", "错误", "问题", "纠纷", "信访", "上访", "舆情", "失误", "事件",
        "案件", "隐患", "缺陷", "返工", "泄密", "索赔", "伤亡", "险情", "故障",
    ]
    static let incidentWords = list(incidentNames)
    /// A verb of handling between a negation and an incident leaves something undone (`未整改问题`).
    private static let handlingVerbs = list([
        "解决", "整改", "处理", "处置", "查处", "落实", "办结", "销号", "化解", "完成", "排查", "消除", "处罚", "上报", "报告",
    ])
    private static let withinLimitWords = list(["未超出", "未超过", "未超支", "未超预算", "未超标", "没有超出", "没有超过", "未突破", "不超预算", "控制在预算内", "控制在预算范围内", "在预算范围内", "符合预算要求"])
    private static let rateMarks: Set<Unicode.Scalar> = ["率", "度", "值", "情", "数", "量"]
    private static let questionBefore: Set<Unicode.Scalar> = ["是", "与", "能", "可", "或", "/"]
    static let achievedWords = list([
        "已完成", "按时完成", "按期完成", "如期完成", "全部完成", "超额完成", "完成", "达成", "达到预期", "已达标",
        "达到目标", "达到要求", "达到标准", "符合要求", "满足要求",
        "达标", "已实现", "实现", "有效", "显著", "按时", "按期", "如期", "及时", "合格", "通过", "良好",
    ])
}
