/// The names of the two upper levels of an indicator table as forms print them, so a text row can
/// tell its 一级指标 and 二级指标 from the indicator's own name.
enum LevelWords {
    static let level1: [String] = ["产出指标", "效益指标", "满意度指标", "成本指标", "产出", "效益", "满意度", "成本"]
    static let level2: [String] = [
        "数量指标", "质量指标", "时效指标", "成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标",
        "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标", "满意度指标",
        "经济效益", "社会效益", "生态效益", "可持续影响", "服务对象满意度", "社会公众满意度指标", "社会公众满意度",
    ]

    /// Whether a word is a 二级指标 name (a weight after it, `数量指标(20分)`, is allowed).
    static func isLevel2(_ word: String) -> Bool { level2.contains(strip(word)) }
    static func isLevel1(_ word: String) -> Bool { level1.contains(strip(word)) }

    /// Whether a word begins a level name without completing it (`可持续影`, `满意度指`): the rest wrapped.
    static func isPartial(_ word: String) -> Bool {
        let w = strip(word)
        guard w.count >= 2 else { return false }
        return (level1 + level2).contains { $0.hasPrefix(w) && $0 != w }
    }

    /// The word without a weight in parentheses (`产出指标(50分)` → `产出指标`).
    static func strip(_ word: String) -> String {
        let (label, _) = LabelText.splitWeight(word)
        return label
    }
}
