import Foundation

/// Rounding and printing of `Decimal` values for reasons and summaries, without `Double`.
enum DecimalText {
    /// `value` rounded half-up to `places` decimals.
    static func rounded(_ value: Decimal, places: Int) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, places, .plain)
        return output
    }

    /// The value as written, without trailing zeros: `2.8`, `1720`.
    static func plain(_ value: Decimal) -> String {
        value.isNaN ? "?" : value.description
    }

    /// The value with exactly `places` decimals: `135.00`.
    static func fixed(_ value: Decimal, places: Int) -> String {
        guard !value.isNaN else { return "?" }
        let text = rounded(value, places: places).description
        guard places > 0 else { return text }
        var integer = Substring(text)
        var fraction = Substring("")
        if let dot = text.firstIndex(of: ".") {
            integer = text[..<dot]
            fraction = text[text.index(after: dot)...]
        }
        let padded = String(fraction) + String(repeating: "0", count: max(0, places - fraction.count))
        return integer + "." + padded
    }

    /// A ratio as a percentage with two decimals: 1.35 → `135.00%`.
    static func percent(_ ratio: Decimal) -> String {
        fixed(ratio * 100, places: 2) + "%"
    }
}
