/// Words of degree in qualitative texts: a target that asks for a strong effect (`显著提升`,
/// `有效促进`, `全面完成`) is only partly met by an actual that reports a weaker one (`有所提升`,
/// `取得一定成效`, `初步显现`); and words of forecast (`预计`, `估计`) that state no result yet.
enum DegreeReader {
    /// The first strong degree word of a text, not negated (`无明显下降` asks for no strong change).
    static func strong(in scanner: TextScanner) -> String? {
        first(of: strongWords, in: scanner) { index, _ in
            guard let previous = scanner.at(index - 1) else { return true }
            return !negators.contains(previous)
        }
    }

    /// The first weak degree word of a text (`部分` but not `大部分`).
    static func weak(in scanner: TextScanner) -> String? {
        first(of: weakWords, in: scanner) { index, word in
            if word == partWord, scanner.at(index - 1) == "大" { return false }
            if word == certainWord, scanner.at(index - 1) == "不" { return false }
            return true
        }
    }

    /// The first word of forecast (`预计`, `估计`, `预估`).
    static func forecast(in scanner: TextScanner) -> String? {
        first(of: TextScanner.forecastWords, in: scanner) { index, word in !scanner.isForecastNoun(at: index + word.count) }
    }

    private static func first(
        of words: [[Unicode.Scalar]], in scanner: TextScanner, where accept: (Int, [Unicode.Scalar]) -> Bool
    ) -> String? {
        var best: (index: Int, word: [Unicode.Scalar])?
        for word in words {
            var from = 0
            while let index = scanner.firstIndex(of: word, from: from) {
                if accept(index, word) {
                    if best.map({ index < $0.index }) ?? true { best = (index, word) }
                    break
                }
                from = index + 1
            }
        }
        return best.map { TextScanner.string($0.word[...]) }
    }

    private static func list(_ words: [String]) -> [[Unicode.Scalar]] {
        words.map { Array($0.unicodeScalars) }
    }

    static let strongWords = list([
        "显著", "明显", "大幅", "全面", "有效", "极大", "大大", "充分", "切实", "有力", "大力", "根本",
    ])
    static let weakWords = list([
        "有所", "一定", "初步", "稍有", "略有", "部分", "逐步", "小幅", "略微", "稍微",
    ])
    private static let partWord = Array("部分".unicodeScalars)
    private static let certainWord = Array("一定".unicodeScalars)
    private static let negators: Set<Unicode.Scalar> = ["无", "不", "未", "没", "非"]
}
