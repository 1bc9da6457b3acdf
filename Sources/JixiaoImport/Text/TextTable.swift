import Foundation

/// A table found in report text: its header line, the columns it names in order, and its lines.
///
/// A header is a line whose space-separated words are column labels (`序号 二级项目 预算金额 实际支出金额`,
/// `一级指标 二级指标 三级指标 预期值 实现值 未能完成预期值的原因`): at least three of them known and at most
/// one unknown. The table runs to the next heading (`四、`, `（二）`, `2.`), caption (`表 3`) or, for a
/// funds table, its 合计 row. A page break repeats the header; the repeats are skipped.
struct TextTable: Sendable {
    enum Kind: Sendable { case indicators, funds }

    var kind: Kind
    /// The header's index in the document's lines.
    var header: Int
    /// The columns in the header's order (序号 left out).
    var columns: [ColumnRole]
    /// Whether the first column is a 序号 (each row starts with its number).
    var numbered: Bool
    /// The money unit a caption or header names (`（单位：万元）`).
    var unit: String?
    /// The lines of the table below the header, repeated headers and blank lines left out (indices).
    var body: [Int] = []
    /// The index of the line after the table.
    var end: Int
    /// Whether the table comes one cell per line (a web page's table copied as text): its header's
    /// labels on lines of their own, then every cell on its own line.
    var cellPerLine = false
    /// The last line of the header (the same as `header` unless one cell per line).
    var headerEnd: Int?
    /// The character that separates the cells of its lines (a tab or `|`), for a table copied from a
    /// web page inside a report's text; nil where cells are separated by spaces.
    var delimiter: Character?

    /// A line's cells split by a tab or `|`: edges trimmed, a Markdown rule (`|---|`) none.
    static func cells(_ line: String, by delimiter: Character) -> [String] {
        var cells = line.split(separator: delimiter, omittingEmptySubsequences: false).map { String($0).trimmed }
        if delimiter == "|" {
            if cells.first == "" { cells.removeFirst() }
            if cells.last == "" { cells.removeLast() }
        }
        if cells.allSatisfy({ $0.allSatisfy { "-:— ".contains($0) } }) { return [] }
        return cells
    }

    /// The separator a line's cells use, if it has three cells or more split by one.
    static func delimiter(of line: String) -> Character? {
        for d: Character in ["\t", "|"] where line.filter({ $0 == d }).count >= 2 { return d }
        return nil
    }

    static let sequenceLabels: Set<String> = ["序号", "编号", "序"]

    /// Every table of the document, in order.
    static func find(in doc: TextDocument) -> [TextTable] {
        var tables: [TextTable] = []
        var i = 0
        while i < doc.lines.count {
            guard var table = header(at: i, in: doc) else { i += 1; continue }
            table.collect(doc)
            tables.append(table)
            i = max(table.end, i + 1)
        }
        return tables
    }

    /// The table whose header is this line, if it is one: its labels on this line, or one a line.
    static func header(at index: Int, in doc: TextDocument) -> TextTable? {
        if let table = lineHeader(at: index, in: doc) { return table }
        return verticalHeader(at: index, in: doc)
    }

    /// A header of one label a line (blank lines between allowed): three labels or more.
    static func verticalHeader(at index: Int, in doc: TextDocument) -> TextTable? {
        var roles: [ColumnRole] = []
        var i = index, last = index, numbered = false
        while i < doc.lines.count {
            let line = doc.lines[i]
            if line.isBlank { i += 1; continue }
            let key = LabelText.key(line.text)
            if roles.isEmpty, !numbered, sequenceLabels.contains(key) { numbered = true; last = i; i += 1; continue }
            guard let match = ColumnRole.match(line.text.trimmed, among: headerRoles),
                  !match.loose, !roles.contains(match.role), line.text.tokens.count == 1 else { break }
            roles.append(match.role)
            last = i
            i += 1
        }
        guard roles.count >= 3, let kind = kind(of: roles) else { return nil }
        var table = TextTable(kind: kind, header: index, columns: roles, numbered: numbered, unit: unit(above: index, in: doc), end: last + 1)
        table.cellPerLine = true
        table.headerEnd = last
        return table
    }

    private static func kind(of roles: [ColumnRole]) -> Kind? {
        if roles.contains(.name), roles.contains(.target) || roles.contains(.targetValue), roles.contains(.actual) { return .indicators }
        if roles.filter({ [.budget, .adjustedBudget, .spent].contains($0) }).count >= 2, roles.contains(.project) || roles.count >= 3 { return .funds }
        return nil
    }

    private static func unit(above index: Int, in doc: TextDocument) -> String? {
        for back in stride(from: index, through: max(0, index - 3), by: -1) {
            if let u = StandardForm.moneyUnit(in: doc.lines[back].text) { return u }
        }
        return nil
    }

    /// The columns a table's header may name.
    private static let headerRoles = LongTable.indicatorTableRoles + [.budget, .adjustedBudget, .spent, .rate]

    /// A header with its labels on one line.
    static func lineHeader(at index: Int, in doc: TextDocument) -> TextTable? {
        let delimiter = delimiter(of: doc.lines[index].text)
        let words = delimiter.map { cells(doc.lines[index].text, by: $0) } ?? doc.lines[index].text.tokens
        guard words.count >= 3, words.count <= 16 else { return nil }
        var numbered = false
        var roles: [ColumnRole] = []
        var unknown = 0
        let allowed = delimiter == nil ? 1 : 0
        for (n, word) in words.enumerated() {
            let key = LabelText.key(word)
            if n == 0, sequenceLabels.contains(key) { numbered = true; continue }
            if let match = ColumnRole.match(word, among: headerRoles), !roles.contains(match.role) {
                roles.append(match.role)
            } else {
                unknown += 1
                // Most lines are not headers: said at their second unknown word, not after every word.
                if unknown > allowed { return nil }
            }
        }
        guard roles.count >= 3, let kind = kind(of: roles) else { return nil }
        var table = TextTable(kind: kind, header: index, columns: roles, numbered: numbered, unit: unit(above: index, in: doc), end: index + 1)
        table.delimiter = delimiter
        return table
    }

    private mutating func collect(_ doc: TextDocument) {
        let headerKey = LabelText.key(doc.lines[header].text)
        var i = (headerEnd ?? header) + 1
        while i < doc.lines.count {
            let text = doc.lines[i].text
            if doc.lines[i].isBlank { i += 1; continue }
            if LabelText.key(text) == headerKey { i += 1; continue }
            if let d = delimiter {
                // A delimited table is its delimited lines; a Markdown rule is skipped.
                guard text.contains(d) else { break }
                if Self.cells(text, by: d).isEmpty { i += 1; continue }
                body.append(i)
                i += 1
                continue
            }
            if TextHeading.isHeading(text) || TextHeading.isCaption(text) { break }
            // Another table's header ends this one (a form's funds block, then its indicators).
            if body.count > 0, Self.header(at: i, in: doc) != nil { break }
            body.append(i)
            i += 1
            // A 合计 ends a funds table after its rows; printed first, it heads them.
            if kind == .funds, TextTable.isTotal(text), body.count > 1 { break }
        }
        end = i
    }

    /// A 合计 / 总计 row.
    static func isTotal(_ text: String) -> Bool {
        guard let first = text.tokens.first else { return false }
        let key = LabelText.key(first)
        return ["合计", "总计", "合计数", "总计数"].contains(key)
    }
}

/// Headings and captions of report text.
enum TextHeading {
    static let chineseDigits: Set<Character> = Set("一二三四五六七八九十")

    /// `一、项目概况`, `（二）过程`, `(三)`, `2.项目管理`, `3、`, `第一部分`: a line that starts a section.
    static func isHeading(_ text: String) -> Bool { marker(text) != nil }

    /// The heading marker at the start of a line and its level (1: 一、, 2: （一）, 3: 1., 4: （1）).
    static func marker(_ text: String) -> (level: Int, length: Int)? {
        let t = Substring(text.trimmed)
        guard let first = t.first else { return nil }
        if chineseDigits.contains(first) {
            let digits = t.prefix(while: { chineseDigits.contains($0) })
            if t.dropFirst(digits.count).first == "、" { return (1, digits.count + 1) }
            return nil
        }
        if first == "第" {
            let digits = t.dropFirst().prefix(while: { chineseDigits.contains($0) })
            if !digits.isEmpty, let after = t.dropFirst(1 + digits.count).first, "章节部分".contains(after) { return (1, digits.count + 2) }
            return nil
        }
        if first == "（" || first == "(" {
            let inner = t.dropFirst().prefix(while: { chineseDigits.contains($0) || $0.isASCII && $0.isNumber })
            guard !inner.isEmpty, let close = t.dropFirst(1 + inner.count).first, close == "）" || close == ")" else { return nil }
            return (inner.first!.isNumber && inner.first!.isASCII ? 4 : 2, inner.count + 2)
        }
        if first.isASCII, first.isNumber {
            let digits = t.prefix(while: { $0.isASCII && $0.isNumber })
            guard digits.count <= 2 else { return nil }
            let rest = t.dropFirst(digits.count)
            guard let dot = rest.first, ".．、".contains(dot), let after = rest.dropFirst().first, !after.isNumber, !after.isWhitespace else {
                return nil
            }
            return (3, digits.count + 1)
        }
        return nil
    }

    /// `表 2 2022 年…情况表（单位：万元）`, `附表1`: a table's caption.
    static func isCaption(_ text: String) -> Bool {
        let t = text.trimmed
        if t.hasPrefix("附表") { return true }
        guard t.hasPrefix("表") else { return false }
        let after = t.dropFirst().drop(while: \.isWhitespace)
        return after.first?.isNumber == true
    }
}
