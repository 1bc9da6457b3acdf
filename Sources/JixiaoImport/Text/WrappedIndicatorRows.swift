import Foundation
import JixiaoCore

/// Reads the rows of an indicator table without a 序号 column, as a PDF of narrow columns gives it:
/// every cell wrapped over several short lines, printed one cell after another.
///
/// - 一级指标 and 二级指标 are merged cells printed once at the top of their group (`产出 数量指标`,
///   `效益` / `经济效益` / `指标`, `可持续影` / `响指标`); a line made of level names starts a group, and the names
///   carry down.
/// - A row's target and actual usually share a line (`≥300 219`, `85% 91% /`); a `/` (or another
///   placeholder) after them is the reason column of a row with nothing to explain, and ends the row.
/// - The lines before are the indicator's name (and, where the values are words, its target and actual,
///   told apart by the lines' widths; see `WrappedCells`); the wide lines after are its reason, which ends
///   with a sentence (。).
/// - A reason cell merged over several rows prints between their lines: a wide line after a row's values
///   goes on a reason not yet ended; a row that prints nothing in a reason column that elsewhere prints
///   `/` shares the reason of the row above (noted).
struct WrappedIndicatorRows {
    var rows: [TextIndicatorRow] = []

    private struct Building {
        var pieces: [(text: String, line: Int)] = []
        var values: [String] = []
        /// 分值, 得分 and the like after the actual, in the header's order.
        var scores: [Decimal] = []
        var noReason = false
        var hasValues = false
        var reason: Int?
        var first: Int?
        var last = 0
    }

    init(_ table: TextTable, in doc: TextDocument, file: String) {
        var level1 = "", level2 = ""
        var partial = ""
        var lastWasLevel2 = false
        var reasons: [(text: String, closed: Bool)] = []
        var current = Building()
        var nameWidth = 0
        var placeholders = 0
        var built: [(row: TextIndicatorRow, reason: Int?, blankReason: Bool)] = []
        let hasReason = table.columns.contains(.reason)
        // The number columns after the actual (分值, 得分, 复核分), read from the right before the values.
        let scoreColumns = table.columns.filter { [.weight, .score, .reviewScore].contains($0) }

        /// A reason whose text ends a sentence is complete; one that stops mid-sentence goes on below.
        func closeReasons() {
            if let last = reasons.indices.last, CellText.endsSentence(reasons[last].text) { reasons[last].closed = true }
        }
        func finish() {
            guard current.first != nil, !current.pieces.isEmpty || current.hasValues else { current = Building(); return }
            var r = TextIndicatorRow(lines: current.first!...max(current.first!, current.last))
            r.level1 = level1; r.level2 = level2
            var book = NoteBook(file: file)
            let place = TextDocument.place(r.lines.lowerBound)
            let lines = current.pieces.map(\.text)
            let need = current.values.count >= 2 ? 1 : current.values.count == 1 ? 2 : 3
            var segments = WrappedCells.segments(lines)
            if segments.count < need, lines.count >= need {
                let filled = WrappedCells.fill(segments, to: need)
                segments = filled.cells
                if !filled.sure { book.warning(place, field: "target", "the row's cells were told apart by a guess at where one ends: check name, target and actual") }
            }
            var cells = segments.map(WrappedCells.join)
            if need == 1 {
                cells = [WrappedCells.join(lines)]
                nameWidth = max(nameWidth, lines.map(\.displayWidth).max() ?? 0)
            } else if cells.count < need, let only = lines.last, cells.count == 1 {
                let split = WrappedCells.split(only.tokens, parts: need)
                cells = split.cells
                if !split.sure { book.warning(place, field: "target", "the row's name and target could not be told apart: check them") }
            } else if cells.count > need {
                book.warning(place, field: "name", "the row's lines make \(cells.count) cells where \(need) were expected: the first ones were joined into the name; check name and target")
                let extra = cells.count - need
                cells = [cells[0...extra].joined()] + cells[(extra + 1)...]
            }
            while cells.count < need { cells.append("") }
            if lines.count > 1 {
                for ((field, label), value) in zip([("name", "三级指标"), ("target", "目标值"), ("actual", "实际完成值")], cells)
                    where lines.contains(where: { value.contains($0) && $0 != value }) {
                    book.info(TextDocument.place(r.lines), field: field, "the \(label) cell wraps over lines: joined as 「\(ImportSnippet.short(value, 80))」")
                }
            }
            var values = current.values
            if values.count > 2 {
                book.warning(place, field: "actual", "the row prints \(values.count) values where two were expected: 「\(values.joined(separator: " "))」; the first two taken")
                values = Array(values.prefix(2))
            }
            let all = Array(cells.prefix(need)) + values
            r.name = all.count > 0 ? all[0] : ""
            r.target = all.count > 1 ? all[1] : ""
            r.actual = all.count > 2 ? all[2] : ""
            for (role, value) in zip(scoreColumns, current.scores) {
                if role == .weight { r.weight = value } else if role == .score { r.score = value }
            }
            r.notes = book.take()
            if current.noReason { placeholders += 1 }
            built.append((r, current.reason, !current.noReason && current.reason == nil))
            current = Building()
        }

        for index in table.body {
            let line = doc.lines[index]
            let t = line.text.trimmed
            var words = t.tokens
            // Level names, whole or wrapped.
            if !partial.isEmpty {
                let joined = partial + t
                if LevelWords.isLevel2(joined) || LevelWords.isLevel1(joined) {
                    finish()
                    Self.setLevel(joined, &level1, &level2)
                    partial = ""
                    lastWasLevel2 = true
                    continue
                }
                if LevelWords.isPartial(joined) { partial = joined; continue }
                current.pieces.append((partial, line.number - 1))
                partial = ""
            }
            // The tail of a wrapped level name (经济效益 / 指标).
            if lastWasLevel2, t == "指标" || t == "标", LevelWords.isLevel2(level2 + t) {
                level2 += t
                continue
            }
            lastWasLevel2 = false
            var consumed = false
            // A level name starts a group, but a bare 一级 word (满意度, 成本) inside a name being read is
            // part of the name unless a 二级 name follows it.
            func isLevel(_ n: Int) -> Bool {
                let w = words[n]
                if LevelWords.isLevel2(w) { return true }
                guard LevelWords.isLevel1(w) else { return false }
                return current.pieces.isEmpty || n + 1 < words.count && LevelWords.isLevel2(words[n + 1])
            }
            while !words.isEmpty, isLevel(0) {
                let w = words[0]
                if !consumed { finish() }
                consumed = true
                Self.setLevel(w, &level1, &level2)
                lastWasLevel2 = LevelWords.isLevel2(w)
                words.removeFirst()
            }
            if words.count == 1, LevelWords.isPartial(words[0]), current.pieces.isEmpty || consumed {
                finish()
                partial = words[0]
                continue
            }
            if words.isEmpty { continue }
            // The values at the end of a line, and a placeholder reason after them.
            var tail = words
            var noReason = false
            if let last = tail.last, CellText.placeholders.contains(last) { noReason = true; tail.removeLast() }
            // A short reason after the values on their line (`85% 10 8 宣传不足`).
            var inlineReason: String?
            if !noReason, hasReason, tail.count >= 3, let last = tail.last, !CellText.isValue(last), AmountText.parse(last) == nil,
               CellText.isValue(tail[tail.count - 2]), CellText.isValue(tail[tail.count - 3]) {
                inlineReason = last; tail.removeLast()
            }
            var values: [String] = []
            var scores: [Decimal] = []
            if !scoreColumns.isEmpty {
                var numbers: [Decimal] = []
                var probe = tail
                while let last = probe.last, numbers.count < scoreColumns.count, let v = AmountText.parse(last) { numbers.insert(v, at: 0); probe.removeLast() }
                // Only when the values are still there before them.
                if numbers.count == scoreColumns.count, probe.suffix(2).allSatisfy(CellText.isValue), probe.count >= 2 { scores = numbers; tail = probe }
            }
            while let last = tail.last, CellText.isValue(last), values.count < 2 { values.insert(last, at: 0); tail.removeLast() }
            let text = tail.joined(separator: " ")
            if current.first == nil { current.first = line.number }
            if noReason || inlineReason != nil || values.count >= 2, !current.hasValues {
                if !text.isEmpty { current.pieces.append((text, line.number)) }
                current.values = values
                current.scores = scores
                if let inlineReason {
                    reasons.append((inlineReason, true)); current.reason = reasons.count - 1; noReason = true
                }
                current.hasValues = true
                current.noReason = noReason && inlineReason == nil
                current.last = line.number
                if noReason || !hasReason { finish() }
                continue
            }
            // What remains of the line once its level names are taken.
            let rest = words.joined(separator: " ")
            let width = rest.displayWidth
            let wide = width > max(nameWidth, 10) + WrappedCells.slack
            // A short line that ends the sentence of a reason still open is that reason's last line.
            let lastOfReason: Bool = {
                guard CellText.endsSentence(rest), let open = current.hasValues ? (current.reason ?? reasons.indices.last) : reasons.indices.last,
                      !reasons[open].closed, !reasons[open].text.isEmpty, !CellText.endsSentence(reasons[open].text) else { return false }
                return current.hasValues || current.pieces.isEmpty
            }()
            if current.hasValues {
                // After the values: wide lines are the reason (a merged one not yet ended goes on); a
                // narrow line starts the next row, and ends the reason if its last line ended a sentence.
                if wide || lastOfReason {
                    if current.reason == nil {
                        if let open = reasons.indices.last, !reasons[open].closed { current.reason = open } else {
                            reasons.append(("", false)); current.reason = reasons.count - 1
                        }
                    }
                    reasons[current.reason!].text += rest
                    current.last = line.number
                    continue
                }
                closeReasons()
                finish()
                current.first = line.number
            } else if let open = reasons.indices.last, !reasons[open].closed, wide || lastOfReason, current.pieces.isEmpty {
                // A merged reason going on between rows.
                reasons[open].text += rest
                current.first = nil
                continue
            }
            current.pieces.append((rest, line.number))
            current.last = line.number
        }
        if !partial.isEmpty { current.pieces.append((partial, doc.lines[table.body.last ?? table.header].number)) }
        finish()

        // Reasons, and the rows that share a merged one.
        var previousReason: Int?
        for (n, entry) in built.enumerated() {
            var row = entry.row
            if let id = entry.reason {
                row.reason = reasons[id].text
                previousReason = id
            } else if entry.blankReason, hasReason, placeholders > 0, let shared = previousReason {
                row.reason = reasons[shared].text
                row.notes.append(ImportNote(.info, place: TextDocument.place(row.lines.lowerBound), file: file, field: "deviationReason",
                    "the reason cell is blank where the table prints / for none: read as merged with the row above's reason"))
            } else {
                previousReason = nil
            }
            if n > 0, built[n - 1].reason != nil, entry.reason == built[n - 1].reason {
                row.notes.append(ImportNote(.info, place: TextDocument.place(row.lines.lowerBound), file: file, field: "deviationReason",
                    "the reason's lines run through this row: one reason cell merged over several rows"))
            }
            rows.append(row)
        }
    }

    static func setLevel(_ word: String, _ level1: inout String, _ level2: inout String) {
        let w = LevelWords.strip(word)
        guard LevelWords.isLevel2(w) else { level1 = w; return }
        level2 = w
        // A group's 一级指标 printed only at its top: the 二级指标's own category says it where it changes.
        if let category = Category.classify(level1: "", level2: w), !level1.hasPrefix(category.level1.chineseName) {
            level1 = category.level1.chineseName
        }
    }
}
