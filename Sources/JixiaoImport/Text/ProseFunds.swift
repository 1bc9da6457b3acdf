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
            let opens = Regex.ranges(name, in: text)
            guard !opens.isEmpty else { continue }
            let ns = text as NSString
            for (n, open) in opens.enumerated() {
                let fund = open.groups[1]
                if let y = Regex.matches(#"^(20\d\d)\s*年"#, in: fund).first, let year, Int(y[1]) != year { continue }
                let end = n + 1 < opens.count ? opens[n + 1].location : ns.length
                let span = ns.substring(with: NSRange(location: open.location, length: end - open.location))
                guard let spent = Regex.matches(#"(?:实际支出|实际使用|支出)(?:金额|资金)?(?:为|是|了)?\s*(\d[\d,]*(?:\.\d+)?)\s*万元"#, in: span).first,
                      let budget = AmountText.parse(open.groups[2]), let amount = AmountText.parse(spent[1]) else { continue }
                let place = TextDocument.place(paragraph.lines)
                let note = ImportNote(.warning, place: place, file: file, field: "budget",
                    "read from the prose, not a table: 「\(ImportSnippet.short(span.trimmingCharacters(in: CharacterSet(charactersIn: "，。；：、 ")), 200))」; its other amounts (adjustments, parts) are not read: add them to the draft")
                found.append(SubProject(id: String(format: "sp-%02d", found.count + 1), name: fund, budget: budget, spent: amount, importNotes: [note]))
            }
        }
        return found
    }
}
