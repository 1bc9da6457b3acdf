/// Dates written without their year (`上半年开工`, `年内支付完毕`, `第三季度前`, `12月底前`, `次年3月`), given the
/// report's year: a self-evaluation is of one budget year, so a period it names without a year is of
/// that year, and 次年 is the year after it. The text is rewritten with the year written in
/// (`2023年上半年开工`), and the scanner reads it as it reads any date.
enum RelativeDates {
    /// Words for the report's own year, and for the years after and before it.
    static let thisYear = ["本年度", "当年度", "本年", "当年", "今年"]
    static let nextYear = ["下一年度", "下一年", "下年度", "次年", "翌年", "明年"]
    /// Periods of a year that stand without one: they take the report's year.
    static let periods = ["上半年", "下半年", "第一季度", "第二季度", "第三季度", "第四季度", "一季度", "二季度", "三季度", "四季度",
                          "第1季度", "第2季度", "第3季度", "第4季度", "年内", "年底", "年末", "年中"]

    /// The text with each year-less period or relative year written with its year; nil when it names none.
    /// `wholeYear` also reads 全年 as the report's year (for a target, where it is a period, not a count's span).
    static func rewrite(_ text: String, year: Int, wholeYear: Bool = false) -> String? {
        guard text.contains(where: { $0 == "年" || $0 == "季" || $0 == "月" }) else { return nil }
        var out = ""
        let chars = Array(text)
        var i = 0
        var changed = false
        func matches(_ word: String, at index: Int) -> Bool { chars.holds(word, at: index) }
        while i < chars.count {
            let previous = out.last
            let yearBefore = previous == "年" || previous?.isNumber == true
            if let word = nextYear.first(where: { matches($0, at: i) }) {
                // 下年度 ends with 度, which the date reader takes after 年.
                out += "\(year + 1)年" + (word.hasSuffix("度") ? "度" : "")
                i += word.count; changed = true; continue
            }
            if let word = thisYear.first(where: { matches($0, at: i) }) {
                out += "\(year)年" + (word.hasSuffix("度") ? "度" : "")
                i += word.count; changed = true; continue
            }
            if wholeYear, !yearBefore, matches("全年", at: i) {
                out += "\(year)年内"
                i += 2; changed = true; continue
            }
            if !yearBefore, let word = periods.first(where: { matches($0, at: i) }) {
                out += "\(year)年" + (word.hasPrefix("年") ? String(word.dropFirst()) : word)
                i += word.count; changed = true; continue
            }
            // A month without a year: 12月底前, 6月30日前 (not 2023年6月, 3-10月, 第3月).
            if chars[i].isASCII, chars[i].isNumber, previous.map({ !$0.isNumber && !"年-~至到—.第".contains($0) }) ?? true {
                var j = i
                while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
                if j < chars.count, chars[j] == "月", j - i <= 2, let month = Int(String(chars[i..<j])), (1...12).contains(month) {
                    out += "\(year)年" + String(chars[i..<j])
                    i = j; changed = true; continue
                }
                out += String(chars[i..<j])
                i = j; continue
            }
            out.append(chars[i])
            i += 1
        }
        return changed ? out : nil
    }
}
