import Foundation

/// A form printed to PDF, read back from where its text stands on the page into a grid the form
/// readers know.
///
/// The positions come from `pdftotext -tsv` (each word with its box, in points, the same on every
/// page) or, for a text already laid out, from the characters' columns. A printed table comes apart:
/// a cell that wraps prints its lines above and below the row's other cells, a merged label prints
/// once in the middle of the rows it spans, and header labels wrap too (`年度` / `指标值`). The rules:
///
/// 1. Words on one line join into a cell where the gap between them is a space; a wider gap, or a word
///    that starts where a column of the header above starts, begins a new cell.
/// 2. A header is a line of known column labels (two or more, nothing else; see `ColumnRole`), with the
///    pieces of wrapped labels just above and below it. Its labels are the columns of the lines below,
///    to the next header; a cell belongs to the label it overlaps most, or the nearest. Cells left of
///    the first label make columns of their own by where they start.
/// 3. A line with cells in two columns or more is a row; any other line holds pieces of wrapped cells,
///    each joined (in reading order) to the nearest row, within two and a half lines on the same page,
///    whose cell in that column is empty; a piece with none is a row of its own.
/// 4. In the 一级指标 and 二级指标 columns a label is a merged cell centred on the rows it spans: it
///    covers the rows, from the end of the label above, whose middle is nearest its line.
enum LayoutGrid {
    struct Run: Sendable { var start: Double; var end: Double; var text: String }
    struct Line: Sendable { var page: Int; var y: Double; var runs: [Run]; var place: String }

    struct Layout: Sendable {
        var lines: [Line]
        /// The height of one line of text and the width of a space, in the layout's units.
        var lineHeight: Double
        var space: Double
    }

    // MARK: The grid

    struct Column { var start: Double; var end: Double; var label: String }
    private struct Row { var line: Int; var page: Int; var y: Double; var cells: [Int: String]; var place: String; var region: Int }

    static func grid(_ layout: Layout, name: String) -> Grid {
        let lines = layout.lines
        let h = layout.lineHeight
        // 2. Headers, with the pieces of wrapped labels on the lines just above and below.
        var headers: [Int: [Column]] = [:]
        /// Per line, the stretches taken into a header (a wrapped label's pieces).
        var consumed: [Int: [(start: Double, end: Double)]] = [:]
        func isConsumed(_ line: Int, _ run: Run) -> Bool {
            consumed[line]?.contains { run.start >= $0.start - 0.5 && run.end <= $0.end + 0.5 } ?? false
        }
        for (i, line) in lines.enumerated() {
            // Labels a single space apart (`序号 二级项目`) are two labels, not one.
            let runs = joined(line.runs, space: layout.space, starts: []).flatMap { run -> [Run] in
                guard !isLabel(run.text), run.text.contains(" ") else { return [run] }
                let words = line.runs.filter { $0.start >= run.start - 0.01 && $0.end <= run.end + 0.01 }
                return words.count > 1 && words.allSatisfy({ isLabel($0.text) }) ? words : [run]
            }
            guard runs.count >= 2, runs.filter({ isLabel($0.text) }).count >= 2 else { continue }
            let near = [i - 1, i + 1].filter { lines.indices.contains($0) && lines[$0].page == line.page && abs(lines[$0].y - line.y) <= 1.5 * h }
            // A piece of a label alone on the line (率 under 执行) is a label with the pieces above and below it.
            var columns: [Column] = []
            var whole = true
            var taken: [(line: Int, start: Double, end: Double)] = []
            for run in runs {
                if isLabel(run.text) { columns.append(Column(start: run.start, end: run.end, label: run.text)); continue }
                var label = run.text, start = run.start, end = run.end
                for j in near {
                    for p in joined(lines[j].runs, space: layout.space, starts: []) where overlap(p.start, p.end, run.start, run.end) > 0 {
                        label = j < i ? p.text + label : label + p.text
                        start = min(start, p.start); end = max(end, p.end)
                        taken.append((j, p.start, p.end))
                    }
                }
                if isLabel(label) { columns.append(Column(start: start, end: end, label: label)) } else { whole = false }
            }
            guard whole else { continue }
            for t in taken { consumed[t.line, default: []].append((t.start, t.end)) }
            var free: [(line: Int, run: Run)] = []
            for j in [i - 1, i + 1] where lines.indices.contains(j) && lines[j].page == line.page && abs(lines[j].y - line.y) <= 1.5 * h {
                for p in joined(lines[j].runs, space: layout.space, starts: []) where !columns.contains(where: { overlap($0.start, $0.end, p.start, p.end) > 0 }) {
                    free.append((j, p))
                }
            }
            // Pieces above and below the same place join (年度 + 指标值); a label so made is a column.
            var used = Array(repeating: false, count: free.count)
            for a in free.indices where !used[a] {
                var label = free[a].run.text, start = free[a].run.start, end = free[a].run.end, members = [a]
                for b in free.indices where b != a && !used[b] && free[b].line > free[a].line && overlap(start, end, free[b].run.start, free[b].run.end) > 0 {
                    label += free[b].run.text; start = min(start, free[b].run.start); end = max(end, free[b].run.end); members.append(b)
                }
                guard isLabel(label) else { continue }
                columns.append(Column(start: start, end: end, label: label))
                for m in members { used[m] = true; consumed[free[m].line, default: []].append((free[m].run.start, free[m].run.end)) }
            }
            columns.sort { $0.start < $1.start }
            headers[i] = columns
        }
        // Regions: a header starts one, holding to the next header, or to the 项目名称 of another form.
        var regionOf = Array(repeating: 0, count: lines.count)
        var headerOf: [Int: [Column]] = [:]
        do {
            var reg = 0, inTable = false
            for (i, line) in lines.enumerated() {
                if let header = headers[i] { reg += 1; headerOf[reg] = header; inTable = true } else if inTable,
                    line.runs.contains(where: { StandardForm.projectAnchors.contains(LabelText.key($0.text)) }) {
                    reg += 1; inTable = false
                }
                regionOf[i] = reg
            }
        }
        // 1, 2. Cells placed in columns, line by line.
        struct Cell { var line: Int; var page: Int; var top: Double; var bottom: Double; var column: Int; var text: String
                      var start: Double; var end: Double; var region: Int; var taken = false
                      /// Where the cell's last line ends: a line that fills the column goes on below.
                      var lastEnd: Double = 0 }
        // Whether a region's labels start where its cells start (left-aligned), or sit in the middle.
        var leftAligned: [Int: Bool] = [:]
        do {
            var hits: [Int: (Int, Int)] = [:]
            for (i, line) in lines.enumerated() where headers[i] == nil {
                let reg = regionOf[i]
                guard let columnsHere = headerOf[reg], !columnsHere.isEmpty else { continue }
                for run in line.runs where run.start >= columnsHere[0].start - layout.space && AmountText.parse(run.text.replacingOccurrences(of: "%", with: "")) == nil {
                    let hit = columnsHere.contains { abs($0.start - run.start) <= layout.space * 0.5 }
                    hits[reg, default: (0, 0)].0 += hit ? 1 : 0
                    hits[reg, default: (0, 0)].1 += 1
                }
            }
            for (reg, (hit, all)) in hits { leftAligned[reg] = hit * 2 > all }
        }
        var cells: [Cell] = []
        var rows: [Row] = []
        var columns: [Column] = []
        var region = 0
        // Columns left of a region's first label, by where their cells start.
        var leftStartsOf: [Int: [Double]] = [:]
        do {
            for (i, line) in lines.enumerated() where headers[i] == nil {
                let reg = regionOf[i]
                guard let first = headerOf[reg]?.first?.start else { continue }
                for run in line.runs where run.end <= first + layout.space && !isConsumed(i, run) {
                    if !(leftStartsOf[reg] ?? []).contains(where: { abs($0 - run.start) <= 2 * layout.space }) { leftStartsOf[reg, default: []].append(run.start) }
                }
            }
            for key in leftStartsOf.keys { leftStartsOf[key]!.sort() }
        }
        var leftStarts: [Double] = []
        var rightOf: [Int: [Int: Double]] = [:]   // region → column → its right boundary
        var columnStartOf: [Int: [Int: Double]] = [:]
        let pageRight = Dictionary(grouping: lines, by: \.page).mapValues { $0.flatMap(\.runs).map(\.end).max() ?? 0 }
        for (i, line) in lines.enumerated() {
            if regionOf[i] != region { region = regionOf[i]; columns = headerOf[region] ?? []; leftStarts = leftStartsOf[region] ?? [] }
            if let header = headers[i] {
                rows.append(Row(line: i, page: line.page, y: line.y, cells: Dictionary(uniqueKeysWithValues: header.enumerated().map { (16 + $0.offset, $0.element.label) }),
                                place: line.place, region: region))
                for (n, column) in header.enumerated() {
                    columnStartOf[region, default: [:]][16 + n] = column.start
                    rightOf[region, default: [:]][16 + n] = n + 1 < header.count ? header[n + 1].start : pageRight[line.page] ?? column.end
                }
                continue
            }
            let own = line.runs.filter { !isConsumed(i, $0) }
            if own.isEmpty { continue }

            var here: [Int: Cell] = [:]
            for run in joined(own, space: layout.space, starts: columns.map(\.start)).flatMap({ splitAcross($0, words: own, columns: columns) }) {
                let column: Int
                if columns.isEmpty {
                    column = here.count
                } else if run.end <= columns[0].start + layout.space {
                    column = leftStarts.firstIndex(where: { abs($0 - run.start) <= 2 * layout.space }) ?? 0
                    rightOf[region, default: [:]][column] = columns[0].start
                } else {
                    column = 16 + best(run, columns, leftAligned: leftAligned[region] ?? true)
                }
                if var cell = here[column] {
                    cell.text += " " + run.text; cell.end = run.end; cell.lastEnd = run.end; here[column] = cell
                } else {
                    here[column] = Cell(line: i, page: line.page, top: line.y, bottom: line.y, column: column, text: run.text,
                                        start: run.start, end: run.end, region: region, lastEnd: run.end)
                }
            }
            cells += here.values.sorted { $0.column < $1.column }
        }
        // A cell that fills its column's width goes on in the cell just below it in that column (a wrapped cell).
        let order = cells.indices.sorted { cells[$0].column < cells[$1].column || cells[$0].column == cells[$1].column && cells[$0].line < cells[$1].line }
        var previous: Int?
        for k in order {
            defer { if !cells[k].taken { previous = k } else if let p = previous, cells[p].column != cells[k].column { previous = nil } }
            guard let p = previous, cells[p].column == cells[k].column, cells[p].page == cells[k].page, cells[p].region == cells[k].region,
                  cells[k].top - cells[p].bottom > 0, cells[k].top - cells[p].bottom <= 1.3 * h else { continue }
            let right = rightOf[cells[p].region]?[cells[p].column] ?? pageRight[cells[p].page] ?? cells[p].end
            // Numbers do not wrap; a text line fills its column when it reaches the column's end and
            // takes most of its width.
            let left = cells[p].column >= 16 ? (columnStartOf[cells[p].region]?[cells[p].column] ?? cells[p].start) : cells[p].start
            guard AmountText.parse(cells[p].text) == nil, cells[p].lastEnd >= right - 4 * layout.space,
                  cells[p].lastEnd - cells[p].start >= 0.6 * (right - left) else { continue }
            cells[p].text += cells[k].text
            cells[p].bottom = cells[k].top
            cells[p].end = max(cells[p].end, cells[k].end)
            cells[p].lastEnd = cells[k].end
            cells[k].taken = true
        }
        cells = cells.filter { !$0.taken }
        // 3. Rows: in a region with number columns (分值, 得分, amounts), a line with a number there; else a
        // line with cells in two columns. The other cells are pieces.
        var anchorColumns: [Int: Set<Int>] = [:]
        for (reg, list) in Dictionary(grouping: cells.filter { $0.column >= 16 }, by: \.region) {
            for (column, inColumn) in Dictionary(grouping: list, by: \.column) where inColumn.count >= 2 {
                let numbers = inColumn.filter { AmountText.parse($0.text.replacingOccurrences(of: "%", with: "")) != nil }.count
                if numbers * 10 >= inColumn.count * 8 { anchorColumns[reg, default: []].insert(column) }
            }
        }
        var pieces: [Cell] = []
        for (line, list) in Dictionary(grouping: cells, by: \.line).sorted(by: { $0.key < $1.key }) {
            let reg = list[0].region
            let isRow: Bool
            if reg == 0 { isRow = true } else if let anchors = anchorColumns[reg] { isRow = list.contains { anchors.contains($0.column) } }
            else { isRow = Set(list.map(\.column)).count >= 2 }
            if isRow {
                rows.append(Row(line: line, page: list[0].page, y: list[0].top, cells: Dictionary(uniqueKeysWithValues: list.map { ($0.column, $0.text) }),
                                place: lines[line].place, region: reg))
            } else {
                pieces += list
            }
        }
        rows.sort { $0.line < $1.line }
        var levelColumnsByRegion: [Int: Set<Int>] = [:]
        for (r, header) in headerOf {
            // The merged columns: 一级指标, 二级指标, and a report table's 二级项目.
            levelColumnsByRegion[r] = Set(header.enumerated().filter { ColumnRole.match($0.element.label, among: [.level1, .level2, .project]) != nil }.map { 16 + $0.offset })
        }
        var before: [Int: [Int: [String]]] = [:], after: [Int: [Int: [String]]] = [:]
        var labels: [(page: Int, y: Double, column: Int, text: String, region: Int)] = []
        // Rows by page, so a piece looks only at its own page's rows.
        let rowsOnPage = Dictionary(grouping: rows.indices, by: { rows[$0].page })
        // Labels of the left columns already printed in the region: a merged cell printed again on the next page.
        var printed = Set(rows.flatMap { row in row.cells.filter { $0.key < 16 }.map { "\(row.region):\($0.key):\($0.value)" } })
        // A level label on a row's own line is a merged cell too: centred on that row, it may cover the
        // rows around it (the middle of three).
        var rowLabels: [(page: Int, y: Double, column: Int, text: String, region: Int)] = []
        for n in rows.indices where !headers.keys.contains(rows[n].line) {
            for column in levelColumnsByRegion[rows[n].region] ?? [] {
                guard let text = rows[n].cells[column] else { continue }
                rowLabels.append((rows[n].page, rows[n].y, column, text, rows[n].region))
            }
        }
        for piece in pieces.sorted(by: { $0.line < $1.line }) {
            let middle = (piece.top + piece.bottom) / 2
            if piece.column < 16 {
                let key = "\(piece.region):\(piece.column):\(piece.text)"
                if printed.contains(key) { continue }
                printed.insert(key)
            }
            let near = (rowsOnPage[piece.page] ?? []).filter { rows[$0].region == piece.region && abs(rows[$0].y - middle) <= 2.5 * h
                && rows[$0].cells[piece.column] == nil && !headers.keys.contains(rows[$0].line) }
            if levelColumnsByRegion[piece.region]?.contains(piece.column) == true, !near.isEmpty {
                if let last = labels.last, last.column == piece.column, last.page == piece.page, middle - last.y <= 1.5 * h,
                   !(rowsOnPage[piece.page] ?? []).contains(where: { rows[$0].y > last.y && rows[$0].y < middle && rows[$0].cells[piece.column] != nil }) {
                    labels[labels.count - 1].text += piece.text
                    labels[labels.count - 1].y = (last.y + middle) / 2
                } else {
                    labels.append((piece.page, middle, piece.column, piece.text, piece.region))
                }
                continue
            }
            if let n = near.min(by: { abs(rows[$0].y - middle) < abs(rows[$1].y - middle) || abs(rows[$0].y - middle) == abs(rows[$1].y - middle) && $0 < $1 }) {
                if middle < rows[n].y { before[n, default: [:]][piece.column, default: []].append(piece.text) }
                else { after[n, default: [:]][piece.column, default: []].append(piece.text) }
            } else {
                rows.append(Row(line: piece.line, page: piece.page, y: piece.top, cells: [piece.column: piece.text], place: lines[piece.line].place, region: piece.region))
            }
        }
        for n in rows.indices {
            for column in Set((before[n] ?? [:]).keys).union((after[n] ?? [:]).keys) {
                rows[n].cells[column] = ((before[n]?[column] ?? []) + (after[n]?[column] ?? [])).joined()
            }
        }
        rows.sort { $0.page < $1.page || $0.page == $1.page && $0.y < $1.y }
        // 4. Merged level labels: a label covers the run of rows (each with that cell empty, on its page,
        // after the label above) whose middle is nearest its line; the label above covers the rows before.
        // A label printed again on a later page, where its merged cell goes on, is the same label.
        var merges: [(first: Int, last: Int, column: Int)] = []
        var extra: [Row] = []
        typealias Label = (page: Int, y: Double, column: Int, text: String, region: Int, own: Bool)
        var all: [Label] = labels.map { ($0.page, $0.y, $0.column, $0.text, $0.region, false) }
        all += rowLabels.map { ($0.page, $0.y, $0.column, $0.text, $0.region, true) }
        all.sort { (a: Label, b: Label) -> Bool in a.page < b.page || a.page == b.page && a.y < b.y }
        var byColumn: [Int: [Label]] = [:]
        for label in all { byColumn[label.column, default: []].append(label) }
        let dataRows = Set(rows.indices.filter { !headers.keys.contains(rows[$0].line) })
        for (column, list) in byColumn.sorted(by: { $0.key < $1.key }) {
            var next = 0
            var lastLabel: (text: String, region: Int, merge: Int?)?
            for label in list {
                if !label.own, let last = lastLabel, last.text == label.text, last.region == label.region { continue }
                let pool = rows.indices.filter { $0 >= next && dataRows.contains($0) && rows[$0].region == label.region && rows[$0].page == label.page }
                // A label on a row's own line covers that row at least; other rows' own labels are theirs.
                let own = label.own ? pool.first { rows[$0].y == label.y && rows[$0].cells[column] == label.text } : nil
                func free(_ n: Int) -> Bool { rows[n].cells[column] == nil || n == own }
                // The run whose middle is nearest; of runs about as near, the one that starts first (a
                // merged cell starts where the one above ends).
                var groups: [(a: Int, b: Int, cost: Double)] = []
                for (ia, a) in pool.enumerated() where free(a) {
                    for b in pool[ia...] {
                        if !free(b) { break }
                        if let own, !(a...b).contains(own) { continue }
                        groups.append((a, b, abs((rows[a].y + rows[b].y) / 2 - label.y)))
                    }
                }
                let nearest = groups.map(\.cost).min() ?? .infinity
                let best = groups.filter { $0.cost <= nearest + 0.25 * h }.min { $0.a < $1.a || $0.a == $1.a && $0.cost < $1.cost }
                guard let group = best, group.cost <= 2.5 * h else {
                    if label.own { continue }
                    extra.append(Row(line: -1, page: label.page, y: label.y, cells: [column: label.text], place: "page \(label.page)", region: label.region))
                    continue
                }
                // The label above goes on to the row before this one.
                if let last = lastLabel, let m = last.merge, group.a - 1 > merges[m].last,
                   (merges[m].last + 1..<group.a).allSatisfy({ rows[$0].cells[column] == nil }) {
                    merges[m].last = group.a - 1
                }
                rows[group.a].cells[column] = label.text
                merges.append((group.a, group.b, column))
                lastLabel = (label.text, label.region, merges.count - 1)
                next = group.b + 1
            }
        }
        // Rows in page order, the labels that stand alone among them.
        var ordered = rows.indices.map { (page: rows[$0].page, y: rows[$0].y, row: rows[$0], index: $0) }
        ordered += extra.map { (page: $0.page, y: $0.y, row: $0, index: -1) }
        ordered.sort { $0.page < $1.page || $0.page == $1.page && $0.y < $1.y }
        var position: [Int: Int] = [:]
        for (n, entry) in ordered.enumerated() where entry.index >= 0 { position[entry.index] = n }
        var grid = Grid(name: name)
        grid.placeOfRow = ordered.map { entry in
            entry.row.line >= 0 ? entry.row.place : lines.first { $0.page == entry.page && $0.y >= entry.y - 1 }?.place ?? entry.row.place
        }
        for (n, entry) in ordered.enumerated() {
            for (c, text) in entry.row.cells where !text.isEmpty { grid.set(GridCell(text: text), at: CellAddress(row: n, column: c)) }
        }
        for m in merges where m.last > m.first {
            guard let a = position[m.first], let b = position[m.last] else { continue }
            grid.merge(CellRange(first: CellAddress(row: a, column: m.column), last: CellAddress(row: b, column: m.column)))
        }
        return grid
    }
}
