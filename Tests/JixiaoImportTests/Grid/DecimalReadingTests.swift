import Foundation
import Testing
@testable import JixiaoImport

@Suite("Numbers as workbooks store them, and as cells show them")
struct DecimalReadingTests {
    @Test(arguments: [
        ("0.97799999999999998", "0.978"), ("9.7799999999999998E-2", "0.0978"), ("1234567.89", "1234567.89"),
        ("89.974", "89.974"), ("3383100.5", "3383100.5"), ("-3.5", "-3.5"), ("1E+3", "1000"), ("0", "0"),
        ("9.9999999999999998E+15", "10000000000000000"), ("1.2345678901234567E+18", "1234567890123460000"),
    ])
    func keepsWhatWasTyped(_ stored: String, _ typed: String) throws {
        #expect(try #require(Decimal(stored: stored)) == Decimal(typed))
    }

    @Test(arguments: ["", "abc", "1,234", "12%", "NaN", "--1", "1e20", "340282366920938463463374607431768211455E127"])
    func rejectsWhatIsNoStoredNumber(_ text: String) {
        #expect(Decimal(stored: text) == nil)
    }

    @Test func percentCellsShowTheirPercent() {
        #expect(NumberText.display(Decimal("0.978"), as: .percent) == "97.8%")
        #expect(NumberText.display(Decimal("1.0259"), as: .percent) == "102.59%")
        #expect(NumberText.display(Decimal("1"), as: .percent) == "100%")
        #expect(NumberText.display(Decimal("1234.5"), as: .number) == "1234.5")
    }

    @Test(arguments: [("1", "1900-01-01"), ("59", "1900-02-28"), ("60", "1900-02-29"), ("61", "1900-03-01"),
                      ("25569", "1970-01-01"), ("45107", "2023-06-30"), ("45291.5", "2023-12-31 12:00")])
    func dateCellsShowTheirDate(_ serial: String, _ shown: String) {
        #expect(NumberText.display(Decimal(serial), as: .date) == shown)
    }
}
