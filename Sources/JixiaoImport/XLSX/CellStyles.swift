import Foundation

/// `xl/styles.xml`, reduced to what decides a number's meaning: for each cell style, percent, date or plain.
struct CellStyles {
    /// What one number format says of a number: how it shows, to how many decimals, with what literal after it.
    struct Format: Equatable {
        var display: GridCell.Display
        /// The decimals shown (`0.00` → 2), where the format fixes them.
        var decimals: Int?
        /// A literal written after the number (`0"%"` → %, `0.00"万元"` → 万元), shown without scaling.
        var suffix: String = ""
    }

    private var formats: [Format] = []

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
        formats = formatIDs.map { Self.format(id: $0, code: customFormats[$0]) }
    }

    /// The format of the style with index `s` (a cell's `s` attribute).
    func format(_ style: Int?) -> Format {
        guard let style, formats.indices.contains(style) else { return Format(display: .number) }
        return formats[style]
    }

    /// The display of the style with index `s`.
    func display(_ style: Int?) -> GridCell.Display { format(style).display }

    static func format(id: Int, code: String?) -> Format {
        let display = display(id: id, code: code)
        guard let code, !code.isEmpty else {
            let decimals: Int? = switch id { case 1, 3, 9: 0; case 2, 4, 10: 2; default: nil }
            return Format(display: display, decimals: decimals)
        }
        let first = String(code.split(separator: ";", omittingEmptySubsequences: false).first ?? "")
        // Decimals: the 0s and #s after the point, outside quotes.
        var decimals: Int?
        var quoted = false
        var afterPoint = false
        for ch in first {
            if ch == "\"" { quoted.toggle(); continue }
            if quoted { continue }
            if ch == "." { afterPoint = true; decimals = 0 }
            else if "0#".contains(ch) { decimals = afterPoint ? (decimals ?? 0) + 1 : (decimals ?? 0) }
        }
        if display == .date || display == .text { return Format(display: display) }
        // Only a quoted literal that ends the format is a unit after the number (`"完成率"0%` has text before it).
        var suffix = ""
        if first.hasSuffix("\""), let open = first.dropLast().lastIndex(of: "\"") {
            suffix = String(first[first.index(after: open)..<first.index(before: first.endIndex)])
        }
        return Format(display: display, decimals: decimals, suffix: suffix.trimmed)
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
