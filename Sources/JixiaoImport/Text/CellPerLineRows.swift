import Foundation
import JixiaoCore

/// Reads a table copied from a web page as text, one cell per line, under a header of one label a
/// line (docs/import.md).
///
/// The cells fill the header's columns in order, row after row. A 一级指标 or 二级指标 cell is there only
/// where the line names a level (数量指标, 效益指标…); otherwise the page merged it and the level above
/// carries down. 分值 and 得分 take a line only if it is a number; a reason only if it is a placeholder
/// (`/`, `无`) or a sentence (it ends with 。 or ；), since an indicator's name is neither.
struct CellPerLineRows {
    var rows: [TextIndicatorRow] = []
    /// The 总分 row's score, with its line.
    var statedTotal: (score: Decimal, line: Int)?
    /// Funds rows whose label came after their amounts.
    var labelsAfter = 0
    /// Funds rows: a name, then the amounts.
    var funds: [(name: String, amounts: [Decimal?], line: Int)] = []

    init(_ table: TextTable, in doc: TextDocument, file: String) {
        let lines = table.body.map { (number: doc.lines[$0].number, text: doc.lines[$0].text.trimmed) }
        var i = 0
        if table.kind == .funds {
            // Every number column of the header takes a line in its order (分值, 执行率 and 得分 too).
            let money = table.columns.filter { [.budget, .adjustedBudget, .spent, .rate, .weight, .score].contains($0) }.count
            while i < lines.count {
                if table.numbered, NumberedRows.leadingNumber(lines[i].text)?.1.isEmpty == true,
                   i + 1 < lines.count, AmountText.parse(lines[i + 1].text) == nil { i += 1; continue }
                // Amounts before their label (`4,000.00` / `3,790.60` / `合计`): a PDF read column by column
                // prints a row's label after its values.
                if AmountText.parse(lines[i].text.replacingOccurrences(of: "%", with: "")) != nil {
                    var j = i
                    var amounts: [Decimal] = []
                    while j < lines.count, let v = AmountText.parse(lines[j].text.replacingOccurrences(of: "%", with: "")) { amounts.append(v); j += 1 }
                    let label = j < lines.count ? lines[j].text : ""
                    funds.append((label.isEmpty ? "（未读出）" : label, amounts, lines[i].number))
                    labelsAfter += 1
                    i = j + 1
                    continue
                }
                let name = lines[i].text, line = lines[i].number
                i += 1
                var amounts: [Decimal?] = []
                while i < lines.count, amounts.count < money {
                    let text = lines[i].text
                    // An empty cell printed as a placeholder keeps its place.
                    if CellText.placeholders.contains(text) { amounts.append(nil); i += 1; continue }
                    // The next row's 序号 with its name after it is not an amount.
                    if table.numbered, let (n, rest) = NumberedRows.leadingNumber(text), rest.isEmpty, n == funds.count + 2,
                       i + 1 < lines.count, AmountText.parse(lines[i + 1].text) == nil { break }
                    guard let v = AmountText.parse(text.replacingOccurrences(of: "%", with: "")) else { break }
                    amounts.append(v); i += 1
                }
                funds.append((name, amounts, line))
            }
            return
        }
        var level1 = "", level2 = ""
        while i < lines.count {
            // 总分 / 合计 ends the table; its last number is the score the form states.
            if TextTable.isTotal(lines[i].text) || LabelText.key(lines[i].text) == "总分" {
                var numbers: [Decimal] = []
                var j = i + 1
                while j < lines.count, let v = AmountText.parse(lines[j].text) { numbers.append(v); j += 1 }
                if LabelText.key(lines[i].text) == "总分", let score = numbers.last { statedTotal = (score, lines[i].number) }
                break
            }
            let first = lines[i].number
            var r = TextIndicatorRow(lines: first...first)
            var book = NoteBook(file: file)
            for role in table.columns {
                guard i < lines.count else {
                    if [.name, .target, .actual].contains(role) {
                        book.warning(TextDocument.place(first), field: role.rawValue, "the table ends before this row's \(role.rawValue) cell")
                    }
                    break
                }
                let text = lines[i].text
                switch role {
                case .level1:
                    // A word that names both levels (满意度指标) is the 一级 when a 二级 follows it, else the 二级
                    // with the 一级 merged above.
                    let next = i + 1 < lines.count ? lines[i + 1].text : ""
                    if LevelWords.isLevel1(text), !LevelWords.isLevel2(text) || !table.columns.contains(.level2) || LevelWords.isLevel2(next) {
                        level1 = LevelWords.strip(text); i += 1
                    }
                case .level2:
                    if LevelWords.isLevel2(text) { level2 = LevelWords.strip(text); i += 1 }
                case .weight, .score, .reviewScore:
                    if let value = AmountText.parse(text) {
                        if role == .weight { r.weight = value } else if role == .score { r.score = value }
                        i += 1
                    }
                case .reason:
                    if CellText.placeholders.contains(text) { i += 1 } else if CellText.endsSentence(text) || text.hasSuffix("；") {
                        r.reason = text; i += 1
                    }
                case .name: r.name = text; i += 1
                case .target, .targetValue: r.target = text; i += 1
                case .actual: r.actual = text; i += 1
                case .project: r.project = text; i += 1
                default: i += 1
                }
            }
            if table.numbered, let (_, rest) = NumberedRows.leadingNumber(r.name), !rest.isEmpty { r.name = rest }
            r.level1 = level1; r.level2 = level2
            r.lines = first...(lines[max(0, min(i, lines.count) - 1)].number)
            r.notes = book.take()
            rows.append(r)
        }
    }
}
