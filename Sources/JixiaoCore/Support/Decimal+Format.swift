import Foundation

extension Decimal {
    /// Rounded half away from zero to `scale` decimal places (the way published tables round).
    public func rounded(_ scale: Int) -> Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, scale, .plain)
        return result
    }

    /// Plain text with exactly `scale` decimals and no grouping: `8054.71`, `0.87`.
    public func fixed(_ scale: Int) -> String {
        let rounded = self.rounded(scale)
        let negative = rounded < 0
        let magnitude = negative ? -rounded : rounded
        var text = magnitude.plain
        if scale > 0 {
            if let dot = text.firstIndex(of: ".") {
                let decimals = text.distance(from: text.index(after: dot), to: text.endIndex)
                if decimals < scale { text += String(repeating: "0", count: scale - decimals) }
            } else {
                text += "." + String(repeating: "0", count: scale)
            }
        }
        return negative ? "-" + text : text
    }

    /// With thousands separators and at least two decimals, more where the figure has them: `8,054.71`, `58,994.762`.
    public func grouped(_ scale: Int? = nil) -> String {
        let text = fixed(scale ?? max(2, min(4, writtenDecimals)))
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer.removeLast(3)
        }
        groups.insert(integer, at: 0)
        var result = groups.joined(separator: ",")
        if parts.count > 1 { result += "." + parts[1] }
        return negative ? "-" + result : result
    }

    /// A ratio as a percentage: `0.867036…` → `86.70%`.
    public func percent(_ scale: Int = 2) -> String {
        (self * 100).fixed(scale) + "%"
    }

    /// The number as written, with no trailing zeros beyond what it holds: `96`, `96.66`; the same
    /// text as `description`. Foundation makes that text by dividing the whole mantissa by ten for
    /// each digit (2–3 µs a number); a significand that fits in 64 bits, as every printed figure
    /// does, is spelled from its integer instead, and any other value is left to `description`.
    public var plain: String {
        guard !isNaN else { return description }
        let significand = self.significand
        let integer = NSDecimalNumber(decimal: significand).int64Value
        guard integer >= 0, Decimal(integer) == significand, (-38...38).contains(exponent) else { return description }
        if integer == 0 { return "0" }
        var digits = String(integer)
        let count = digits.utf8.count
        if exponent > 0 {
            digits += String(repeating: "0", count: exponent)
        } else if exponent < 0 {
            let decimals = -exponent
            if count <= decimals {
                digits = "0." + String(repeating: "0", count: decimals - count) + digits
            } else {
                digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
            }
        }
        return sign == .minus ? "-" + digits : digits
    }

    /// How many decimals the value was written with (`86.7` → 1), for tolerances.
    var writtenDecimals: Int { max(0, -Int(exponent)) }

    /// Half a unit of the last written decimal: the rounding a printed figure may hide.
    var halfUnitOfLastDecimal: Decimal {
        var half = Decimal(5)
        for _ in 0..<(writtenDecimals + 1) { half /= 10 }
        return half
    }
}
