import Foundation

/// What a piece of table text looks like: a value (a number with its unit, a target with its
/// comparator, a date), a placeholder for an empty cell, or words.
///
/// The rules follow how 目标值 and 实际完成值 are written in published tables: an optional
/// comparator (≥, 不少于, 不低于…), a number or a range (`2-3`), an optional short unit (家, 个, %, 万元,
/// 人次, 年上半年) and an optional bound word (以上, 以下, 以内, 前). A unit longer than four characters
/// is words, not a unit (`1家骨干企业`).
enum CellText {
    static let comparators = ["≥", "≤", "＞", "＜", ">", "<", "=", "＝", "≧", "≦", "不少于", "不低于", "不高于", "不超过", "不大于",
                              "不小于", "大于", "小于", "超过", "高于", "低于", "达到", "约"]
    static let boundWords = ["及以上", "以上", "以下", "以内", "之内", "之前", "前", "内", "左右"]
    /// What stands in a cell that has nothing to say (the reason column of a met row).
    static let placeholders: Set<String> = ["/", "／", "-", "—", "--", "——", "－", "–", "…", "……", "无", "\\"]

    /// A whole value: `3家`, `≥20 家`, `不少于 330 家`, `2-3 家`, `90%以上`, `2023 年前`, `5.7`.
    static func isValue(_ text: String) -> Bool {
        // A date or deadline: 2023年12月前, 2024年6月底, 2023年度内.
        if !TextPattern.matches(#"^(?:(?:在|于)\s*)?\d{4}\s*年(?:度)?(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?:前|底|末|内|以前|之前|以内|上半年|下半年|年底|年末)?$"#, in: text.trimmed).isEmpty {
            return true
        }
        var rest = Substring(text.trimmed)
        for word in comparators where rest.hasPrefix(word) {
            rest = rest.dropFirst(word.count)
            break
        }
        rest = rest.drop(while: \.isWhitespace)
        guard number(&rest) else { return false }
        let mark = rest
        rest = rest.drop(while: \.isWhitespace)
        if let dash = rest.first, "-~～—至到".contains(dash) {
            var after = rest.dropFirst().drop(while: \.isWhitespace)
            if number(&after) { rest = after } else { rest = mark }
        }
        rest = rest.drop(while: \.isWhitespace)
        for word in boundWords where rest.hasSuffix(word) {
            rest = rest.dropLast(word.count)
            break
        }
        rest = Substring(String(rest).trimmed)
        guard rest.count <= 4 else { return false }
        return rest.allSatisfy { !($0.isASCII && $0.isNumber) && !$0.isWhitespace && !"，。；：".contains($0) }
    }

    /// A bare unit that a number before it takes (`家`, `万元`, `人次`, `家以上`).
    static func isUnit(_ text: String) -> Bool {
        let t = text.trimmed
        guard !t.isEmpty, t.count <= 4, !t.contains(where: { $0.isASCII && $0.isNumber || "，。；：、（）()".contains($0) }) else { return false }
        if placeholders.contains(t) { return false }
        // 万条, 亿元, 千人次: a unit with a magnitude before it.
        let bare = ["万", "亿", "千", "百"].contains(where: { t.hasPrefix($0) }) && t.count > 1 ? String(t.dropFirst()) : t
        return units.contains(bare) || boundWords.contains(where: { bare.hasSuffix($0) && units.contains(String(bare.dropLast($0.count))) })
            || t.hasPrefix("年")
    }

    static let units: Set<String> = ["家", "个", "项", "人", "人次", "次", "场", "场次", "所", "台", "套", "件", "份", "篇", "户", "名",
                                     "笔", "元", "万元", "亿元", "千元", "%", "％", "年", "月", "日", "天", "小时", "公里", "千米", "米",
                                     "平方米", "亩", "吨", "座", "条", "处", "批", "期", "册", "本", "张", "辆", "部", "间", "宗", "起",
                                     "例", "家次", "个百分点", "百分点", "分", "度", "千瓦", "瓦", "栋", "节", "门", "课时", "学时", "册次",
                                     "平方公里", "公顷", "立方米", "kg", "t", "GB", "TB", ""]

    /// Reads a number (digits, a thousands comma, a decimal point) at the front of `text`.
    private static func number(_ text: inout Substring) -> Bool {
        var i = text.startIndex
        var digits = 0
        while i < text.endIndex, text[i].isASCII, text[i].isNumber || ((text[i] == "," || text[i] == ".") && digits > 0) {
            if text[i].isNumber { digits += 1 }
            i = text.index(after: i)
        }
        guard digits > 0 else { return false }
        text = text[i...]
        return true
    }

    /// Whether a line ends a sentence (so a cell wrapped over lines ends there).
    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.trimmed.last else { return false }
        return "。！？!?".contains(last)
    }
}
