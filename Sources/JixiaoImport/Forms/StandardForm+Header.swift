import Foundation
import JixiaoCore

/// The form's head: title, 项目名称, 主管部门, 实施单位, year and the unit its amounts are printed in.
struct FormHeader {
    var title = ""
    var name = ""
    var department: String?
    var implementingUnit: String?
    var year: Int?
    var moneyUnit: String?
}

extension StandardForm {
    static let headLabels: Set<String> = [
        "项目名称", "主管部门", "实施单位", "项目实施单位", "实施单位(盖章)", "部门名称", "部门(单位)名称", "单位名称", "部门",
        "项目编码", "项目代码", "填报单位", "填报日期", "项目类别", "项目属性", "项目类型", "预算编码", "评价方式", "项目负责人", "联系电话",
    ]

    mutating func readHeader() -> FormHeader {
        var head = FormHeader()
        // Title rows: the cells above the anchor that are a title (…自评表, （2023年度）), joined; a head
        // label written there (主管部门：…, 填报单位：…) is read as the head, any other text is left to the notes.
        var titleParts: [String] = []
        for row in span.first..<span.anchor {
            for (c, cell) in grid.filled(row: row) {
                let text = cell.text.trimmed
                if let (key, inline) = Self.headLabel(text), let inline {
                    used.insert(CellAddress(row: row, column: c))
                    readHead(key, inline, at: place(row, c), into: &head)
                    continue
                }
                if let unit = Self.moneyUnit(in: text) {
                    head.moneyUnit = head.moneyUnit ?? unit
                    // A caption such as 金额单位：元 is not part of the title.
                    if LabelText.key(text).hasSuffix("元") { used.insert(CellAddress(row: row, column: c)); continue }
                }
                if text.hasPrefix("报表编号") {
                    used.insert(CellAddress(row: row, column: c))
                    continue
                }
                // 附件2：项目支出绩效自评表: the attachment's number is not part of the title.
                let title = Self.withoutAttachmentNumber(text)
                if title.isEmpty { used.insert(CellAddress(row: row, column: c)); continue }
                guard Self.isTitle(title) else { continue }
                used.insert(CellAddress(row: row, column: c))
                titleParts.append(title)
            }
        }
        head.title = titleParts.joined()

        // Label–value pairs from the anchor down to the first block.
        let headEnd = min(span.last, span.anchor + 6)
        for row in span.anchor...headEnd {
            for (c, cell) in grid.filled(row: row) {
                guard let (key, inline) = Self.headLabel(cell.text.trimmed) else { continue }
                used.insert(CellAddress(row: row, column: c))
                let found = inline.map { ($0, c) } ?? value(rightOf: row, c, labels: Self.headLabels)
                guard let (value, column) = found, !value.isEmpty else { continue }
                readHead(key, value, at: place(row, column), into: &head)
            }
        }
        head.year = findYear(head)
        return head
    }

    /// A head label (`项目名称`), or one written with its value in the same cell (`项目名称：某某项目`).
    static func headLabel(_ raw: String) -> (key: String, inline: String?)? {
        let key = LabelText.key(raw)
        if headLabels.contains(key) { return (key, nil) }
        guard let colon = raw.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let label = LabelText.key(String(raw[..<colon]))
        guard headLabels.contains(label) else { return nil }
        return (label, raw[raw.index(after: colon)...].trimmed)
    }

    /// `附件2：…`, `附表1 …`, `附件:` without the attachment's number.
    static func withoutAttachmentNumber(_ text: String) -> String {
        guard text.hasPrefix("附件") || text.hasPrefix("附表") else { return text }
        var rest = text.dropFirst(2)
        while let c = rest.first, c.isNumber || "一二三四五六七八九十-－—_".contains(c) { rest = rest.dropFirst() }
        while let c = rest.first, ":：、. 　".contains(c) { rest = rest.dropFirst() }
        return String(rest).trimmed
    }

    /// What a title row says: the form's name or its year (…自评表, 绩效…, （2023年度）).
    static func isTitle(_ text: String) -> Bool {
        ["表", "自评", "绩效", "年度"].contains { text.contains($0) } || year(in: text) != nil
    }

    private mutating func readHead(_ key: String, _ value: String, at place: String, into head: inout FormHeader) {
        guard !value.isEmpty else { return }
        switch key {
        case "项目名称":
            head.name = stripCode(value, at: place, what: "project")
        case "部门名称", "部门(单位)名称", "单位名称", "部门":
            if span.kind == .department { head.name = value; head.department = stripCode(value, at: place, what: "department") }
            else { notes.info(place, "\(key)：\(ImportSnippet.short(value)) (kept in this note; the data format has no field for it)") }
        case "主管部门": head.department = stripCode(value, at: place, what: "department")
        case "实施单位", "项目实施单位", "实施单位(盖章)": head.implementingUnit = stripCode(value, at: place, what: "unit")
        default:
            notes.info(place, "\(key)：\(ImportSnippet.short(value)) (kept in this note; the data format has no field for it)")
        }
    }

    /// `219-池州市贵池区棠溪镇人民政府` and `51092324T000010263357-2023年…项目`: a code before the name is dropped, and noted.
    ///
    /// Budget systems prefix project names with long codes (eight or more letters and digits) and
    /// agency names with numeric codes (three or more digits); a shorter prefix (`G318-国道改造`,
    /// `110-指挥中心建设`) or one that goes on as a year range (`2023-2025年…`) is part of the name.
    mutating func stripCode(_ value: String, at place: String, what: String) -> String {
        let scalars = Array(value.unicodeScalars)
        var i = 0
        while i < scalars.count, scalars[i].isASCII, scalars[i].properties.isAlphabetic || ("0"..."9").contains(scalars[i]) { i += 1 }
        guard i < scalars.count, ["-", "－", "—", "_", " ", "\u{3000}"].contains(scalars[i]) else { return value }
        let code = String(String.UnicodeScalarView(scalars[..<i]))
        let rest = String(String.UnicodeScalarView(scalars[(i + 1)...])).trimmed
        let numeric = code.allSatisfy(\.isNumber)
        let isCode = what == "project" ? code.count >= 8 : (code.count >= 8 || (numeric && code.count >= 3))
        let yearRange = numeric && code.count == 4 && rest.prefix(4).allSatisfy { $0.isASCII && $0.isNumber }
        guard isCode, !yearRange, !rest.isEmpty else { return value }
        notes.info(place, "the code \(code) before the \(what) name was dropped: 「\(rest)」")
        return rest
    }

    /// The year: from the title (`（2022年度）`), else the project name, the sheet's name or the file's name (noted).
    mutating func findYear(_ head: FormHeader) -> Int? {
        if let year = Self.year(in: head.title) { return year }
        for (source, text) in [("the project name", head.name), ("the sheet name", grid.name), ("the file name", fileName)] {
            if let year = Self.year(in: text) {
                notes.info(place(span.anchor, 0), field: "year", "no year in the title: \(year) taken from \(source)")
                return year
            }
        }
        return nil
    }

    /// A year written as four digits before 年 (or alone), from 1949 to 2200; `年度` wins over a bare `年`.
    static func year(in text: String) -> Int? {
        // 二〇二三年度 is 2023年度: a year written digit by digit in Chinese numerals.
        let digits: [Character: Character] = ["〇": "0", "零": "0", "○": "0", "Ｏ": "0", "一": "1", "二": "2", "三": "3", "四": "4",
                                              "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"]
        var mapped = Array(text)
        var i0 = 0
        while i0 + 4 <= mapped.count {
            if mapped[i0..<(i0 + 4)].allSatisfy({ digits[$0] != nil }), i0 + 4 < mapped.count, mapped[i0 + 4] == "年" {
                for k in i0..<(i0 + 4) { mapped[k] = digits[mapped[k]]! }
                i0 += 4
            } else {
                i0 += 1
            }
        }
        let chars = mapped
        var candidates: [(Int, Bool)] = []
        var i = 0
        while i + 4 <= chars.count {
            let four = chars[i..<(i + 4)]
            let before = i > 0 ? chars[i - 1] : " "
            let after = i + 4 < chars.count ? chars[i + 4] : " "
            if four.allSatisfy({ $0.isASCII && $0.isNumber }), !(before.isASCII && before.isNumber), !(after.isASCII && after.isNumber),
               let year = Int(String(four)), (1949...2200).contains(year) {
                let yearWord = after == "年"
                let nextIsDu = i + 5 < chars.count && chars[i + 5] == "度"
                candidates.append((year, yearWord && nextIsDu))
                i += 4
                continue
            }
            i += 1
        }
        return (candidates.first { $0.1 } ?? candidates.first)?.0
    }

    /// 万元 or 元, where a caption or a block label says so (`项目资金（万元）`, `单位：元`, `金额单位:元`).
    static func moneyUnit(in text: String) -> String? {
        let key = LabelText.key(text)
        if key.contains("万元") { return "万元" }
        if key.contains("(元)") || key.contains("单位:元") || key.hasSuffix("单位元") || key == "元" { return "元" }
        return nil
    }
}
