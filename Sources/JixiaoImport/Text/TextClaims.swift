import Foundation
import JixiaoCore

/// The claims report prose makes about its own tables, read sentence by sentence.
///
/// - `共设置 36项数量指标` or `绩效指标 27个`: how many indicators (of a category, when one is named); where a
///   sentence gives two counts (`46 个 … 实际开展的 … 27个`), the last.
/// - `完成 19项`, `7项指标未完成`, `已全部达标`: met and unmet counts of the same scope.
/// - `下设 16个二级项目`: the number of sub-projects.
/// - In a sentence that names the report's fund: `预算安排…8,054.71万元`, `支出金额为 6,983.74万元`,
///   `支出率为 86.7%`.
/// - `完成率为125%` after an indicator's name: that indicator's completion ratio.
/// - `绩效自评分数为 96分`, `绩效等级为优`: the self-score and grade.
struct TextClaims {
    var claims: [Claim] = []
    var notes: [ImportNote] = []

    private static let count = #"(\d[\d,]*)"#
    private static let amount = #"(\d[\d,]*(?:\.\d+)?)"#
    private static let categories = "数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|满意度|效益|产出"

    init(prose: TextProse, scope: String, kind: Report.Kind, indicators: [Indicator], subProjects: [SubProject], file: String) {
        var book = NoteBook(file: file)
        func add(_ kind: Claim.Kind, _ scope: ClaimScope?, value: Decimal? = nil, text: String? = nil, quote: String) {
            claims.append(Claim(id: String(format: "c-%02d", claims.count + 1), kind: kind, scope: scope, value: value, text: text, quote: quote))
        }
        func level2(for category: String) -> ClaimScope? {
            if category == "效益" || category == "产出" { return ClaimScope(level1: category) }
            let name = category + "指标"
            guard let wanted = Category.classify(level1: "", level2: name) else { return ClaimScope(level2: name) }
            let printed = indicators.map(\.level2).filter { Category.classify(level1: "", level2: $0) == wanted }
            // The name printed most often; of names printed as often, the first (never the hash order's pick).
            var counts: [String: Int] = [:]
            for name in printed { counts[name, default: 0] += 1 }
            var common: String?
            var most = 0
            for name in printed where counts[name]! > most { common = name; most = counts[name]! }
            return ClaimScope(level2: common ?? name)
        }
        for paragraph in prose.paragraphs where !paragraph.isHeading {
            for sentence in paragraph.sentences {
                let place = TextDocument.place(paragraph.lines)
                // Indicator counts.
                var countScope: ClaimScope?
                var counted: Decimal?
                if let m = TextPattern.matches(#"共(?:设置|设定|设立|设|有|计)?了?\s*"# + Self.count + #"\s*[项个条]\s*("# + Self.categories + #")?(?:类)?(?:绩效)?指标"#, in: sentence).first {
                    countScope = m[2].isEmpty ? nil : level2(for: m[2])
                    counted = Decimal(stored: m[1].replacingOccurrences(of: ",", with: ""))
                } else {
                    let all = TextPattern.matches(#"(?:绩效)?指标\s*"# + Self.count + #"\s*[个项条]"#, in: sentence)
                    if let last = all.last {
                        counted = Decimal(stored: last[1].replacingOccurrences(of: ",", with: ""))
                        if all.count > 1 {
                            book.info(place, "the sentence gives \(all.count) indicator counts (\(all.map { $0[1] }.joined(separator: ", "))): the last is taken as the claim")
                        }
                    }
                }
                if let counted {
                    add(.indicatorCount, countScope, value: counted, quote: sentence)
                    if let m = TextPattern.matches(#"(?<!未)完成\s*"# + Self.count + #"\s*[项个条]"#, in: sentence).first
                        ?? TextPattern.matches(Self.count + #"\s*[项个条](?:指标)?(?:已|均)?(?:完成|达标|达到)"#, in: sentence).first {
                        add(.metCount, countScope, value: Decimal(stored: m[1]), quote: sentence)
                    } else if sentence.contains("全部达标") || sentence.contains("全部完成") || sentence.contains("均已完成") || sentence.contains("均已达标") {
                        add(.metCount, countScope, value: counted, quote: sentence)
                    }
                    if let m = TextPattern.matches(Self.count + #"\s*[项个条](?:指标)?未(?:能)?(?:完成|达标|达到|实现)"#, in: sentence).first
                        ?? TextPattern.matches(#"未(?:能)?(?:完成|达标)\s*"# + Self.count + #"\s*[项个条]"#, in: sentence).first {
                        add(.unmetCount, countScope, value: Decimal(stored: m[1]), quote: sentence)
                    }
                }
                if let m = TextPattern.matches(#"(?:下设|包括|包含|共有|设有|共设)\s*"# + Self.count + #"\s*个(?:二级|子)?项目"#, in: sentence).first {
                    add(.subProjectCount, nil, value: Decimal(stored: m[1]), quote: sentence)
                }
                // Totals, in a sentence about the report's own fund.
                if kind == .projectFund, !scope.isEmpty, sentence.contains(scope) {
                    // Amounts in 元 are claims in 万元 too.
                    func wan(_ m: [String]) -> Decimal? { AmountText.parse(m[1]).map { m[2] == "元" ? $0 / 10_000 : $0 } }
                    if let m = TextPattern.matches(#"预算(?:安排|金额|资金|总额)?[^，。；]{0,24}?"# + Self.amount + #"\s*(万元|元)"#, in: sentence).first {
                        add(.budgetTotal, nil, value: wan(m), quote: sentence)
                    }
                    if let m = TextPattern.matches(#"(?<!基本|项目|人员|公用|经常性|资本性)支出(?:金额|资金|总额)?(?:为|达|共计|合计|了)?\s*"# + Self.amount + #"\s*(万元|元)"#, in: sentence).first {
                        add(.spentTotal, nil, value: wan(m), quote: sentence)
                    }
                    if let m = TextPattern.matches(#"(?:支出|执行)率(?:为|达|达到|是)?\s*"# + Self.amount + #"\s*[%％]"#, in: sentence).first {
                        add(.executionRate, nil, value: AmountText.parse(m[1]), quote: sentence)
                    }
                }
                // One indicator's ratio: the indicator whose name the clause before it shares most with.
                for m in TextPattern.ranges(#"完成率(?:为|达|达到)?\s*"# + Self.amount + #"\s*[%％]"#, in: sentence) {
                    let before = (sentence as NSString).substring(to: m.location)
                    let clause = before.split(whereSeparator: { "；。".contains($0) }).last.map(String.init) ?? before
                    if let id = Self.indicator(named: clause, among: indicators, subProjects: subProjects) {
                        add(.indicatorRatio, ClaimScope(indicator: id), value: AmountText.parse(m.groups[1]), quote: sentence)
                    } else {
                        book.info(place, "「完成率 \(m.groups[1])%」: no indicator of the tables is named before it, so it is not checked")
                    }
                }
                if sentence.contains("自评") || sentence.contains("评价") {
                    if let m = TextPattern.matches(#"(?:自评|评价)[^，。；]{0,8}?(?:分数|得分|总分|分值|结果)(?:为|是|：|:)?\s*(\d+(?:\.\d+)?)\s*分"#, in: sentence).last {
                        add(.selfScore, nil, value: Decimal(stored: m[1]), quote: sentence)
                    }
                    if let m = TextPattern.matches(#"等级(?:为|评定为|是|：|:)\s*[“"「]?(优秀|良好|合格|不合格|优|良|中|差)"#, in: sentence).last {
                        add(.grade, nil, text: ImportDefaults.grade(m[1]), quote: sentence)
                    }
                }
            }
        }
        notes = book.take()
    }

    /// The indicator a clause names: the one sharing the longest run of characters (four at least)
    /// with it, among the sub-project the clause names if it names one; nil when two tie.
    static func indicator(named clause: String, among indicators: [Indicator], subProjects: [SubProject]) -> String? {
        let text = clause.compactKey
        let named = subProjects.filter { text.contains($0.name.compactKey) }.map(\.id)
        let pool = named.isEmpty ? indicators : indicators.filter { named.contains($0.subProject ?? "") }
        var best: (id: String, length: Int)?, tie = false
        for indicator in pool {
            let length = longestCommonRun(text, indicator.name.compactKey)
            guard length >= 4 else { continue }
            if best == nil || length > best!.length { best = (indicator.id, length); tie = false } else if length == best!.length { tie = true }
        }
        return tie ? nil : best?.id
    }

    static func longestCommonRun(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: y.count + 1), best = 0
        for i in 1...x.count {
            var row = [Int](repeating: 0, count: y.count + 1)
            for j in 1...y.count where x[i - 1] == y[j - 1] {
                row[j] = previous[j - 1] + 1
                best = max(best, row[j])
            }
            previous = row
        }
        return best
    }
}
