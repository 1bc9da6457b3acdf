/// A cell's place in a sheet: zero-based row and column, written `C7` the way spreadsheets do.
package struct CellAddress: Hashable, Comparable, Sendable, CustomStringConvertible {
    package var row: Int
    package var column: Int

    package init(row: Int, column: Int) {
        self.row = row; self.column = column
    }

    /// Reads `C7` (or `$C$7`); nil for anything else.
    package init?(_ reference: Substring) {
        var column = 0
        var row = 0
        var letters = 0, digits = 0
        for scalar in reference.unicodeScalars where scalar != "$" {
            switch scalar.value {
            case 0x41...0x5A where digits == 0: column = column * 26 + Int(scalar.value - 0x40); letters += 1
            case 0x61...0x7A where digits == 0: column = column * 26 + Int(scalar.value - 0x60); letters += 1
            case 0x30...0x39 where letters > 0: row = row * 10 + Int(scalar.value - 0x30); digits += 1
            default: return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        self.init(row: row - 1, column: column - 1)
    }

    /// The column's letters: 0 → A, 25 → Z, 26 → AA.
    package static func letters(_ column: Int) -> String {
        var n = column + 1
        var text = ""
        while n > 0 {
            let rest = (n - 1) % 26
            text = String(UnicodeScalar(UInt8(65 + rest))) + text
            n = (n - 1) / 26
        }
        return text
    }

    package var description: String { "\(Self.letters(column))\(row + 1)" }

    package static func < (a: CellAddress, b: CellAddress) -> Bool { (a.row, a.column) < (b.row, b.column) }
}

/// A rectangle of cells, as a merge (`B12:B20`) covers them.
package struct CellRange: Hashable, Sendable {
    package var first: CellAddress
    package var last: CellAddress

    package init(first: CellAddress, last: CellAddress) {
        self.first = first; self.last = last
    }

    /// Reads `B12:B20` (or a single `B12`).
    package init?(_ reference: Substring) {
        let parts = reference.split(separator: ":")
        guard (1...2).contains(parts.count), let a = CellAddress(parts[0]), let b = CellAddress(parts[parts.count - 1]) else { return nil }
        self.init(first: CellAddress(row: min(a.row, b.row), column: min(a.column, b.column)),
                  last: CellAddress(row: max(a.row, b.row), column: max(a.column, b.column)))
    }

    package func contains(_ address: CellAddress) -> Bool {
        (first.row...last.row).contains(address.row) && (first.column...last.column).contains(address.column)
    }
}
