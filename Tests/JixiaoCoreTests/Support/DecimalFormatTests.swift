import Foundation
import Testing
@testable import JixiaoCore

/// `plain` spells a number from its 64-bit significand instead of Foundation's digit-by-digit
/// division (issue 9): it must be the same text as `description` for every value.
@Suite("Decimal text")
struct DecimalFormatTests {
    @Test(arguments: ["0", "0.00", "-0.00", "1e5", "100", "1.50", "-0.005", "0.0000001", "5e20", "1e-30", "1e38",
                      "9223372036854775807", "9223372036854775808", "-9223372036854775808", "18446744073709551616",
                      "12345678901234567890.123", "8054.71", "-300", "0.867036"])
    func writtenValues(_ text: String) {
        let value = Decimal(string: text)!
        #expect(value.plain == value.description)
    }

    @Test func computedValues() {
        #expect((Decimal(1) / 3).plain == (Decimal(1) / 3).description)
        #expect(Decimal.nan.plain == Decimal.nan.description)
    }

    /// A quarter of a million values of every shape (signs, lengths, places, exponents, and the
    /// products, quotients and roundings the judge makes of them) from a fixed seed.
    @Test func manyValuesAgreeWithDescription() {
        var random = SplitMix64(seed: 0x6A69_7869_616F)
        var mismatches: [String] = []
        for _ in 0..<50_000 {
            let length = Int(random.next() % 24) + 1
            var text = random.next() % 2 == 0 ? "-" : ""
            for _ in 0..<length { text += String(random.next() % 10) }
            if random.next() % 2 == 0, length > 1 {
                text.insert(".", at: text.index(text.endIndex, offsetBy: -Int(random.next() % UInt64(length - 1)) - 1))
            }
            if random.next() % 6 == 0 { text += "e\(Int(random.next() % 41) - 20)" }
            guard let value = Decimal(string: text) else { continue }
            for derived in [value, value * Decimal(string: "1.3")!, value / 7, value - 1, value.rounded(4)]
            where derived.plain != derived.description {
                mismatches.append("\(derived.description) spelled \(derived.plain)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }
}
