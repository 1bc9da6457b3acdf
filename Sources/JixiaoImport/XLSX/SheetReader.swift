import Foundation

/// Reads one worksheet part (`xl/worksheets/sheet1.xml`) into a grid: values, formulas, merges.
enum SheetReader {
    /// What a sheet held beside its cells that an import should say.
    struct Outcome {
        var grid: Grid
        /// Cells whose formula was a typed constant (`=100%`): the typed text was kept over the cached value.
        var restoredFormulas: [(CellAddress, formula: String, cached: String)] = []
        /// Cells with an error value (`#DIV/0!`).
        var errorCells: [CellAddress] = []
        /// Formula cells with no stored result (saved by a program that does not calculate).
        var uncachedFormulas: [CellAddress] = []
        /// How many formula results were rounded to the decimals their number format shows.
        var roundedFormulas = 0
        /// Cells that hold a shared string, by its index: filled by `resolve` once the strings are read.
        var sharedCells: [(CellAddress, index: Int, formula: String?)] = []

        /// Puts the shared strings into their cells (read apart, so the string table and the sheets can be parsed at once).
        /// Returns the cells whose index has no string.
        mutating func resolve(_ strings: [String]) -> [CellAddress] {
            var missing: [CellAddress] = []
            for (address, index, formula) in sharedCells {
                if strings.indices.contains(index) { grid.set(GridCell(text: strings[index], formula: formula), at: address) }
                else { missing.append(address) }
            }
            sharedCells = []
            return missing + badValues
        }

        /// Cells whose stored value is not what their type says (a number cell holding text).
        var badValues: [CellAddress] = []
    }

    /// Reads a sheet part; a large one is cut at row boundaries and its pieces parsed on every core.
    static func read(_ data: Data, name: String, styles: CellStyles, pieces: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> Outcome {
        guard let chunks = SheetChunks.split(data, pieces: pieces) else { return try readWhole(data, name: name, styles: styles) }
        let parsed = ParallelParse.run(count: chunks.count) { i in Result { try readWhole(chunks[i], name: name, styles: styles) } }
        var outcome = Outcome(grid: Grid(name: name))
        for result in parsed {
            let part = try result.get()
            for row in 0..<part.grid.rowCount {
                for (column, cell) in part.grid.cells(row: row) { outcome.grid.set(cell, at: CellAddress(row: row, column: column)) }
            }
            for merge in part.grid.merges { outcome.grid.merge(merge) }
            outcome.restoredFormulas += part.restoredFormulas
            outcome.errorCells += part.errorCells
            outcome.uncachedFormulas += part.uncachedFormulas
            outcome.roundedFormulas += part.roundedFormulas
            outcome.sharedCells += part.sharedCells
            outcome.badValues += part.badValues
        }
        return outcome
    }

    private static func readWhole(_ data: Data, name: String, styles: CellStyles) throws -> Outcome {
        var outcome = Outcome(grid: Grid(name: name))
        var rowIndex = -1
        var nextColumn = 0
        var address = CellAddress(row: 0, column: 0)
        var type = "n"
        var style: Int?
        var value: String?
        var formula: String?
        var inline = ""
        var inInline = false

        let parser = XMLElementParser(collect: ["v", "f", "t"], start: { element, attributes in
            switch element {
            case "row":
                rowIndex = attributes["r"].flatMap { Int($0) }.map { $0 - 1 } ?? rowIndex + 1
                nextColumn = 0
            case "c":
                address = attributes["r"].flatMap { CellAddress(Substring($0)) }
                    ?? CellAddress(row: max(rowIndex, 0), column: nextColumn)
                nextColumn = address.column + 1
                type = attributes["t"] ?? "n"
                style = attributes["s"].flatMap { Int($0) }
                value = nil; formula = nil; inline = ""
            case "is": inInline = true
            case "mergeCell":
                if let ref = attributes["ref"], let range = CellRange(Substring(ref)) { outcome.grid.merge(range) }
            default: break
            }
        }, end: { element, text in
            switch element {
            case "v": value = text
            case "f": formula = text
            case "t" where inInline: inline += text
            case "is": inInline = false
            case "c":
                if let cell = makeCell(type: type, value: value, inline: inline, formula: formula,
                                       format: styles.format(style), at: address, outcome: &outcome) {
                    outcome.grid.set(cell, at: address)
                }
            default: break
            }
        })
        try parser.parse(data)
        return outcome
    }

    private static func makeCell(type: String, value: String?, inline: String, formula: String?, format: CellStyles.Format,
                                 at address: CellAddress, outcome: inout Outcome) -> GridCell? {
        let display = format.display
        let formula = formula.flatMap { $0.isEmpty ? nil : $0 }
        switch type {
        case "s":
            if let index = value.flatMap({ Int($0) ?? Int($0.trimmingCharacters(in: .whitespaces)) }) {
                outcome.sharedCells.append((address, index, formula))
            } else if value != nil {
                outcome.badValues.append(address)
            }
            return nil
        case "inlineStr":
            return GridCell(text: EscapedText.decode(inline), formula: formula)
        case "str":
            let cached = value ?? ""
            if let formula, let typed = typedConstant(formula) {
                outcome.restoredFormulas.append((address, formula, cached))
                return GridCell(text: typed, formula: formula)
            }
            return GridCell(text: cached, formula: formula)
        case "b":
            return GridCell(text: value == "1" ? "TRUE" : "FALSE", formula: formula)
        case "e":
            outcome.errorCells.append(address)
            return GridCell(text: value ?? "#ERROR", formula: formula)
        case "d":
            return GridCell(text: value ?? "", display: .date, formula: formula)
        default:
            guard let value, var number = Decimal(stored: value) else {
                if let value, !value.trimmed.isEmpty {
                    // Not a number although the cell says it is one: kept as the text stored.
                    return GridCell(text: value, formula: formula)
                }
                if let formula {
                    if typedConstant(formula) == nil { outcome.uncachedFormulas.append(address) }
                    else { return GridCell(text: typedConstant(formula)!, formula: formula) }
                    return GridCell(text: "", formula: formula)
                }
                return nil
            }
            // A computed result carries binary noise beyond what the cell shows (95.6531986531987 shown
            // as 95.65): the form prints what is shown.
            if formula != nil, typedConstant(formula!) == nil, let decimals = format.decimals {
                let shown = number.rounded(decimals + (display == .percent ? 2 : 0))
                if shown != number { number = shown; outcome.roundedFormulas += 1 }
            }
            // `=100%` typed into a plain cell: Excel keeps 1; the analyst meant the text typed. (`=0.5` in a
            // percent cell shows 50%, which is what the analyst sees and meant.)
            if let formula, let typed = typedConstant(formula), typed.hasSuffix("%") || display != .percent {
                let cached = NumberText.display(number, as: display) + format.suffix
                if typed != cached { outcome.restoredFormulas.append((address, formula, cached)) }
                return GridCell(text: typed, number: number, display: display, formula: formula)
            }
            // A literal unit after the number (`0"%"`) is part of what the cell shows; the number is unscaled.
            return GridCell(text: NumberText.display(number, as: display) + format.suffix, number: number, display: display, formula: formula)
        }
    }

    /// A formula that is only a constant as typed (`100%`, `95`, `-3.5%`): no reference, no function, no operator.
    static func typedConstant(_ formula: String) -> String? {
        let text = formula.trimmingCharacters(in: .whitespaces)
        var body = Substring(text)
        if body.hasPrefix("+") || body.hasPrefix("-") { body = body.dropFirst() }
        if body.hasSuffix("%") { body = body.dropLast() }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              body.filter({ $0 == "." }).count <= 1 else { return nil }
        return text.hasPrefix("+") ? String(text.dropFirst()) : text
    }
}
