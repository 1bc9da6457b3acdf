import Foundation

/// The rows of a table with a 序号 column: each row starts on the line that begins with the next
/// number, and runs to the line before the following one. Lines above the first row, and a 合计
/// row, are kept apart.
struct NumberedRows {
    struct Row {
        var number: Int
        /// The document index of the line the number is on.
        var first: Int
        /// The row's lines as document indices, the first with its number taken off (and left out when
        /// nothing else is on it).
        var lines: [(index: Int, text: String)]
        /// The last document index of the row.
        var last: Int { lines.last?.index ?? first }
    }

    var rows: [Row] = []
    /// Lines before the first numbered row.
    var leading: [Int] = []
    /// Lines that held only a number out of sequence (a page number), left out of the rows.
    var strays: [Int] = []
    /// Row numbers the table skips (a row left out, or a number misprinted), with the line where it resumes.
    var skipped: [(numbers: Range<Int>, at: Int)] = []
    /// The 合计 row's line, if the table has one.
    var total: (index: Int, text: String)?

    init(_ table: TextTable, in doc: TextDocument) {
        if !table.numbered, table.kind == .funds {
            self = Self.unnumbered(table, in: doc)
            return
        }
        var expected = 1
        for index in table.body {
            let text = doc.lines[index].text.trimmed
            if TextTable.isTotal(text) {
                total = (index, text)
                continue
            }
            if let (number, rest) = Self.leadingNumber(text), number == expected || rows.isEmpty && (1...3).contains(number)
                || number > expected && number <= expected + 3 && Self.startsRow(rest) {
                if number != expected, !rows.isEmpty { skipped.append((expected..<number, index)) }
                rows.append(Row(number: number, first: index, lines: rest.isEmpty ? [] : [(index, rest)]))
                expected = number + 1
                continue
            }
            if rows.isEmpty { leading.append(index); continue }
            // A number alone that is not the next row's is a page's number, not a cell.
            if let (number, rest) = Self.leadingNumber(text), rest.isEmpty, number != expected {
                strays.append(index)
                continue
            }
            rows[rows.count - 1].lines.append((index, text))
        }
        // A number with nothing after it before the next row or the table's end is a page's number.
        for row in rows where row.lines.isEmpty { strays.append(row.first) }
        rows.removeAll { $0.lines.isEmpty }
    }

    /// A funds table without a 序号: a row runs to the line that ends with its amounts (its name may
    /// wrap above them); the rows are numbered in order.
    private init() {}

    private static func unnumbered(_ table: TextTable, in doc: TextDocument) -> NumberedRows {
        var read = NumberedRows()
        read.fill(unnumbered: table, in: doc)
        return read
    }

    private mutating func fill(unnumbered table: TextTable, in doc: TextDocument) {
        var pending: [(index: Int, text: String)] = []
        for index in table.body {
            let text = doc.lines[index].text.trimmed
            if TextTable.isTotal(text) { total = (index, text); continue }
            pending.append((index, text))
            let words = text.tokens
            if words.count >= 2, AmountText.parse(words.last!.replacingOccurrences(of: "%", with: "")) != nil {
                rows.append(Row(number: rows.count + 1, first: pending[0].index, lines: pending))
                pending = []
            }
        }
        if !pending.isEmpty {
            if rows.isEmpty { leading = pending.map(\.index) } else { rows[rows.count - 1].lines += pending }
        }
    }

    /// Whether the rest of a numbered line looks like a row of its own (a level name or amounts on it),
    /// so a number out of sequence there starts a row rather than continues one.
    static func startsRow(_ rest: String) -> Bool {
        let words = rest.tokens
        return words.contains(where: LevelWords.isLevel2) || words.count >= 2 && AmountText.parse(words.last!) != nil
    }

    /// A line's leading row number and the rest of the line (`12 制造业企业增产增收奖励 617.20 617.20`).
    static func leadingNumber(_ text: String) -> (Int, String)? {
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 5, let number = Int(digits) else { return nil }
        let rest = text.dropFirst(digits.count)
        guard rest.isEmpty || rest.first!.isWhitespace else { return nil }
        return (number, String(rest).trimmed)
    }
}

extension NumberedRows {
    /// The notes every numbered table gives: page numbers left out, row numbers skipped, lines above
    /// its first row.
    func note(in doc: TextDocument, book: inout NoteBook) {
        for index in strays {
            book.info(TextDocument.place(doc.lines[index].number), "「\(doc.lines[index].text.trimmed)」 alone on a line, not the next row's number, was read as a page number and left out")
        }
        for gap in skipped {
            let missing = gap.numbers.count == 1 ? "\(gap.numbers.lowerBound)" : "\(gap.numbers.lowerBound)–\(gap.numbers.upperBound - 1)"
            book.warning(TextDocument.place(doc.lines[gap.at].number), "the table has no row \(missing): it goes on here; check that no row was lost")
        }
        for index in leading {
            book.info(TextDocument.place(doc.lines[index].number), "a line above the table's first row was kept here: 「\(ImportSnippet.short(doc.lines[index].text.trimmed))」")
        }
    }
}
