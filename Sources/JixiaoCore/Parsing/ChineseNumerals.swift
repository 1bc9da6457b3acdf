import Foundation

/// Numbers written in Chinese numerals (八个, 十七家, 两所, 一千二百人次, 百分之八十五), rewritten in digits
/// before the scanner reads a text, so a target that holds one is quantitative and an actual that holds
/// one is read.
///
/// A run of numeral characters (零〇一二两三四五六七八九十百千万亿) is a number when it reads as one —
/// digits with their positions (十, 百, 千) within 万 and 亿 sections — and when its place says so:
/// 百分之 before it (a percentage), a comparator before it (不少于, 不低于, 达到, 超过, 约, 共, ≥…), or a measure
/// word after it (个, 家, 所, 场, 人次, 万元…). It is not one after 第 (an ordinal) or inside a word that
/// uses a numeral for its sense (统一, 唯一, 进一步, 一是, 一批, 一般, 之一); a lone 一 needs a comparator or a
/// measure word of a count. Digits with a Chinese multiplier (1.2万, 3千) are left to the units.
enum ChineseNumerals {
    static let digits: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
        // 大写, as money and counts are written where they must not be altered.
        "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8, "玖": 9,
    ]
    static let positions: [Character: Int] = ["十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000]
    static let sections: [Character: Decimal] = ["万": 10_000, "亿": 100_000_000]

    static func isNumeral(_ c: Character) -> Bool { digits[c] != nil || positions[c] != nil || sections[c] != nil }

    /// The numerals' scalars that can start a number, for a quick test of whether a text holds any:
    /// not 万 or 亿, which alone are never one (`万元`, `1.2万` are the units').
    private static let scalars: Set<Unicode.Scalar> = Set("零〇一二两三四五六七八九十百千壹贰貳叁參肆伍陆陸柒捌玖拾佰仟".unicodeScalars)

    /// The value of a run of numerals, or nil when it is not a well-formed number (`十七` 17, `两百` 200,
    /// `一千零五` 1005, `三亿五千万` 350,000,000; `万` alone, `一二` are none). Digits alone with a 〇 or 零 are
    /// read digit by digit (`二〇二〇` 2020, `一〇〇` 100); a last digit right after 百, 千, 万 or 亿 takes the next
    /// lower place, as speech shortens it (`一千二` 1200, `两千五` 2500, `一万二` 12000, `三百五` 350).
    static func value(_ run: Substring) -> Decimal? {
        guard let first = run.first, digits[first] != nil || positions[first] != nil else { return nil }
        if run.count > 1, run.allSatisfy({ digits[$0] != nil }) {
            guard run.contains(where: { digits[$0] == 0 }) else { return nil }
            return run.reduce(Decimal(0)) { $0 * 10 + Decimal(digits[$1] ?? 0) }
        }
        var total: Decimal = 0, section: Decimal = 0, digit: Int?
        var lastPosition = Int.max, lastSection = Decimal.greatestFiniteMagnitude
        var previous: Character?
        var afterZero = false
        for c in run {
            if let d = digits[c] {
                // 一二: no place between two digits, unless a 零 stands for a skipped one (一千零五).
                if let p = previous, digits[p] != nil, !(digits[p] == 0 && afterZero) { return nil }
                afterZero = d == 0 && previous.map { positions[$0] != nil || sections[$0] != nil } == true
                digit = d
            } else if let p = positions[c] {
                guard p < lastPosition || section == 0 && lastPosition == Int.max else { return nil }
                section += Decimal((digit ?? 1) * p)
                digit = nil
                lastPosition = p
            } else if let s = sections[c] {
                guard s < lastSection else { return nil }
                let part = section + Decimal(digit ?? 0)
                guard part > 0 else { return nil }
                total += part * s
                section = 0; digit = nil; lastPosition = Int.max; lastSection = s
            }
            previous = c
        }
        // 一千二, 一万二: a last digit right after a place (not after 十, nor after 零) is of the place below.
        if let last = digit, let p = previous, digits[p] != nil, run.count >= 3 {
            let place = run[run.index(run.endIndex, offsetBy: -2)]
            if let position = positions[place], position >= 100 {
                return total + section + Decimal(last * position / 10)
            }
            if let big = sections[place] {
                return total + section + Decimal(last) * big / 10
            }
        }
        return total + section + Decimal(digit ?? 0)
    }

    /// Words before a number that make it one.
    static let comparators = ["不少于", "不低于", "不高于", "不超过", "不多于", "不大于", "不小于", "大于", "小于", "多于", "少于", "超过", "高于",
                              "低于", "达到", "达", "约", "共", "计", "≥", "≤", ">", "<", "＞", "＜", "=", "为", "完成", "新增", "培训", "开展",
                              "举办", "建成", "建设", "扶持", "资助", "奖励", "支持", "覆盖", "组织", "召开", "发放", "引进", "认定", "选派"]
    /// Measure words after a number that make it one (a count, an amount, a share).
    static let measures: Set<Character> = Set("个家所场次人项件户名天月年元%条处座台套份篇期例辆笔分度起位栋间亩吨米顷册本张部宗届门课节批种类株头只趟")
    /// Measure words a lone 一 takes as a count (一个, 一所); not 一批, 一些, 一次性.
    static let countMeasures: Set<Character> = Set("个家所场人项件户名座台套份篇例辆笔位栋间亩吨册本张部宗届门株头只次起处")
    /// Characters after a run that make it a word, not a number (一是, 一般, 一致, 一体, 一步).
    static let wordAfter: Set<Character> = Set("是般致体步直贯律样同向切旦些带路线站流手揽网道心级等")
    /// Characters after 十, 百 or 千 that make a unit of it (百分之, 百分点, 千米, 千克, 千瓦).
    static let unitAfterPosition: Set<Character> = Set("分米克瓦")
    /// Characters before a run that make it a word (统一, 唯一, 进一步, 万一, 之一, 单一, 同一, 划一, 第一).
    static let wordBefore: Set<Character> = Set("统唯进万之单同划第专逐每其星周礼")

    /// The text with its Chinese-numeral numbers in digits. A final 万 or 亿 stays a word after the
    /// digits (两千五百万元 → 2500万元), as the scanner reads it with its unit; a multiplier after digits
    /// multiplies them (3千户 → 3000户, 8千万元 → 8000万元); 点 and digits after a number are its decimals
    /// (百分之五点八 → 5.8%, 十二点五公里 → 12.5公里).
    static func rewrite(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: scalars.contains) else { return text }
        let chars = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var i = 0
        var changed = false
        while i < chars.count {
            guard isNumeral(chars[i]) else { out.append(chars[i]); i += 1; continue }
            // Set phrases that use numerals for their sense (千家万户, 四个意识, 三严三实) stay words.
            if let phrase = phrasesByFirst[chars[i]]?.first(where: { matches($0, chars, at: i) }) {
                out += phrase
                i += phrase.count
                continue
            }
            var j = i
            while j < chars.count, isNumeral(chars[j]) { j += 1 }
            let run = String(chars[i..<j])
            let after = j < chars.count ? chars[j] : nil
            // 3千, 2.6千, 8千万: a multiplier of the digits before it (1.2万 alone is left to the units;
            // 百分, 千米, 千克 are units).
            if let number = trailingNumber(out), run.allSatisfy({ positions[$0] != nil || sections[$0] != nil }),
               !run.allSatisfy({ sections[$0] != nil }), !(after.map(unitAfterPosition.contains) ?? false) {
                let section = run.last.flatMap { sections[$0] != nil ? $0 : nil }
                let factor = run.dropLast(section == nil ? 0 : 1).reduce(Decimal(1)) { $0 * Decimal(positions[$1] ?? 1) }
                out.removeLast(number.count)
                out += "\(Decimal(string: number)! * factor)" + (section.map(String.init) ?? "")
                i = j
                changed = true
                continue
            }
            // 五点八: decimals after 点, digits only.
            var decimals = ""
            if j + 1 < chars.count, chars[j] == "点", let first = digits[chars[j + 1]], first >= 0 {
                var k = j + 1
                while k < chars.count, let d = digits[chars[k]] { decimals.append(String(d)); k += 1 }
                if value(Substring(run)) != nil { j = k } else { decimals = "" }
            }
            let afterNumber = j < chars.count ? chars[j] : nil
            let number = decimals.isEmpty ? value(Substring(run)).map { "\($0)" } : value(Substring(run)).map { "\($0).\(decimals)" }
            // 百分之八十五: a percentage.
            if endsWith(chars, before: i, Self.percentOf), let number {
                out.removeLast(3)
                out += number + "%"
                i = j
                changed = true
                continue
            }
            // 百分之 / 千分之 introduce a share; they are not numbers themselves.
            let introducesShare = j + 1 < chars.count && chars[j] == "分" && chars[j + 1] == "之"
            let next = j + 1 < chars.count ? chars[j + 1] : nil
            if !introducesShare, let number, decimals.isEmpty ? isNumberHere(run: run, chars, before: i, after: afterNumber, next: next) : true {
                out += keepingSection(run) ?? number
                changed = true
            } else {
                out += run
            }
            i = j
        }
        return changed ? out : text
    }

    private static let percentOf = Array("百分之")
    private static let phrasesByFirst: [Character: [String]] = Dictionary(grouping: setPhrases) { $0.first! }
    private static let comparatorChars = comparators.map(Array.init)

    /// Whether the characters before `index` end with `word`.
    private static func endsWith(_ chars: [Character], before index: Int, _ word: [Character]) -> Bool {
        guard index >= word.count else { return false }
        var k = index - word.count
        for c in word {
            guard chars[k] == c else { return false }
            k += 1
        }
        return true
    }

    /// Phrases of policy and idiom whose numerals are not counts.
    static let setPhrases = [
        "千家万户", "千方百计", "万众一心", "一心一意", "四面八方", "三令五申", "四个意识", "四个自信", "四个全面", "两个维护",
        "两个确立", "两个确保", "三严三实", "五位一体", "两学一做", "三会一课", "五个一", "一网通办", "一网统管", "一件事",
        "一门式", "一窗受理", "一次办", "一卡通", "一张图", "一张网", "一盘棋", "一把手", "一站式",
    ]

    private static func matches(_ phrase: String, _ chars: [Character], at index: Int) -> Bool {
        chars.holds(phrase, at: index)
    }

    /// `2500万` for 两千五百万: a run whose only 万 or 亿 is its last keeps it as a word.
    private static func keepingSection(_ run: String) -> String? {
        guard let last = run.last, sections[last] != nil, run.count > 1,
              run.dropLast().allSatisfy({ sections[$0] == nil }), let head = value(Substring(run.dropLast())) else { return nil }
        return "\(head)\(last)"
    }

    /// The ASCII number that ends `text` (`3`, `2.6`), if any.
    private static func trailingNumber(_ text: String) -> String? {
        var number = ""
        for c in text.reversed() {
            guard c.isASCII, c.isNumber || c == "." else { break }
            number.insert(c, at: number.startIndex)
        }
        guard let first = number.first, first.isNumber, Decimal(string: number) != nil else { return nil }
        return number
    }

    private static func isNumberHere(run: String, _ chars: [Character], before index: Int, after: Character?, next: Character?) -> Bool {
        if index > 0, wordBefore.contains(chars[index - 1]) { return false }
        if let a = after, wordAfter.contains(a) { return false }
        // 一次性: a word.
        if after == "次", next == "性" { return false }
        let compared = comparatorChars.contains { endsWith(chars, before: index, $0) }
        // A lone 一 is a word more often than a count (一批, 一些), and so is a lone 十, 百 or 千 (十分, 百分点,
        // 千米, 惠企十条): they take a measure word of a count. Another lone digit takes any measure word.
        if run.count == 1, let c = run.first {
            guard var a = after else { return compared }
            // 十多家, 三余人: the count word comes after 多 or 余.
            if a == "多" || a == "余", let n = next { a = n }
            if c == "一" || c == "壹" || positions[c] != nil {
                return countMeasures.contains(a) || compared && a == "以"
            }
            return measures.contains(a) || compared && a == "以"
        }
        if let a = after, measures.contains(a) || a == "以" || a == "余" || a == "多" { return true }
        return compared
    }
}

extension Array where Element == Character {
    /// Whether `word` stands at `index`.
    func holds(_ word: String, at index: Int) -> Bool {
        var k = index
        for c in word {
            guard k < count, self[k] == c else { return false }
            k += 1
        }
        return true
    }
}
