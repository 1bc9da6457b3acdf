/// A day of the calendar, its year unknown when the text gives none (`12 月底前`).
public struct CalendarDay: Sendable, Equatable, Hashable, Encodable, CustomStringConvertible {
    public var year: Int?
    public var month: Int
    public var day: Int

    public init(year: Int?, month: Int, day: Int) {
        self.year = year; self.month = month; self.day = day
    }

    /// `2022-12-31`, or `12-31` without a year.
    public var description: String {
        let monthDay = pad(month) + "-" + pad(day)
        guard let year else { return monthDay }
        return String(year) + "-" + monthDay
    }

    /// The last day of `month` (1…12); February counts 29 days when the year is unknown.
    static func lastDay(ofMonth month: Int, year: Int?) -> Int {
        switch month {
        case 4, 6, 9, 11: return 30
        case 2:
            guard let year else { return 29 }
            return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        default: return 31
        }
    }

    /// The day before this one.
    var previous: CalendarDay {
        if day > 1 { return CalendarDay(year: year, month: month, day: day - 1) }
        if month > 1 {
            return CalendarDay(year: year, month: month - 1, day: Self.lastDay(ofMonth: month - 1, year: year))
        }
        return CalendarDay(year: year.map { $0 - 1 }, month: 12, day: 31)
    }

    /// Month and day as one sortable number, for comparing without a year.
    var monthDayKey: Int { month * 100 + day }

    /// Year, month and day as one sortable number; nil without a year.
    var key: Int? { year.map { $0 * 10_000 + monthDayKey } }

    private func pad(_ value: Int) -> String { value < 10 ? "0" + String(value) : String(value) }
}
