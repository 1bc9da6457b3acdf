/// The span of days a date phrase means (`2022 年 11 月` is 2022-11-01…2022-11-30).
///
/// As a target it is a deadline: `latest` is the last day that meets it. `2023 年前` is open
/// toward the past and ends on 2022-12-31; `2023 年上半年` ends on 2023-06-30; `12 月底前`
/// ends on 12-31 of a year not given.
public struct DatePeriod: Sendable, Equatable, Encodable {
    /// The first day the phrase can mean; nil when it is open toward the past.
    public var earliest: CalendarDay?
    /// The last day the phrase can mean.
    public var latest: CalendarDay
    /// The phrase as written (normalized).
    public var text: String
    /// Whether the phrase names a month or a day, not only a year or part of one.
    public var hasMonth: Bool

    public init(earliest: CalendarDay?, latest: CalendarDay, text: String, hasMonth: Bool) {
        self.earliest = earliest; self.latest = latest; self.text = text; self.hasMonth = hasMonth
    }

    /// Whether a date in `self` falls on or before `deadline`: true, false, or nil when it depends on the day.
    ///
    /// Without a year in the deadline, months and days are compared only when `self` has a
    /// month; without a year in `self` against a deadline that has one, nothing is decided.
    func isOnOrBefore(_ deadline: DatePeriod) -> Bool? {
        let limit = deadline.latest
        if limit.year == nil {
            guard hasMonth else { return nil }
            if latest.monthDayKey <= limit.monthDayKey { return true }
            if let earliest, earliest.monthDayKey > limit.monthDayKey { return false }
            return nil
        }
        guard let limitKey = limit.key, let latestKey = latest.key else { return nil }
        if latestKey <= limitKey { return true }
        if let earliestKey = earliest?.key, earliestKey > limitKey { return false }
        return nil
    }
}
