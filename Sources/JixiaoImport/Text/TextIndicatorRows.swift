import Foundation
import JixiaoCore

/// One indicator row read from report text, before it becomes an `Indicator`.
struct TextIndicatorRow {
    var project: String?
    var level1 = ""
    var level2 = ""
    var name = ""
    var target = ""
    var actual = ""
    var reason: String?
    /// 分值 and 得分, where the table prints them.
    var weight: Decimal?
    var score: Decimal?
    /// The row's first and last line numbers (1-based), for notes.
    var lines: ClosedRange<Int>
    var notes: [ImportNote] = []
}

/// Reads the rows of an indicator table with a 序号 column (the report layout: 序号 / 二级项目 /
/// 二级指标 / 三级指标 / 目标值 / 实际完成值).
///
/// The 二级项目 column is a merged cell whose text a PDF prints in pieces around its rows'
/// lines (`支持工业互` on one row, `联网发展` after it); the pieces are joined until they spell a
/// sub-project of the budget table, and that name is carried down to the next. The 二级指标 is
/// the first word that names one (数量指标, 社会效益…); the rest is the name, target and actual
/// (see `WrappedCells`).
struct NumberedIndicatorRows {
    var rows: [TextIndicatorRow] = []

    init(_ table: TextTable, in doc: TextDocument, projects: [String], file: String) {
        let hasProject = table.columns.contains(.project)
        let hasLevel1 = table.columns.contains(.level1)
        let keys = projects.map(\.compactKey)
        /// The merged project name being spelled, and the rows it covers so far.
        var pending = "", waiting: [Int] = []
        var current: String?
        var level1 = "", level2 = ""
        let numbered = NumberedRows(table, in: doc)
        var book = NoteBook(file: file)
        numbered.note(in: doc, book: &book)
        func spells(_ text: String) -> Bool {
            let key = text.compactKey
            return !key.isEmpty && keys.contains { $0.hasPrefix(key) }
        }
        /// Ends the name being spelled: the rows waiting for it get it.
        func settle(warn: Bool) {
            guard !pending.isEmpty else { return }
            let key = pending.compactKey
            let name = keys.firstIndex(of: key).map { projects[$0] } ?? pending
            if warn, !keys.isEmpty, keys.firstIndex(of: key) == nil, let first = waiting.first {
                rows[first].notes.append(ImportNote(.warning, place: TextDocument.place(rows[first].lines.lowerBound), file: file,
                    field: "subProject", "the pieces of the 二级项目 cell spell 「\(pending)」, which the budget table does not name: kept as printed"))
            }
            for i in waiting { rows[i].project = name }
            current = name
            pending = ""; waiting = []
        }
        for row in numbered.rows {
            let first = doc.lines[row.first].number
            var r = TextIndicatorRow(lines: first...doc.lines[row.last].number)
            var main: [String]?
            var after: [String] = []
            var pieces: [String] = []
            /// The pieces before the 二级指标 go on spelling the name, or start a new one.
            func startProject() {
                guard hasProject, !pieces.isEmpty else { return }
                let text = pieces.joined()
                if !pending.isEmpty, !keys.contains(pending.compactKey), spells(pending + text) {
                    pending += text
                } else {
                    settle(warn: true)
                    pending = text
                }
            }
            for (_, text) in row.lines {
                let words = text.tokens
                if main == nil {
                    // Before the 二级指标: pieces of the merged project name (and a 一级指标).
                    guard let at = words.firstIndex(where: { LevelWords.isLevel2($0) || hasLevel1 && LevelWords.isLevel1($0) }) else {
                        pieces.append(text)
                        continue
                    }
                    var levelWords = Array(words[at...])
                    if at > 0 { pieces.append(words[..<at].joined(separator: " ")) }
                    if hasLevel1, LevelWords.isLevel1(levelWords[0]),
                       levelWords.count > 1 && LevelWords.isLevel2(levelWords[1]) || !LevelWords.isLevel2(levelWords[0]) {
                        level1 = levelWords.removeFirst()
                    }
                    if let w = levelWords.first, LevelWords.isLevel2(w) { level2 = LevelWords.strip(w); levelWords.removeFirst() }
                    main = levelWords
                    startProject()
                    continue
                }
                // After the 二级指标: a line that goes on spelling an unfinished project name belongs to it.
                if hasProject, !pending.isEmpty, spells(pending + text), !keys.contains(pending.compactKey) {
                    pending += text
                    continue
                }
                after.append(text)
            }
            if main == nil { startProject() }
            if !hasProject || pending.isEmpty { r.project = current } else { waiting.append(rows.count) }
            if !hasProject, !pieces.isEmpty {
                book.info(TextDocument.place(first), "text before the row's 二级指标 was left out: 「\(pieces.joined(separator: " "))」")
            }
            r.level1 = level1
            r.level2 = level2
            // 分值 and 得分 end the row's line (in the header's order), before the name, target and actual.
            var words = main ?? []
            let scoreColumns = table.columns.filter { [.weight, .score, .reviewScore].contains($0) }
            if !scoreColumns.isEmpty, words.count > scoreColumns.count {
                let tail = words.suffix(scoreColumns.count).compactMap { AmountText.parse($0) }
                if tail.count == scoreColumns.count {
                    words.removeLast(scoreColumns.count)
                    for (role, value) in zip(scoreColumns, tail) {
                        if role == .weight { r.weight = value } else if role == .score { r.score = value }
                    }
                }
            }
            let cells = Self.cells(main: words, after: after, lines: r.lines, notes: &r.notes, file: file)
            r.name = cells.name; r.target = cells.target; r.actual = cells.actual
            Self.checkStray(&r, file: file)
            rows.append(r)
            // The name is complete once it spells a sub-project and no longer one spells more of it.
            if !pending.isEmpty, keys.contains(pending.compactKey) { settle(warn: false) }
        }
        settle(warn: true)
        if !book.notes.isEmpty, !rows.isEmpty { rows[0].notes.insert(contentsOf: book.take(), at: 0) }
    }

    /// Name, target and actual from the row's main line (after its 二级指标) and the lines after it.
    static func cells(main: [String], after: [String], lines: ClosedRange<Int>, notes: inout [ImportNote], file: String)
        -> (name: String, target: String, actual: String) {
        var book = NoteBook(file: file)
        let place = TextDocument.place(lines)
        var segments = WrappedCells.segments(after)
        if main.isEmpty, segments.count < 3, after.count >= 3 {
            let filled = WrappedCells.fill(segments, to: 3)
            segments = filled.cells
            if !filled.sure { book.warning(place, field: "target", "the row's cells were told apart by a guess at where one ends: check name, target and actual") }
        }
        let lineCells = segments.map(WrappedCells.join)
        var cells: [String]
        let need = 3 - lineCells.count
        if main.isEmpty {
            cells = lineCells
        } else if need >= 1 {
            let split = WrappedCells.split(main, parts: need)
            if !split.sure {
                let read = zip(["三级指标", "目标值", "实际完成值"], split.cells).map { "\($0) 「\($1)」" }.joined(separator: ", ")
                book.warning(place, "the row's words could not be told apart by what they hold: read as \(read); check them")
            }
            cells = split.cells + lineCells
        } else {
            cells = [main.joined(separator: " ")] + lineCells
        }
        if !after.isEmpty {
            for ((field, label), value) in zip([("name", "三级指标"), ("target", "目标值"), ("actual", "实际完成值")], cells)
                where after.contains(where: { value.contains($0) && $0 != value }) {
                book.info(place, field: field, "the \(label) cell wraps over lines: joined as 「\(ImportSnippet.short(value, 80))」")
            }
        }
        if cells.count > 3 {
            let extra = cells[2..<(cells.count - 1)]
            book.warning(place, field: "actual", "the row has more cells than its columns: 「\(extra.joined(separator: " / "))」 left out between the target and the actual")
            cells = [cells[0], cells[1], cells[cells.count - 1]]
        }
        while cells.count < 3 {
            book.warning(place, field: ["name", "target", "actual"][cells.count], "the row has no \(["三级指标", "目标值", "实际完成值"][cells.count]) cell")
            cells.append("")
        }
        notes += book.take()
        return (cells[0], cells[1], cells[2])
    }

    /// A first character the actual does not repeat (`绩认定能源管理中心企业数量` against `认定能源…`) may be
    /// a stray fragment of another cell: kept as printed, with a note.
    static func checkStray(_ r: inout TextIndicatorRow, file: String) {
        let name = r.name.compactKey, actual = r.actual.compactKey
        guard name.count >= 4, !actual.hasPrefix(name), actual.hasPrefix(String(name.dropFirst())) else { return }
        r.notes.append(ImportNote(.warning, place: TextDocument.place(r.lines.lowerBound), file: file, field: "name",
            "「\(name.first!)」 at the start of the name is not repeated by the actual: it may be a stray piece of another cell"))
    }
}
