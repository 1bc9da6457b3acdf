/// Reads comma- or tab-separated text (RFC 4180: quoted cells may hold separators, quotes and line breaks) into a grid.
package enum CSVReader {
    /// The grid of `text`; the separator is a tab when the first line has more tabs than commas.
    package static func read(_ text: String, name: String) -> Grid {
        parse(text, name: name).grid
    }

    /// The grid, the line of a quote that never closes (the rest of the file then being one cell), and
    /// the lines where quoted cells open that run over a line break and hold a separator after it —
    /// perhaps rows swallowed by a quote missing its close (though a cell of several lines may hold an
    /// ASCII comma of its own: it is a warning, not an error).
    package static func parse(_ text: String, name: String) -> (grid: Grid, unterminatedQuote: Int?, swallowingQuotes: [Int]) {
        var grid = Grid(name: name)
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let separator: Character = firstLine.filter { $0 == "\t" }.count > firstLine.filter { $0 == "," }.count ? "\t" : ","
        var row = 0, column = 0
        var field = ""
        var quoted = false
        var afterQuote = false
        var fieldStarted = false
        func endField() {
            if !field.isEmpty { grid.set(GridCell(text: field), at: CellAddress(row: row, column: column)) }
            field = ""; column += 1; afterQuote = false; fieldStarted = false
        }
        func endRow() {
            endField(); row += 1; column = 0
        }
        var line = 1
        var quoteLine = 1
        var brokeLine = false
        var swallowing: [Int] = []
        // "\r\n" is one Character in Swift, so line ends of every kind are single characters here.
        for ch in text {
            if ch == "\n" || ch == "\r\n" || ch == "\r" { line += 1 }
            if quoted {
                // A line break inside a cell is kept as one line feed, whatever the file's line ends.
                if ch == "\"" { quoted = false; afterQuote = true } else { field.append(ch == "\r\n" || ch == "\r" ? "\n" : ch) }
                if ch == "\n" || ch == "\r\n" || ch == "\r" { brokeLine = true }
                if ch == separator, brokeLine, swallowing.last != quoteLine { swallowing.append(quoteLine) }
                continue
            }
            switch ch {
            case "\"" where afterQuote:
                field.append("\""); quoted = true; afterQuote = false   // "" inside a quoted cell
            case "\"" where !fieldStarted:
                quoted = true; fieldStarted = true; quoteLine = line; brokeLine = false
            case separator:
                endField()
            case "\n", "\r\n", "\r":
                endRow()
            default:
                field.append(ch); fieldStarted = true; afterQuote = false
            }
        }
        let unterminated = quoted ? quoteLine : nil
        if fieldStarted || !field.isEmpty || column > 0 { endRow() }
        return (grid, unterminated, unterminated == nil ? swallowing : swallowing.filter { $0 != unterminated })
    }
}
