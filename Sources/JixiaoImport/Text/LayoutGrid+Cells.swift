/// How a line's words become cells and find their columns.
extension LayoutGrid {

    static func isLabel(_ text: String) -> Bool {
        ColumnRole.match(text, among: ColumnRole.allCases) != nil || ["预期目标"].contains(LabelText.key(text))
            || TextTable.sequenceLabels.contains(LabelText.key(text))
    }

    static func overlap(_ a0: Double, _ a1: Double, _ b0: Double, _ b1: Double) -> Double { max(0, min(a1, b1) - max(a0, b0)) }

    /// Words into cells: a gap of one space joins, a wider gap or a column's start separates.
    static func joined(_ runs: [Run], space: Double, starts: [Double]) -> [Run] {
        var out: [Run] = []
        for run in runs {
            if var last = out.last, run.start - last.end <= space * 1.6, !starts.contains(where: { abs($0 - run.start) <= space * 0.6 && $0 > last.start + space }) {
                last.text += " " + run.text
                last.end = run.end
                out[out.count - 1] = last
            } else {
                out.append(run)
            }
        }
        return out
    }

    /// A run of words that lies across two labels' columns or more (cells a single space apart,
    /// `满意度指标 供养对象满意度 ≥90%`) is cut between words where each part overlaps its own column most.
    static func splitAcross(_ run: Run, words: [Run], columns: [Column]) -> [Run] {
        let parts = words.filter { $0.start >= run.start - 0.01 && $0.end <= run.end + 0.01 }
        let touched = columns.indices.filter { overlap(run.start, run.end, columns[$0].start, columns[$0].end) > 0 }
        guard parts.count >= 2, touched.count >= 2 else { return [run] }
        func merge(_ ws: ArraySlice<Run>) -> Run { Run(start: ws.first!.start, end: ws.last!.end, text: ws.map(\.text).joined(separator: " ")) }
        func column(_ r: Run) -> Int? {
            touched.max { overlap(r.start, r.end, columns[$0].start, columns[$0].end) < overlap(r.start, r.end, columns[$1].start, columns[$1].end) }
        }
        // Each word to the touched column it overlaps most (or the nearest); runs of one column join.
        var out: [Run] = []
        var current: (column: Int, words: [Run])?
        for word in parts {
            let c = column(word).flatMap { overlap(word.start, word.end, columns[$0].start, columns[$0].end) > 0 ? $0 : nil }
                ?? touched.min { abs(columns[$0].start - word.start) < abs(columns[$1].start - word.start) }!
            if let cur = current, cur.column == c || c < cur.column { current!.words.append(word) } else {
                if let cur = current { out.append(merge(cur.words[...])) }
                current = (c, [word])
            }
        }
        if let cur = current { out.append(merge(cur.words[...])) }
        return out
    }

    /// The column a run belongs to. Under left-aligned labels a column runs from its label's start to
    /// the next one's; under centred labels, the one the run overlaps most, else the nearest.
    static func best(_ run: Run, _ columns: [Column], leftAligned: Bool) -> Int {
        if leftAligned {
            return columns.lastIndex { $0.start <= run.start + 1 } ?? 0
        }
        var bestIndex = 0, bestScore = -Double.infinity
        for (n, column) in columns.enumerated() {
            let o = overlap(run.start, run.end, column.start, column.end)
            let score = o > 0 ? o * 1000 : -min(abs(run.start - column.end), abs(run.end - column.start))
            if score > bestScore { bestScore = score; bestIndex = n }
        }
        return bestIndex
    }
}
