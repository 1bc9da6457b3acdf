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
            // A row placed on a line already used goes on the next free one, keeping the order.
            var flat: [String] = []
            for entry in rewritten { flat += entry.isEmpty ? [""] : entry.split(separator: "\n").map(String.init) }
            var out = Array(repeating: "", count: block.count)
            var k = 0
            for line in flat where !line.isEmpty {
                while k < out.count, !out[k].isEmpty { k += 1 }
                if k < out.count { out[k] = line; k += 1 }
            }
            // Keep rows at their own lines where there was room: rebuild in order of the original positions.
            if flat.count == block.count { out = flat }
            lines.replaceSubrange(table.header..<table.end, with: out)
        }
        return lines.joined(separator: "\n")
    }
}
