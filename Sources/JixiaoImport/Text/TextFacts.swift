import Foundation
import JixiaoCore

/// What report prose says about the report itself: its title, department, year, scope, kind, and
/// the self-score and grade it concludes with.
///
/// - The title is a line near the top that ends with 报告 or 自评表; without one it is made from the
///   year and scope (noted).
/// - The year is the one most often written before a 年 (`2022年`, `2023 年度`); ties go to the later.
/// - A department-wide report says 部门整体 or 整体支出 in its title or a heading; otherwise the scope is
///   the fund named most often right after the year (`2022年工业扶持专项资金`).
/// - The department is the organisation named right before 是 (`江门市工业和信息化局是主管…`), or else
///   the one (a 局, 厅, 委员会, 办公室, 中心…) named most often; a finance bureau only when no other is.
/// - The self-score is the number before 分 in a sentence that says 自评 (`绩效自评分数为 96分`); the grade
///   follows 等级为.
struct TextFacts {
    var title = ""
    var department = ""
    var year: Int?
    var scope = ""
    var kind: Report.Kind = .projectFund
    var statedScore: Decimal?
    var statedGrade: String?
    var notes: [ImportNote] = []

    init(_ doc: TextDocument, prose: TextProse, file: String) {
        var book = NoteBook(file: file)
        let all = prose.paragraphs.map(\.text).joined(separator: "\n")
        let whole = doc.lines.map(\.text).joined(separator: "\n")

        // Year.
        var years: [Int: Int] = [:]
        for m in TextPattern.matches(#"(20\d\d)\s*年"#, in: whole) { if let y = Int(m[1]) { years[y, default: 0] += 1 } }
        year = years.max { $0.value < $1.value || $0.value == $1.value && $0.key < $1.key }?.key

        // Kind and scope.
        // A department-wide report says so in its title or its headings (a project report may mention
        // the department's overall spending in passing).
        let headings = prose.paragraphs.filter(\.isHeading).map(\.text) + doc.lines.prefix(15).map(\.text)
        if headings.contains(where: { $0.contains("部门整体") || $0.contains("整体支出") }) {
            kind = .department
            scope = "部门整体支出"
        } else if let year {
            var scopes: [String: Int] = [:]
            var firstNamed: [String: Int] = [:]
            for m in TextPattern.matches(#"\#(year)\s*年度?([\p{Han}“”\dA-Za-z]{2,30}?(?:专项资金|资金|经费|项目))"#, in: all) {
                scopes[m[1], default: 0] += 1
                if firstNamed[m[1]] == nil { firstNamed[m[1]] = firstNamed.count }
            }
            // Named most often; then the shortest; then the first named (never the hash order's pick).
            if let best = scopes.max(by: { a, b in
                (a.value, -a.key.count, -firstNamed[a.key]!) < (b.value, -b.key.count, -firstNamed[b.key]!)
            }) {
                scope = best.key
                book.info("", field: "scope", "the scope 「\(scope)」 is the fund named most often after the year (\(best.value) time\(best.value == 1 ? "" : "s"))")
            }
        }

        // Department.
        let organisation = #"((?:[\p{Han}]{1,8}?(?:省|市|州|县|区|盟|旗))?[\p{Han}]{2,16}?(?:局|厅|委员会|办公室|中心|管理处|研究院|医院|学校|大学|政府))"#
        // The organisation starts a clause: after a line break, punctuation, a year's 年 or a non-Han character.
        if let m = TextPattern.matches(#"(?:^|(?<=[^\p{Han}\d])|(?<=[年，。；、]))"# + organisation + #"是"#, in: all).first {
            department = m[1]
            book.info("", field: "department", "the department 「\(department)」 is the organisation the text says it is (「…是…」): check it")
        } else {
            var counts: [String: Int] = [:]
            for m in TextPattern.matches(organisation, in: whole) { counts[m[1], default: 0] += 1 }
            let ranked = counts.sorted { $0.value > $1.value || $0.value == $1.value && $0.key < $1.key }
            if let pick = ranked.first(where: { !$0.key.contains("财政") }) ?? ranked.first {
                department = pick.key
                book.info("", field: "department", "the department 「\(department)」 is the organisation the text names most often (\(pick.value) time\(pick.value == 1 ? "" : "s")): check it")
            }
        }
        if department.isEmpty {
            book.warning("", field: "department", "no department is named: fill it in the draft")
        }

        // Title.
        let top = doc.lines.prefix(15).filter { !$0.isBlank }.map { $0.text.trimmed }
        for (n, t) in top.enumerated() {
            // A title may wrap onto the next line (`某局2023年度` / `绩效自评报告`).
            let joined = n > 0 && top[n - 1].count <= 30 && TextHeading.marker(top[n - 1]) == nil && !CellText.endsSentence(top[n - 1]) ? top[n - 1] + t : t
            if t.count <= 60, t.hasSuffix("报告") || t.hasSuffix("自评表"), t.contains("绩效") || joined.contains("绩效") {
                title = joined.count <= 60 && joined != t && !t.hasPrefix(top[n - 1]) ? joined : t
                break
            }
        }
        if title.isEmpty {
            let y = year.map { "\($0)年" } ?? ""
            title = kind == .department ? "\(department)\(y)度部门整体支出绩效自评报告" : "\(y)\(scope)绩效自评报告"
            book.info("", field: "title", "the text prints no title: 「\(title)」 made from its department, year and scope")
        }
        if year == nil {
            year = ImportDefaults.assumedYear
            book.warning("", field: "year", "no year is written: \(year!) assumed; correct it in the draft")
        }

        // Self-score and grade, from the last sentence that gives them.
        for paragraph in prose.paragraphs {
            for sentence in paragraph.sentences where sentence.contains("自评") || sentence.contains("评价") {
                if let m = TextPattern.matches(#"(?:自评|评价)[^，。；]{0,8}?(?:分数|得分|总分|分值|结果)(?:为|是|：|:)?\s*(\d+(?:\.\d+)?)\s*分"#, in: sentence).last {
                    statedScore = Decimal(stored: m[1])
                }
                if let m = TextPattern.matches(#"等级(?:为|评定为|是|：|:)\s*[“"「]?(优秀|良好|合格|不合格|优|良|中|差)"#, in: sentence).last {
                    statedGrade = ImportDefaults.grade(m[1])
                }
            }
        }
        notes = book.take()
    }
}
