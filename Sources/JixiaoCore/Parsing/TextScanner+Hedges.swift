/// Words that make a number an estimate rather than a measured value: `约 300 家`, `近300家`,
/// `95%左右`, `300家上下`, `预计完成 300 家`. `300余家` and `300多家` (more than) are not hedges.
extension TextScanner {
    /// The hedge of the number written from `start` to `end`, if any.
    ///
    /// `左右` or `上下` right after it (not `上下游`); `大约 将近 接近 约 近` right before it, perhaps
    /// through `为 有 达 达到 计 占 于` (`约为 95%`), but not inside a word (`节约`, `预约`, `最近`,
    /// `附近`, `近3年`); `预计 估计 预估` earlier in its sentence.
    func hedge(before start: Int, after end: Int, unit: MeasureUnit?) -> String? {
        if Self.matches(Self.aroundWord, in: scalars, at: end) { return "左右" }
        if Self.matches(Self.upDownWord, in: scalars, at: end),
           !(at(end + Self.upDownWord.count).map { Self.upDownCompounds.contains($0) } ?? false) {
            return "上下"
        }
        var ends = [start]
        for filler in Self.hedgeFillers where Self.matches(filler, in: scalars, at: start - filler.count) {
            ends.append(start - filler.count)
        }
        for wordEnd in ends {
            for word in Self.approximationWords where Self.matches(word, in: scalars, at: wordEnd - word.count) {
                let before = at(wordEnd - word.count - 1)
                if word == Self.aboutWord, let before, Self.aboutCompounds.contains(before) { continue }
                if word == Self.nearWord {
                    if let before, Self.nearCompounds.contains(before) { continue }
                    if unit?.dimension == .duration { continue }
                }
                return Self.string(word[...])
            }
        }
        // A forecast governs its sentence: look back to its start, a bounded distance.
        var index = start - 1
        let limit = max(0, start - 48)
        while index >= limit, let scalar = at(index), !Self.sentenceEnds.contains(scalar) {
            for word in Self.forecastWords where Self.matches(word, in: scalars, at: index) && index + word.count <= start {
                if isForecastNoun(at: index + word.count) { continue }
                return Self.string(word[...])
            }
            index -= 1
        }
        return nil
    }

    /// Whether a forecast word at an end names a goal (`预计目标`, `预计效果`), not a forecast.
    func isForecastNoun(at end: Int) -> Bool {
        Self.forecastNouns.contains { Self.matches($0, in: scalars, at: end) }
    }

    private static func list(_ words: [String]) -> [[Unicode.Scalar]] {
        words.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    }

    private static let aroundWord = Array("左右".unicodeScalars)
    private static let upDownWord = Array("上下".unicodeScalars)
    /// `上下游`, `上下级`, `上下班`: words, not a hedge.
    private static let upDownCompounds: Set<Unicode.Scalar> = ["游", "级", "班", "文", "车", "联", "学", "贯", "水"]
    private static let aboutWord = Array("约".unicodeScalars)
    private static let nearWord = Array("近".unicodeScalars)
    /// Longest first, so `大约` and `接近` win over `约` and `近`.
    static let approximationWords = list(["大约", "将近", "接近", "约", "近"])
    private static let hedgeFillers = list(["为", "有", "达", "达到", "计", "占", "于", "是"])
    /// `节约 签约 预约 制约 …`: 约 closing a word.
    private static let aboutCompounds: Set<Unicode.Scalar> = [
        "节", "签", "预", "制", "契", "条", "履", "违", "集", "特", "相", "邀", "毁", "失", "践", "赴", "守", "婚",
        "和", "盟", "租", "合", "公", "隐", "简", "大",
    ]
    /// `最近 附近 邻近 靠近 …`: 近 closing a word.
    private static let nearCompounds: Set<Unicode.Scalar> = ["最", "附", "邻", "靠", "亲", "贴", "就", "临", "将", "接", "远", "新"]
    static let forecastWords = list(["预计", "估计", "预估"])
    private static let forecastNouns = list(["目标", "指标", "效果", "要求", "计划", "任务", "成效"])
    private static let sentenceEnds: Set<Unicode.Scalar> = ["。", "；", ";", "!", "！", "?", "？"]
}
