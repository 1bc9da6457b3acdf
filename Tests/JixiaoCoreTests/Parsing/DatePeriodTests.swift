import Testing
@testable import JixiaoCore

@Suite("Dates and deadlines")
struct DatePeriodTests {
    static func period(_ text: String) -> DatePeriod? {
        TextScanner(text).mentions().compactMap(\.date).last
    }

    static let deadlines: [(String, String)] = [
        ("2023 年前", "2022-12-31"),
        ("2023年之前", "2022-12-31"),
        ("2023 年上半年", "2023-06-30"),
        ("2023年下半年", "2023-12-31"),
        ("2022年底之前", "2022-12-31"),
        ("2022年年底前", "2022-12-31"),
        ("2023年", "2023-12-31"),
        ("2023年度", "2023-12-31"),
        ("2023年内", "2023-12-31"),
        ("12 月底前", "12-31"),
        ("6月前", "05-31"),
        ("2023年6月前", "2023-05-31"),
        ("2023年6月底", "2023-06-30"),
        ("2023年2月底", "2023-02-28"),
        ("2024年2月底", "2024-02-29"),
        ("2023年6月30日前", "2023-06-30"),
        ("2023-12-31 前", "2023-12-31"),
        ("2023.6.30", "2023-06-30"),
        ("2023/06", "2023-06-30"),
        ("2023年第三季度", "2023-09-30"),
        ("2023年一季度末", "2023-03-31"),
        ("2023年前三季度", "2023-09-30"),
        ("2023年6月上旬", "2023-06-10"),
        ("2021-2025年", "2025-12-31"),
    ]

    @Test(arguments: deadlines) func theLastDayThatMeetsADeadline(_ text: String, _ latest: String) throws {
        let period = try #require(Self.period(text))
        #expect(period.latest.description == latest)
    }

    @Test func anActualMonthSpansItsDays() throws {
        let period = try #require(Self.period("2022 年 11 月"))
        #expect(period.earliest == CalendarDay(year: 2022, month: 11, day: 1))
        #expect(period.latest == CalendarDay(year: 2022, month: 11, day: 30))
        #expect(period.hasMonth)
        #expect(period.text == "2022年11月")
    }

    static let comparisons: [(String, String, Bool?)] = [
        ("2022年11月", "2023年前", true),
        ("2023年1月", "2023年前", false),
        ("2023年6月", "2023年上半年", true),
        ("2023年", "2023年6月30日前", nil),
        ("11月", "12月底前", true),
        ("2022年11月", "12月底前", true),
        ("2022年", "12月底前", nil),
        ("11月", "2023年前", nil),
        ("2023年12月31日", "2023-12-31前", true),
    ]

    @Test(arguments: comparisons) func onOrBeforeADeadline(_ actual: String, _ deadline: String, _ expected: Bool?) throws {
        let date = try #require(Self.period(actual))
        let limit = try #require(Self.period(deadline))
        #expect(date.isOnOrBefore(limit) == expected)
    }

    @Test func theDayBeforeCrossesMonthsAndYears() {
        #expect(CalendarDay(year: 2023, month: 1, day: 1).previous == CalendarDay(year: 2022, month: 12, day: 31))
        #expect(CalendarDay(year: 2024, month: 3, day: 1).previous == CalendarDay(year: 2024, month: 2, day: 29))
        #expect(CalendarDay(year: nil, month: 5, day: 1).previous == CalendarDay(year: nil, month: 4, day: 30))
    }
}
