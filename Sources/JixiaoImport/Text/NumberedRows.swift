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
    /// The 合计 row's line, if the table has one.
    var total: (index: Int, text: String)?

    init(_ table: TextTable, in doc: TextDocument) {
        var expected = 1
        for index in table.body {
            let text = doc.lines[index].text.trimmed
            if TextTable.isTotal(text) {
                total = (index, text)
                continue
            }
            if let (number, rest) = Self.leadingNumber(text), number == expected || rows.isEmpty && (1...3).contains(number) {
                rows.append(Row(number: number, first: index, lines: rest.isEmpty ? [] : [(index, rest)]))
                expected = number + 1
                continue
            }
            if rows.isEmpty { leading.append(index); continue }
            rows[rows.count - 1].lines.append((index, text))
        }
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
