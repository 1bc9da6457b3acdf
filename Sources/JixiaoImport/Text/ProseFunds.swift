import Foundation
import JixiaoCore

/// Sub-projects stated in prose, for a report without a budget table (a department report that
/// says `工业扶持专项资金预算 58994.762 万元，…实际支出10686.32 万元。工业发展管理经费预算 1435 万元…`).
///
/// A fund's name (ending in 资金, 经费 or 专项) right after a clause boundary and right before 预算 and
/// an amount opens a sub-project; the first 实际支出 (or 支出) amount after it, before the next such
/// name, is its spending. A name that starts with another year than the report's, or that has no
/// spending, is not one. The sentence is kept in a note, since its other amounts (收回, 调剂, 压减) are
/// not read.
enum ProseFunds {
    static func read(_ prose: TextProse, year: Int?, file: String) -> [SubProject] {
        var found: [SubProject] = []
        let name = #"(?:^|[，。；：、])\s*([\p{Han}“”（）()A-Za-z0-9]{2,30}?(?:专项资金|资金|经费))(?:年初)?预算(?:数|金额)?(?:为|是)?\s*(\d[\d,]*(?:\.\d+)?)\s*万元"#
        for paragraph in prose.paragraphs {
            let text = paragraph.text
            let opens = TextPattern.ranges(name, in: text)
            guard !opens.isEmpty else { continue }
            let ns = text as NSString
            for (n, open) in opens.enumerated() {
                let fund = open.groups[1]
                if let y = TextPattern.matches(#"^(20\d\d)\s*年"#, in: fund).first, let year, Int(y[1]) != year { continue }
                let end = n + 1 < opens.count ? opens[n + 1].location : ns.length
                let span = ns.substring(with: NSRange(location: open.location, length: end - open.location))
                guard let spent = TextPattern.matches(#"(?:实际支出|实际使用|(?<!基本|项目|人员|公用|经常性|资本性)支出)(?:金额|资金)?(?:为|是|了)?\s*(\d[\d,]*(?:\.\d+)?)\s*万元"#, in: span).first,
                      let budget = AmountText.parse(open.groups[2]), let amount = AmountText.parse(spent[1]) else { continue }
                let place = TextDocument.place(paragraph.lines)
                var notes = [ImportNote(.warning, place: place, file: file, field: "budget",
                    "read from the prose, not a table: 「\(ImportSnippet.short(span.trimmingCharacters(in: CharacterSet(charactersIn: "，。；：、 ")), 200))」; check the budget, its adjustments and the spending")]
                let adjustments = Self.adjustments(in: span, budget: budget, spent: amount, place: place, file: file, notes: &notes)
                found.append(SubProject(id: String(format: "sp-%02d", found.count + 1), name: fund, budget: budget,
                                        adjustments: adjustments, spent: amount, importNotes: notes))
            }
        }
        return found
    }

    /// The changes a fund's sentence states: 收回 (recovered), 压减 / 核减 / 调减 (cut), 追加 / 调增 (added),
    /// 调入 / 调出 (moved). A 调剂 that says no direction is taken as moved out only when that makes the
    /// budget less its changes equal the spending stated (the report's own figures say so; noted), and
    /// is otherwise left out with a warning.
    static func adjustments(in span: String, budget: Decimal, spent: Decimal, place: String, file: String,
                            notes: inout [ImportNote]) -> [BudgetAdjustment] {
        let amount = #"\s*(\d[\d,]*(?:\.\d+)?)\s*万元"#
        var found: [BudgetAdjustment] = []
        let kinds: [(String, BudgetAdjustment.Kind)] = [
            (#"((?:年中)?[\p{Han}]{0,6}?收回)[\p{Han}]{0,12}?"#, .recovered), (#"((?:年中)?[\p{Han}]{0,6}?(?:压减|核减|调减|削减))了?"#, .cut),
            (#"((?:追加|调增))了?"#, .added), (#"(调入)"#, .reallocatedIn), (#"(调出)"#, .reallocatedOut),
        ]
        for (pattern, kind) in kinds {
            for m in TextPattern.matches(pattern + amount, in: span) {
                if let v = AmountText.parse(m[2]) { found.append(BudgetAdjustment(kind: kind, amount: v, label: m[1])) }
            }
        }
        for m in TextPattern.matches(#"(调剂)(?!入|出)"# + amount, in: span) {
            guard let v = AmountText.parse(m[2]) else { continue }
            let others = found.reduce(Decimal(0)) { $0 + ($1.kind.lowers ? -$1.amount : $1.amount) }
            if budget + others - v == spent {
                found.append(BudgetAdjustment(kind: .reallocatedOut, amount: v, label: m[1]))
                notes.append(ImportNote(.warning, place: place, file: file, field: "adjustments",
                    "「调剂 \(m[2]) 万元」 says no direction: taken as moved out, since the budget less its changes then equals the spending stated"))
            } else {
                notes.append(ImportNote(.warning, place: place, file: file, field: "adjustments",
                    "「调剂 \(m[2]) 万元」 says no direction and the figures do not tell it: left out; add it to the draft as reallocatedIn or reallocatedOut"))
            }
        }
        return found
    }
}
