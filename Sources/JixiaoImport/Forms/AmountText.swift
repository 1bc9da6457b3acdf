import Foundation

/// Reads an amount a cell prints: a stored number as is, or text such as `1,234,567.00`, `89.974`, `90万元`.
enum AmountText {
    enum Reading: Equatable {
        /// Nothing printed.
        case blank
        /// A placeholder that means "not applicable": `—`, `/`, `-`.
        case placeholder
        case value(Decimal)
        /// Text that is not a number; kept for a note.
        case text(String)

        var value: Decimal? { if case .value(let v) = self { v } else { nil } }
    }

    static func read(_ cell: GridCell?) -> Reading {
        guard let cell, !cell.isBlank else { return .blank }
        if let number = cell.number, cell.display != .date { return .value(number) }
        if LabelText.isPlaceholder(cell.text) { return .placeholder }
        if let value = parse(cell.text) { return .value(value) }
        return .text(cell.text)
    }

    /// A 分值 or 得分 cell: a number, `9.8分`, or a number formatted as a percent (0.3 shown as
    /// 30%), which is read as the points shown (30); `percent` says the last happened.
    static func points(_ cell: GridCell?) -> (reading: Reading, percent: Bool) {
        if let cell, let number = cell.number, cell.display == .percent { return (.value(number * 100), true) }
        return (read(cell), false)
    }

    /// The unit written in an amount's own cell (`150万元`, `3,000元`), which wins over the table's caption.
    static func writtenUnit(_ cell: GridCell?) -> String? {
        guard let text = cell?.text.trimmed, cell?.number == nil else { return nil }
        if text.hasSuffix("万元") { return "万元" }
        if text.hasSuffix("元") { return "元" }
        return nil
    }

    /// A number written as text, with thousands separators and an optional 万元/元 unit; nil otherwise.
    static func parse(_ text: String) -> Decimal? {
        // Most cells are plain ASCII numbers: read them without rebuilding the text.
        if text.utf8.count <= 30, text.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2E }),
           text.utf8.first != 0x2E, text.utf8.last != 0x2E, text.utf8.filter({ $0 == 0x2E }).count <= 1, !text.isEmpty {
            return Decimal(string: text, locale: posix)
        }
        // What can be an amount: digits, a point, a sign, separators, spaces and a unit. Anything
        // else, or no digit at all, is not one; most texts a layout offers are words, said at once.
        var hasDigit = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0xFF10...0xFF19: hasDigit = true
            case 0x2E, 0xFF0E, 0x2D, 0xFF0D, 0x2212, 0x2C, 0xFF0C, 0x20, 0x3000, 0xA0, 0x09, 0x4E07, 0x5143, 0x5206: continue
            default: return nil
            }
        }
        guard hasDigit else { return nil }
        var body = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: body.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0xFF0E: body.append(".")
            case 0xFF0D, 0x2212: body.append("-")
            case 0x20, 0x3000, 0xA0, 0x09: continue
            default: body.unicodeScalars.append(scalar)
            }
        }
        for unit in ["万元", "元", "分"] where body.hasSuffix(unit) { body.removeLast(unit.count); break }
        // Thousands separators only where they group by three: 1,234,567.00.
        if body.contains(",") || body.contains("，") {
            let integer = body.split(separator: ".", maxSplits: 1)[0]
            let groups = integer.split(whereSeparator: { $0 == "," || $0 == "，" }).map(String.init)
            let headDigits = groups.first.map { $0.hasPrefix("-") ? $0.count - 1 : $0.count } ?? 0
            guard groups.count > 1, (1...3).contains(headDigits), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            body = body.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "，", with: "")
        }
        guard !body.isEmpty, body.first != ".", body.last != "." else { return nil }
        var digits = body[...]
        if digits.hasPrefix("-") { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.count <= 30, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              digits.filter({ $0 == "." }).count <= 1 else { return nil }
        return Decimal(string: body, locale: posix)
    }

    private static let posix = Locale(identifier: "en_US_POSIX")
}
