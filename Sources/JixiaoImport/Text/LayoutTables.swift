/// The tables of a report's `pdftotext -layout` text, rebuilt by their columns (`LayoutGrid`) and
/// written back as tab-separated lines, each row on the line it stands on, so the report reader reads
/// them cell by cell (`DelimitedRows`) instead of guessing where one cell ends.
enum LayoutTables {
    /// The text with its tables delimited, or nil when it has none.
    static func delimited(_ text: String, file: String) -> String? {
        let doc = TextDocument(text: text, file: file)
        let tables = TextTable.find(in: doc).filter { !$0.cellPerLine && $0.delimiter == nil }
        guard !tables.isEmpty else { return nil }
        var lines = doc.lines.map(\.text)
        for table in tables {
            let block = Array(lines[table.header..<table.end])
            let grid = LayoutGrid.grid(LayoutGrid.layout(text: block.joined(separator: "\n")), name: "")
            guard let header = (0..<grid.rowCount).first(where: { grid.filled(row: $0).contains { $0.column >= 16 } }) else { continue }
            let columns = grid.filled(row: header).map(\.column).filter { $0 >= 16 }
            guard columns.count >= 3, let first = columns.first, let last = columns.last else { continue }
            var rewritten = Array(repeating: "", count: block.count)
            for row in 0..<grid.rowCount {
                guard let place = grid.place(row, 0).split(separator: " ").last, let n = Int(place), (1...block.count).contains(n) else { continue }
                var cells = (first...last).map { grid.text(row, $0) }
                // Text left of the first column goes with the first cell.
                let left = grid.filled(row: row).filter { $0.column < 16 }.map(\.cell.text).joined()
                if !left.isEmpty { cells[0] = left + cells[0] }
                guard cells.contains(where: { !$0.isEmpty }) else { continue }
                let line = cells.joined(separator: "\t")
                rewritten[n - 1] = rewritten[n - 1].isEmpty ? line : rewritten[n - 1] + "\n" + line
            }
            // Each row on its own line; a row whose line is taken goes on the next free one, in order.
            var out = Array(repeating: "", count: block.count)
            var next = 0
            for (n, entry) in rewritten.enumerated() where !entry.isEmpty {
                for line in entry.split(separator: "\n") {
                    var k = max(n, next)
                    while k < out.count, !out[k].isEmpty { k += 1 }
                    if k < out.count { out[k] = String(line); next = k + 1 }
                }
            }
            lines.replaceSubrange(table.header..<table.end, with: out)
        }
        return lines.joined(separator: "\n")
    }
}
