import Foundation

/// Reads a .docx document (as Word and WPS write it) into one grid: each paragraph outside a table
/// is a row of one cell, each table row a row of cells, with gridSpan and vMerge as merges.
package enum DocumentReader {
    package static func read(_ data: Data, file: String) throws(ImportError) -> Grid {
        var zip = try ZipParts(data, file: file, kind: ".docx document")
        guard let bytes = try zip.read("word/document.xml") else {
            throw ImportError(.unreadable, file: file, "no word/document.xml: this zip is not a .docx document")
        }
        var builder = Builder(name: ((file as NSString).lastPathComponent as NSString).deletingPathExtension)
        let parser = XMLElementParser(collect: ["t"], start: { builder.start($0, $1) }, end: { builder.end($0, $1) })
        do { try parser.parse(bytes) } catch let error as XMLPartError {
            throw ImportError(.unreadable, file: file, place: "word/document.xml:\(error.line)", "broken XML: \(error.message)")
        } catch {
            throw ImportError(.unreadable, file: file, place: "word/document.xml", "broken XML")
        }
        return builder.grid
    }

    /// Tracks where the parser is: table depth, the current row and cell, vertical merges open per column.
    private struct Builder {
        var grid: Grid
        var row = -1
        var depth = 0
        var column = 0
        var span = 1
        var vMerge: String?
        var cellText = ""
        var paragraph = ""
        var inCell = false
        /// Column → first row of a vertical merge still open.
        var openMerges: [Int: (row: Int, width: Int)] = [:]
        /// The columns whose merge this row continues.
        var continued: Set<Int> = []

        init(name: String) { grid = Grid(name: name) }

        mutating func start(_ name: String, _ attributes: [String: String]) {
            switch name {
            case "tbl": depth += 1; if depth == 1 { closeMerges() }
            case "tr" where depth == 1: row += 1; column = 0; continued = []
            case "gridBefore" where depth == 1: column += min(64, max(0, Int(value(attributes) ?? "0") ?? 0))
            case "tc" where depth == 1: inCell = true; span = 1; vMerge = nil; cellText = ""
            // Word tables have at most 63 columns; a larger span is a damaged or hostile file.
            case "gridSpan" where depth == 1: span = min(64, max(1, Int(value(attributes) ?? "1") ?? 1))
            case "vMerge" where depth == 1: vMerge = value(attributes) ?? "continue"
            case "p": paragraph = ""
            case "tab": paragraph += "\t"
            case "br", "cr": paragraph += "\n"
            default: break
            }
        }

        mutating func end(_ name: String, _ text: String) {
            switch name {
            case "t": paragraph += text
            case "p":
                if inCell { cellText += cellText.isEmpty ? paragraph : "\n" + paragraph }
                else if depth == 0, !paragraph.trimmingCharacters(in: .whitespaces).isEmpty {
                    row += 1
                    grid.set(GridCell(text: paragraph), at: CellAddress(row: row, column: 0))
                }
            case "tc" where depth == 1:
                finishCell()
                inCell = false
            case "tr" where depth == 1:
                // A vertical merge ends at the first row that does not continue it.
                for (column, open) in openMerges where !continued.contains(column) {
                    openMerges.removeValue(forKey: column)
                    closeMerge(column, open)
                }
            case "tbl":
                depth -= 1
                if depth == 0 { closeMerges() }
            default: break
            }
        }

        private func value(_ attributes: [String: String]) -> String? {
            attributes["w:val"] ?? attributes.first { $0.key.hasSuffix(":val") || $0.key == "val" }?.value
        }

        private mutating func finishCell() {
            let here = CellAddress(row: row, column: column)
            if vMerge == "continue" {
                // Part of the merge above; text of its own (which Word does not write) is kept, not lost.
                if openMerges[column] == nil { openMerges[column] = (row, span) }
                continued.insert(column)
                if !cellText.trimmed.isEmpty { grid.set(GridCell(text: cellText), at: here) }
            } else {
                if let open = openMerges.removeValue(forKey: column) { closeMerge(column, open) }
                if vMerge == "restart" { openMerges[column] = (row, span); continued.insert(column) }
                let trimmed = cellText.trimmed
                if !trimmed.isEmpty { grid.set(GridCell(text: cellText), at: here) }
                if span > 1, vMerge != "restart" {
                    grid.merge(CellRange(first: here, last: CellAddress(row: row, column: column + span - 1)))
                }
            }
            column += span
        }

        private mutating func closeMerge(_ column: Int, _ open: (row: Int, width: Int)) {
            let lastRow = row - 1
            guard lastRow >= open.row else { return }
            if lastRow > open.row || open.width > 1 {
                grid.merge(CellRange(first: CellAddress(row: open.row, column: column),
                                     last: CellAddress(row: lastRow, column: column + open.width - 1)))
            }
        }

        private mutating func closeMerges() {
            let rowAfter = row + 1
            for (column, open) in openMerges {
                let lastRow = rowAfter - 1
                if lastRow > open.row || open.width > 1 {
                    grid.merge(CellRange(first: CellAddress(row: open.row, column: column),
                                         last: CellAddress(row: lastRow, column: column + open.width - 1)))
                }
            }
            openMerges = [:]
        }
    }
}
