import Foundation

private let storedLocale = Locale(identifier: "en_US_POSIX")

extension Decimal {
    /// Reads a number as a spreadsheet or a CSV file writes it (`1234.5`, `9.7799999999999998E-2`), exactly.
    ///
    /// Workbooks store numbers as binary doubles written out in full, so a typed 0.978 may be stored
    /// as `0.97799999999999998`; like Excel, keep 15 significant digits, which gives back what was typed.
    package init?(stored text: some StringProtocol) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 64, Self.isNumberLiteral(trimmed),
              let value = Decimal(string: trimmed, locale: storedLocale), !value.isNaN,
              value.magnitude < Decimal(string: "1e20")! else { return nil }
        // No 自评表 figure reaches 10^20 (a trillion 万元 is 10^12): anything larger is not an amount.
        self = value.significantDigits(15)
    }

    /// `-12.5`, `1E+3`, `9.7799999999999998E-2`: a sign, digits with one optional point, an optional exponent.
    static func isNumberLiteral(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        func digits() -> Int {
            var n = 0
            while let c = scalars.first, ("0"..."9").contains(c) { scalars = scalars.dropFirst(); n += 1 }
            return n
        }
        if let c = scalars.first, c == "-" || c == "+" { scalars = scalars.dropFirst() }
        var count = digits()
        if scalars.first == "." { scalars = scalars.dropFirst(); count += digits() }
        guard count > 0 else { return false }
        if let c = scalars.first, c == "e" || c == "E" {
            scalars = scalars.dropFirst()
            if let c = scalars.first, c == "-" || c == "+" { scalars = scalars.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return scalars.isEmpty
    }

    /// Rounded to `digits` significant digits (half away from zero).
    package func significantDigits(_ digits: Int) -> Decimal {
        guard self != 0 else { return 0 }
        let magnitude = self < 0 ? -self : self
        // The position of the first significant digit: 10^exponent ≤ magnitude < 10^(exponent+1).
        var exponent = 0
        var probe = magnitude
        while probe >= 10 { probe /= 10; exponent += 1 }
        while probe < 1 { probe *= 10; exponent -= 1 }
        var value = self, result = Decimal()
        NSDecimalRound(&result, &value, digits - 1 - exponent, .plain)
        return result
    }
}
