import Foundation

/// `xl/styles.xml`, reduced to what decides a number's meaning: for each cell style, percent, date or plain.
struct CellStyles {
    private var displays: [GridCell.Display] = []

    init() {}

    init(_ data: Data) throws {
        var customFormats: [Int: String] = [:]
        var formatIDs: [Int] = []
        var inCellXfs = false
        let parser = XMLElementParser(collect: [], start: { name, attributes in
            switch name {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap({ Int($0) }) { customFormats[id] = attributes["formatCode"] ?? "" }
            case "cellXfs": inCellXfs = true
            case "xf" where inCellXfs: formatIDs.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
            default: break
            }
        }, end: { name, _ in
            if name == "cellXfs" { inCellXfs = false }
        })
        try parser.parse(data)
        displays = formatIDs.map { Self.display(id: $0, code: customFormats[$0]) }
    }

    /// The display of the style with index `s` (a cell's `s` attribute).
    func display(_ style: Int?) -> GridCell.Display {
        guard let style, displays.indices.contains(style) else { return .number }
        return displays[style]
    }

    /// Built-in formats 9–10 are percents, 14–22, 27–36, 45–47 and 50–58 dates and times, 49 text;
    /// a custom code is read with its quoted and bracketed parts removed.
    static func display(id: Int, code: String?) -> GridCell.Display {
        if let code, !code.isEmpty { return display(code: code) }
        switch id {
        case 9, 10: return .percent
        case 14...22, 27...36, 45...47, 50...58: return .date
        case 49: return .text
        default: return .number
        }
    }

    static func display(code: String) -> GridCell.Display {
        var plain = ""
        var quoted = false, bracketed = false, escaped = false
        for ch in code {
            if escaped { escaped = false; continue }
            switch ch {
            case "\"": quoted.toggle()
            case "\\" where !quoted: escaped = true
            case "[" where !quoted: bracketed = true
            case "]" where !quoted: bracketed = false
            default: if !quoted && !bracketed { plain.append(ch) }
            }
        }
        // Only the first section (positive numbers) decides.
        let first = plain.split(separator: ";", omittingEmptySubsequences: false).first.map(String.init) ?? plain
        if first.contains("%") { return .percent }
        if first == "@" { return .text }
        if first.lowercased().contains(where: { "ymdhs".contains($0) }) { return .date }
        return .number
    }
}
