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
        if let word = first(of: partialWords, in: scanner) { return Reading(completion: .partial, word: word) }
        if let word = negation(in: scanner) { return Reading(completion: .notAchieved, word: word) }
        if let word = yesOrNo(in: scanner) { return Reading(completion: word == "是" ? .achieved : .notAchieved, word: word) }
        if let word = first(of: achievedWords, in: scanner, notFollowedBy: rateMarks) {
            return Reading(completion: .achieved, word: word)
        }
        return nil
    }

    /// A negation anywhere in the text (`未`, `没有`, `尚未`, `不足`, `否`), leaving out `未来`, `是否`,
    /// and an absence that is itself the achievement (`未发生安全事故`, `没有出现`, `未超预算`).
    static func negation(in scanner: TextScanner) -> String? {
        if let word = first(of: negationWords, in: scanner) { return word }
        let scalars = scanner.scalars
        if isWhole(scalars, oneOf: noneWords) { return "无" }
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "未":
                if let next = scanner.at(index + 1), next == "来" || goodAbsence.contains(next) { continue }
                return "未"
            case "没" where scanner.at(index + 1) == "有":
                if let next = scanner.at(index + 2), goodAbsence.contains(next) { continue }
                return "没有"
            case "否":
                if let previous = scanner.at(index - 1), questionBefore.contains(previous) { continue }
                return "否"
            default:
                continue
            }
        }
        return nil
    }

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
    private static func first(
        of words: [[Unicode.Scalar]], in scanner: TextScanner, notFollowedBy marks: Set<Unicode.Scalar> = []
    ) -> String? {
        for word in words {
            var from = 0
            while let index = scanner.firstIndex(of: word, from: from) {
                if let next = scanner.at(index + word.count), marks.contains(next) {
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
    ])
    static let negationWords = list([
        "未完成", "未达成", "未达到", "未实现", "未达标", "未能", "尚未", "不足", "不达标", "不合格", "不及时", "不符合",
        "不满意", "没有完成", "没有达到",
    ])
    /// What may follow 未 or 没有 when the absence is the good outcome (未发生, 未出现, 未超出, 未违反…).
    private static let goodAbsence: Set<Unicode.Scalar> = ["发", "出", "超", "违", "突", "造", "收", "受", "逾", "延"]
    private static let noneWords = list(["无", "暂无"])
    private static let rateMarks: Set<Unicode.Scalar> = ["率", "度", "值", "情", "数", "量"]
    private static let questionBefore: Set<Unicode.Scalar> = ["是", "与", "能", "可", "或", "/"]
    static let achievedWords = list([
        "已完成", "按时完成", "按期完成", "如期完成", "全部完成", "超额完成", "完成", "达成", "达到预期", "已达标",
        "达标", "已实现", "实现", "已", "有效", "显著", "按时", "按期", "如期", "及时", "合格", "通过", "良好",
    ])
}
