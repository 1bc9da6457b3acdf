import Foundation

/// How a form's label cell reads once layout is taken away: no white space or line breaks
/// (`绩 效 指 标`, `年度\n指标值`), ASCII parentheses and colons, no required-field star,
/// no trailing colon, no column letter such as `（A）`.
enum LabelText {
    static func key(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ", "\t", "\n", "\r", "\u{3000}", "\u{00A0}": continue
            case "（": out.unicodeScalars.append("(")
            case "）": out.unicodeScalars.append(")")
            case "：": out.unicodeScalars.append(":")
            default: out.unicodeScalars.append(scalar)
            }
        }
        while out.hasPrefix("*") || out.hasPrefix("★") { out.removeFirst() }
        while out.hasSuffix(":") { out.removeLast() }
        // A column letter or formula hint in parentheses at the end: 年度指标值(A), 得分(B/A×分值).
        if let open = out.lastIndex(of: "("), out.hasSuffix(")") {
            let inside = out[out.index(after: open)..<out.index(before: out.endIndex)]
            if !inside.isEmpty, inside.unicodeScalars.allSatisfy({ $0.isASCII && !CharacterSet.decimalDigits.contains($0) || "×÷*/%+-".unicodeScalars.contains($0) }) {
                out = String(out[..<open])
            }
        }
        return out
    }

    /// Removes a `其中:` prefix (and the colon after a label such as `年度资金总额:`).
    static func withoutOfWhich(_ key: String) -> (String, Bool) {
        for prefix in ["其中:", "其中", "含:"] where key.hasPrefix(prefix) && key.count > prefix.count {
            return (String(key.dropFirst(prefix.count)), true)
        }
        return (key, false)
    }

    /// A weight written into a label, `产出指标(50分)`, `预算执行情况(10分)`, `产出指标50分`: the label and the weight.
    static func splitWeight(_ text: String) -> (label: String, weight: Decimal?) {
        let key = self.key(text)
        guard key.hasSuffix("分") || key.hasSuffix("分)") else { return (key, nil) }
        var body = key
        let closed = body.hasSuffix(")")
        if closed { body.removeLast() }
        body.removeLast()   // 分
        var digits = ""
        while let last = body.last, last.isASCII, last.isNumber || last == "." { digits.insert(last, at: digits.startIndex); body.removeLast() }
        guard !digits.isEmpty, let weight = Decimal(stored: digits) else { return (key, nil) }
        if closed {
            guard body.hasSuffix("(") else { return (key, nil) }
            body.removeLast()
        }
        guard !body.isEmpty else { return (key, nil) }
        return (body, weight)
    }

    /// A cell that only stands for "nothing here": `—`, `/`, `-`, `无` in a number column, `……`.
    static func isPlaceholder(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { placeholderScalars.contains($0) || $0.properties.isWhitespace }
    }

    private static let placeholderScalars = Set("—–-－/／\\…．.·、~～*".unicodeScalars)
}
