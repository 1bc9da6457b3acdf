import Foundation

/// A large worksheet part cut into pieces at row boundaries, each a well-formed document of its own
/// (the part's head with its namespaces, some rows, the closing tags), so the pieces can be parsed on
/// every core and their cells put together: rows carry their own numbers (`<row r="…">`).
enum SheetChunks {
    /// Below this a part is parsed whole.
    static let minimumSize = 1 << 20

    /// The pieces, or nil when the part is small or not laid out as expected (it is then parsed whole).
    static func split(_ data: Data, pieces: Int) -> [Data]? {
        guard pieces > 1, data.count >= minimumSize else { return nil }
        let bytes = [UInt8](data)
        // The sheetData element, whatever its prefix (`sheetData`, `x:sheetData`).
        guard let open = find(Array("sheetData".utf8), in: bytes, from: 0),
              let openEnd = bytes[open...].firstIndex(of: UInt8(ascii: ">")),
              let openStart = bytes[..<open].lastIndex(of: UInt8(ascii: "<")),
              let close = find(Array("sheetData>".utf8), in: bytes, from: openEnd),
              let closeStart = bytes[..<close].lastIndex(of: UInt8(ascii: "<")),
              let rootClose = bytes.lastIndex(of: UInt8(ascii: "<")) else { return nil }
        let prefix = Array(bytes[(openStart + 1)..<open])         // "" or "x:"
        let rowTag = [UInt8(ascii: "<")] + prefix + Array("row ".utf8)
        let head = bytes[..<(openEnd + 1)]
        let closeSheetData = bytes[closeStart..<(close + "sheetData>".utf8.count)]
        let tail = bytes[closeStart...]                            // </sheetData>, mergeCells, </worksheet>
        let rootEnd = bytes[rootClose...]
        var cuts = [openEnd + 1]
        for k in 1..<pieces {
            let target = openEnd + 1 + (closeStart - openEnd - 1) * k / pieces
            guard let cut = find(rowTag, in: bytes, from: target), cut < closeStart,
                  // Each piece must start at a numbered row.
                  let tagEnd = bytes[cut...].firstIndex(of: UInt8(ascii: ">")),
                  find(Array(" r=\"".utf8), in: Array(bytes[cut..<tagEnd]), from: 0) != nil,
                  cut > cuts.last! else { return nil }
            cuts.append(cut)
        }
        cuts.append(closeStart)
        return (0..<pieces).map { i in
            var piece = Data(head)
            piece.append(contentsOf: bytes[cuts[i]..<cuts[i + 1]])
            if i == pieces - 1 { piece.append(contentsOf: tail) } else { piece.append(contentsOf: closeSheetData); piece.append(contentsOf: rootEnd) }
            return piece
        }
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        let first = needle[0]
        var i = start
        while i <= bytes.count - needle.count {
            if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
