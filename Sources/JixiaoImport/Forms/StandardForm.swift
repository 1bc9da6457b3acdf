import Foundation
import JixiaoCore

/// Reads the standard 项目支出绩效自评表 (and its provincial variants, and the 部门整体支出 form)
/// from a grid: every form on the sheet, found by its labels wherever they stand.
///
/// A form begins at its 项目名称 (or 部门名称) row, with the title rows just above it, and ends
/// where the next form's title begins. Inside it, blocks are found by their header labels: the
/// funds block (年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分), the 年度总体目标,
/// the indicator block (一级 / 二级 / 三级 / 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因), 总分.
struct StandardForm {
    /// Rows of one form: `first` is its title, `anchor` its 项目名称 row, `last` its final row.
    struct Span: Equatable { var first: Int; var anchor: Int; var last: Int; var kind: Report.Kind }

    let grid: Grid
    let span: Span
    let fileName: String
    var notes: NoteBook
    /// Cells that were read into the report; any other non-empty cell becomes a note.
    var used = Set<CellAddress>()
    /// The row each indicator was read from, so a note about one of its cells can join it.
    var indicatorRows: [Int: Int] = [:]

    /// The cells that start a form (项目名称, or 部门名称 under a title that says 部门), with the form's kind.
    static func anchors(in grid: Grid) -> [(address: CellAddress, kind: Report.Kind)] {
        var anchors: [(CellAddress, Report.Kind)] = []
        for row in 0..<grid.rowCount {
            for (column, cell) in grid.filled(row: row) where mayBeAnchor(cell.text) {
                let key = LabelText.key(cell.text)
                func names(_ labels: [String]) -> Bool { labels.contains { key == $0 || key.hasPrefix($0 + ":") } }
                let kind: Report.Kind? = names(projectAnchors) ? .projectFund
                    : names(departmentAnchors) && titleAbove(row, in: grid).contains("部门") ? .department : nil
                guard let kind else { continue }
                if !isTableHeader(row, column, in: grid) { anchors.append((CellAddress(row: row, column: column), kind)) }
            }
        }
        return anchors
    }

    /// The sheet as one grid per column band when forms stand side by side (two 项目名称 on one row),
    /// else the sheet itself.
    /// Forms stand side by side when two 项目名称 lie within five rows of each other in different
    /// columns (a form's head is taller than that, so stacked forms never do); each right-hand form's
    /// column starts a band.
    static func bands(of grid: Grid) -> [Grid] {
        let anchors = anchors(in: grid).map(\.address)
        guard anchors.count > 1 else { return [grid] }
        var startSet = Set<Int>()
        for (i, a) in anchors.enumerated() {
            for b in anchors[(i + 1)...] where b.row - a.row <= 5 && b.column != a.column {
                startSet.insert(max(a.column, b.column))
            }
        }
        let starts = startSet.sorted()
        guard !starts.isEmpty else { return [grid] }
        let bounds = [0] + starts + [max(grid.columnCount, (starts.last ?? 0) + 1)]
        return zip(bounds, bounds.dropFirst()).map { grid.restricted(to: $0..<$1) }
    }

    /// Every form on the sheet (of a band, for forms side by side).
    static func spans(in grid: Grid) -> [Span] {
        var rows: [(row: Int, kind: Report.Kind)] = []
        for anchor in anchors(in: grid) where rows.last?.row != anchor.address.row { rows.append((anchor.address.row, anchor.kind)) }
        var spans: [Span] = []
        for (i, anchor) in rows.enumerated() {
            let floor = spans.last.map { $0.anchor + 1 } ?? 0
            var first = anchor.row
            // Title rows: up to six rows above the anchor of one to three cells (blank rows passed over),
            // up to a row of labels or a table.
            var row = anchor.row - 1
            while row >= floor, anchor.row - row <= 6 {
                let cells = grid.filled(row: row)
                if cells.isEmpty { row -= 1; continue }
                guard cells.count <= 3, cells.allSatisfy({ isTitleRowCell($0.cell.text) }) else { break }
                first = row
                row -= 1
            }
            if var previous = spans.popLast() {
                previous.last = first - 1
                spans.append(previous)
            }
            let last = i + 1 < rows.count ? rows[i + 1].row - 1 : grid.rowCount - 1
            spans.append(Span(first: first, anchor: anchor.row, last: last, kind: anchor.kind))
        }
        return spans
    }

    /// The UTF-8 bytes of every anchor label's first character, to pass over other cells without reading them.
    private static let anchorStarts: [[UInt8]] = Array(Set((projectAnchors + departmentAnchors).compactMap { $0.first.map { Array(String($0).utf8) } }))

    /// Whether a cell could be an anchor label: after spaces (ASCII or 　) and `*`, it begins with an anchor's first character.
    private static func mayBeAnchor(_ text: String) -> Bool {
        var utf8 = text.utf8[...]
        guard utf8.count <= 240 else { return false }
        while let b = utf8.first {
            if b == 0x20 || b == 0x09 || b == 0x2A || b == 0x0A || b == 0x0D { utf8 = utf8.dropFirst(); continue }
            if b == 0xE3, utf8.dropFirst().first == 0x80, utf8.dropFirst(2).first == 0x80 { utf8 = utf8.dropFirst(3); continue }
            break
        }
        return anchorStarts.contains { utf8.starts(with: $0) }
    }

    static let projectAnchors = ["项目名称"]
    static let departmentAnchors = ["部门名称", "部门(单位)名称", "单位名称", "部门"]

    private static func titleAbove(_ row: Int, in grid: Grid) -> String {
        (max(0, row - 4)..<row).map { r in grid.filled(row: r).map(\.cell.text).joined() }.joined()
    }

    /// A long-format header (项目名称 beside 三级指标, 年初预算数 …, with no empty column between) is not
    /// a form's 项目名称 row; cells past an empty column belong to another form beside it.
    private static func isTableHeader(_ row: Int, _ column: Int, in grid: Grid) -> Bool {
        let roles = LongTable.indicatorTableRoles + LongTable.fundsTableRoles
        let filled = grid.filled(row: row)
        guard let at = filled.firstIndex(where: { $0.column == column }) else { return false }
        var low = at, high = at
        while low > 0, filled[low - 1].column == filled[low].column - 1 { low -= 1 }
        while high + 1 < filled.count, filled[high + 1].column == filled[high].column + 1 { high += 1 }
        let columns = filled[low...high].filter { cell in
            guard let match = ColumnRole.match(cell.cell.text, among: roles) else { return false }
            return ![.project, .department, .implementingUnit, .projectCode].contains(match.role)
        }
        return columns.count >= 2
    }

    /// What may stand above a form's 项目名称: its title, its year, a caption (金额单位：元, 附件1,
    /// 报表编号), or a head label written with its value (主管部门：…) — never a number or a table row.
    private static func isTitleRowCell(_ text: String) -> Bool {
        let text = text.trimmed
        if AmountText.parse(text) != nil { return false }
        if headLabel(text)?.inline != nil || moneyUnit(in: text) != nil { return true }
        if ["附件", "附表", "报表编号"].contains(where: { text.hasPrefix($0) }) { return true }  // 附件2：… (its title is read after the number)
        let key = LabelText.key(text)
        if key.hasSuffix("指标") || totalRowLabels.contains(key) || trailerLabels[key] != nil { return false }
        return isTitle(text)
    }

    /// The form's place among the forms of its file (1, 2, …), for its id.
    let ordinal: Int

    init(grid: Grid, span: Span, file: String, ordinal: Int = 1) {
        self.grid = grid; self.span = span; self.ordinal = ordinal
        self.fileName = (file as NSString).lastPathComponent
        self.notes = NoteBook(file: file)
    }

    // MARK: Reading cells

    func place(_ row: Int, _ column: Int) -> String { grid.place(row, column) }

    func text(_ row: Int, _ column: Int) -> String {
        grid.text(row, column).trimmed
    }

    mutating func take(_ row: Int, _ column: Int) -> String {
        used.insert(CellAddress(row: row, column: column))
        return text(row, column)
    }

    /// The value beside a label: the next non-empty cell to its right that is not itself a label.
    mutating func value(rightOf row: Int, _ column: Int, labels: Set<String>) -> (text: String, column: Int)? {
        for (c, cell) in grid.filled(row: row) where c > column {
            if labels.contains(LabelText.key(cell.text)) { return nil }
            used.insert(CellAddress(row: row, column: c))
            return (cell.text.trimmed, c)
        }
        return nil
    }

    /// Rows of the span from `start`, in order.
    var rows: ClosedRange<Int> { span.first...max(span.first, span.last) }

    /// The first cell in `rows` whose label is one of `keys`.
    func find(_ keys: [String], in range: ClosedRange<Int>) -> CellAddress? {
        guard range.lowerBound <= range.upperBound else { return nil }
        for row in range {
            for (c, cell) in grid.filled(row: row) where keys.contains(LabelText.key(cell.text)) {
                return CellAddress(row: row, column: c)
            }
        }
        return nil
    }

    /// Notes every non-empty cell of the span that no part of the form read.
    mutating func noteUnplacedCells() {
        for row in rows {
            for (c, cell) in grid.filled(row: row) where !used.contains(CellAddress(row: row, column: c)) {
                let text = cell.text.trimmed
                guard !LabelText.isPlaceholder(text) else { continue }
                notes.info(place(row, c), "a cell the form does not place was kept here: 「\(ImportSnippet.short(text))」")
            }
        }
    }
}

/// Short quotations of cell text in notes.
enum ImportSnippet {
    static func short(_ text: String, _ limit: Int = 60) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count > limit ? String(flat.prefix(limit)) + "…" : flat
    }
}
