/// Puts a table row's text back into its cells, where a PDF wrapped each cell over lines of its
/// column's width and printed the cells one after another.
///
/// A cell's lines are as wide as its column, but for its last; so a line wider than the one before
/// it starts a new cell, a line after a short one starts a new cell, and a line that ends a sentence
/// (。) ends its cell. Within one line, cells are split at their spaces by what they hold (see `split`).
enum WrappedCells {
    /// The most lines a row's cells are searched over when one is missing.
    static let maximumLines = 40

    /// How much two lines of one cell may differ in width (ASCII packs differently from CJK).
    static let slack = 4

    /// The lines, grouped into cells.
    static func segments(_ lines: [String]) -> [[String]] {
        var cells: [[String]] = []
        var widest = 0
        for line in lines {
            let w = line.displayWidth
            if let previous = cells.last?.last {
                let p = previous.displayWidth
                let continues = w <= p + slack && p >= widest - slack && !CellText.endsSentence(previous)
                if continues {
                    cells[cells.count - 1].append(line)
                    widest = max(widest, w)
                    continue
                }
            }
            cells.append([line])
            widest = w
        }
        return cells
    }

    /// Cells one short of `count` where two cells were read as one: a cell is split where its two parts
    /// read the same (an actual that restates its target, `持续促进` / `持续促` `进`), or else after its
    /// narrowest line but the last (a short line ends a cell). Not sure in the second case.
    static func fill(_ cells: [[String]], to count: Int) -> (cells: [[String]], sure: Bool) {
        var cells = cells, sure = true
        // A row of more lines than any cell wraps to is not a row (prose after a table): no search.
        guard cells.reduce(0, { $0 + $1.count }) <= maximumLines else { return (cells, false) }
        while cells.count < count {
            var best: (cell: Int, at: Int, same: Bool)?
            for (c, lines) in cells.enumerated() where lines.count >= 2 {
                for at in 1..<lines.count {
                    let same = join(Array(lines[..<at])).compactKey == join(Array(lines[at...])).compactKey
                    if same { best = (c, at, true); break }
                    if best == nil || !best!.same && lines[at - 1].displayWidth < cells[best!.cell][best!.at - 1].displayWidth {
                        best = (c, at, false)
                    }
                }
                if best?.same == true { break }
            }
            guard let split = best else { break }
            if !split.same { sure = false }
            let lines = cells[split.cell]
            cells.replaceSubrange(split.cell...split.cell, with: [Array(lines[..<split.at]), Array(lines[split.at...])])
        }
        return (cells, sure)
    }

    /// A cell's lines joined: without a space, since the PDF broke the line where the column ended.
    static func join(_ lines: [String]) -> String { lines.joined() }

    /// Splits one line's words into `parts` cells (1 to 3): the indicator's name, its target and
    /// its actual, in that order; a missing part is "".
    ///
    /// The target is the first run of one to three words that reads as a whole value (`≥20 家`,
    /// `不少于 330 家`, `2023 年前`), a unit after it included. Where several runs could be, the one after
    /// which the actual repeats the name wins (`扶持 5G 应用示范项目 3个 扶持 5G 应用示范项目 1个`), else the
    /// leftmost. Without any, the words are split at their spaces: first the name, then the target.
    static func split(_ words: [String], parts: Int) -> (cells: [String], sure: Bool) {
        let n = words.count
        func join(_ r: Range<Int>) -> String { words[r].joined(separator: " ") }
        switch parts {
        case ...1:
            return ([join(0..<n)], true)
        case 2:
            // name + target: the value at the end.
            for start in max(1, n - 3)..<n where CellText.isValue(join(start..<n)) {
                return ([join(0..<start), join(start..<n)], true)
            }
            return n >= 2 ? ([words[0], join(1..<n)], false) : ([join(0..<n), ""], false)
        default:
            var best: (i: Int, j: Int, score: Int)?
            var count = 0
            for i in 1..<max(1, n) {
                for j in (i + 1)..<min(n, i + 3) + 1 where j < n {
                    guard CellText.isValue(join(i..<j)) else { continue }
                    // A unit after the value belongs to it.
                    if j < n, CellText.isUnit(words[j]) { continue }
                    let name = join(0..<i).compactKey, actual = join(j..<n).compactKey
                    var score = -i
                    if actual.hasPrefix(name) { score += 100 } else if actual.contains(name) { score += 50 }
                    count += 1
                    if best == nil || score > best!.score { best = (i, j, score) }
                }
            }
            if let best {
                let sure = count == 1 || best.score >= 90
                return ([join(0..<best.i), join(best.i..<best.j), join(best.j..<n)], sure)
            }
            if n >= 3 { return ([words[0], words[1], join(2..<n)], false) }
            if n == 2 { return ([words[0], "", words[1]], false) }
            return ([join(0..<n), "", ""], false)
        }
    }
}

extension String {
    /// The text without white space, to compare a name with its repetition in the actual.
    var compactKey: String { String(filter { !$0.isWhitespace }) }
}
