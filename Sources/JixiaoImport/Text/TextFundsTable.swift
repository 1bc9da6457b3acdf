import Foundation
import JixiaoCore

/// Reads a budget table of report text (序号 / 二级项目 / 预算金额 / 实际支出金额 … 合计) into sub-projects.
///
/// A row's name may wrap over several lines; its amounts are the numbers at the end of the row, taken
/// from the right into the money columns. A table with one budget column calls it the budget
/// (预算金额); 年初 and 全年 are told apart only where both are printed. Amounts in 元 are converted
/// exactly to 万元, with a note.
struct TextFundsTable {
    var subProjects: [SubProject] = []
    /// The printed 合计 (budget, spent), if the table has one.
    var total: (budget: Decimal?, spent: Decimal?, line: Int)?
    var unit: String

    init(_ table: TextTable, in doc: TextDocument, book: inout NoteBook) {
        unit = table.unit ?? "万元"
        let money = table.columns.filter { [.budget, .adjustedBudget, .spent, .rate].contains($0) }
        let scale: Decimal = unit == "元" ? 10_000 : 1
        let oneBudget = money.filter { $0 == .budget || $0 == .adjustedBudget }.count == 1
        if scale != 1 {
            book.info(TextDocument.place(doc.lines[table.header].number), field: "moneyUnit",
                      "the table's amounts are in 元 (its caption says so): converted exactly to 万元")
        }
        if table.unit == nil {
            book.info(TextDocument.place(doc.lines[table.header].number), field: "moneyUnit",
                      "the table names no unit (单位：万元 or 元) above it or in its header: read as 万元")
        }
        func amounts(_ words: [String]) -> (name: String, values: [ColumnRole: Decimal], count: Int) {
            var numbers: [Decimal] = []
            var rest = words
            while let last = rest.last, numbers.count < money.count, let value = AmountText.parse(last.replacingOccurrences(of: "%", with: "")) {
                numbers.insert(value, at: 0)
                rest.removeLast()
            }
            var values: [ColumnRole: Decimal] = [:]
            // From the right: a row with fewer numbers than columns has lost its leftmost ones.
            for (role, value) in zip(money.suffix(numbers.count), numbers) { values[role] = value }
            return (rest.joined(separator: " "), values, numbers.count)
        }
        let rows = NumberedRows(table, in: doc)
        rows.note(in: doc, book: &book)
        for row in rows.rows {
            // The amounts end the last line that ends with numbers (a name may wrap after them); the
            // rest is the name, its lines joined without a space (a PDF wraps a cell where its column ends).
            var values: [ColumnRole: Decimal] = [:], count = 0, name = "", amountLine: Int?
            for (n, line) in row.lines.enumerated().reversed() where amountLine == nil {
                let read = amounts(line.text.tokens)
                if read.count > 0 { amountLine = n; values = read.values; count = read.count }
            }
            for (n, line) in row.lines.enumerated() {
                var words = line.text.tokens
                if n == amountLine { words.removeLast(count) }
                name += words.joined(separator: " ")
            }
            let read = (values: values, count: count)
            let place = TextDocument.place(doc.lines[row.first].number...doc.lines[row.last].number)
            let id = String(format: "sp-%02d", subProjects.count + 1)
            guard !name.isEmpty, let spent = read.values[.spent] else {
                book.warning(place, "budget table row \(row.number) could not be read (a name, then its amounts): 「\(ImportSnippet.short(row.lines.map(\.text).joined(separator: " / "), 120))」")
                continue
            }
            var notes = NoteBook(file: book.file)
            if row.lines.count > 1 {
                notes.info(place, field: "name", "the name wraps over \(row.lines.count) lines: joined as 「\(name)」")
            }
            if let amountLine, amountLine < row.lines.count - 1 {
                notes.info(place, field: "name", "the name goes on after the amounts' line: joined")
            }
            if read.count < money.count {
                notes.warning(place, field: "budget", "the row prints \(read.count) of the table's \(money.count) amounts: read from the right")
            }
            var budget = read.values[.budget]
            var adjusted = read.values[.adjustedBudget]
            if oneBudget, budget == nil { budget = adjusted; adjusted = nil }
            subProjects.append(SubProject(id: id, name: name, budget: budget.map { $0 / scale },
                                          statedAdjustedBudget: adjusted.map { $0 / scale }, spent: spent / scale,
                                          importNotes: notes.take()))
        }
        if let (index, text) = rows.total {
            let read = amounts(text.tokens)
            let budget = read.values[.budget] ?? read.values[.adjustedBudget]
            total = (budget.map { $0 / scale }, read.values[.spent].map { $0 / scale }, doc.lines[index].number)
        }
    }
}
