import Foundation

/// Printing of `Decimal` values for reasons and summaries; "?" for a value that is not a number.
/// The rounding and formatting themselves are the ones in `Support/Decimal+Format.swift`.
enum DecimalText {
    /// `value` rounded half-up to `places` decimals.
    static func rounded(_ value: Decimal, places: Int) -> Decimal { value.rounded(places) }

    /// The value as written, without trailing zeros: `2.8`, `1720`.
    static func plain(_ value: Decimal) -> String {
        value.isNaN ? "?" : value.plain
    }

    /// The value with exactly `places` decimals: `135.00`.
    static func fixed(_ value: Decimal, places: Int) -> String {
        value.isNaN ? "?" : value.fixed(places)
    }

    /// A ratio as a percentage with two decimals: 1.35 → `135.00%`.
    static func percent(_ ratio: Decimal) -> String {
        ratio.isNaN ? "?" : ratio.percent()
    }
}
