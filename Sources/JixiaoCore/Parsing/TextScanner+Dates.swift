/// Reading dates: a year, month and day, the part of a year they name, and whether a deadline
/// ends before the period (`2023 年前`) or with it (`2022年底之前`, `2023 年上半年`).
extension TextScanner {
    /// A date starting with a four-digit year at `start`: `2022 年 11 月`, `2023 年上半年`, `2023-12-31`.
    func readDate(year: Int, start: Int, after index: Int) -> (period: DatePeriod, end: Int)? {
        guard let next = at(index) else { return nil }
        if next == "年" {
            var position = index + 1
            if at(position) == "度" { position += 1 }
            var month: Int?
            var day: Int?
            if let value = readSmallInteger(at: position), (1...12).contains(value.value), at(value.end) == "月" {
                month = value.value
                position = value.end + 1
                if at(position) == "份" { position += 1 }
                if let value = readSmallInteger(at: position), (1...31).contains(value.value),
                   let mark = at(value.end), mark == "日" || mark == "号" {
                    day = value.value
                    position = value.end + 1
                }
            }
            return finishDate(year: year, month: month, day: day, start: start, from: position, parseDay: false)
        }
        if isMonthAfterSeparator(index), let month = readSmallInteger(at: index + 1) {
            var position = month.end
            var day: Int?
            if at(position) == next, let value = readSmallInteger(at: position + 1), (1...31).contains(value.value) {
                day = value.value
                position = value.end
            }
            if at(position) == "日" || at(position) == "号" { position += 1 }
            return finishDate(year: year, month: month.value, day: day, start: start, from: position, parseDay: false)
        }
        if Self.rangeMarks.contains(next), at(index + 1).map(Self.isDigit) == true {
            let other = readNumber(at: index + 1)
            guard other.integerDigits == 4, let last = other.integer, (year...2099).contains(last),
                  at(other.end) == "年" else { return nil }
            var period = finishDate(year: last, month: nil, day: nil, start: start, from: other.end + 1, parseDay: false)
            if period.period.earliest != nil {
                period.period.earliest = CalendarDay(year: year, month: 1, day: 1)
            }
            return period
        }
        return nil
    }

    /// Completes a date with its qualifiers: 上半年, 第三季度, 下旬, 底, 前…
    func finishDate(
        year: Int?, month: Int?, day: Int?, start: Int, from index: Int, parseDay: Bool
    ) -> (period: DatePeriod, end: Int) {
        var position = index
        var day = day
        if parseDay, at(position) == "份" { position += 1 }
        if parseDay, let value = readSmallInteger(at: position), (1...31).contains(value.value),
           let mark = at(value.end), mark == "日" || mark == "号" {
            day = value.value
            position = value.end + 1
        }
        var first: CalendarDay
        var last: CalendarDay
        var whole = true
        if let month {
            let lastDay = CalendarDay.lastDay(ofMonth: month, year: year)
            if let day {
                let clamped = min(day, lastDay)
                first = CalendarDay(year: year, month: month, day: clamped)
                last = first
                whole = false
            } else {
                first = CalendarDay(year: year, month: month, day: 1)
                last = CalendarDay(year: year, month: month, day: lastDay)
                if let part = matchAny(Self.tenDays, at: position) {
                    let (from, to) = part.value == 1 ? (1, 10) : part.value == 2 ? (11, 20) : (21, lastDay)
                    first.day = from
                    last.day = to
                    position += part.length
                    whole = false
                }
            }
        } else {
            first = CalendarDay(year: year, month: 1, day: 1)
            last = CalendarDay(year: year, month: 12, day: 31)
            if let half = matchAny(Self.halves, at: position) {
                if half.value == 1 { last = CalendarDay(year: year, month: 6, day: 30) }
                else { first = CalendarDay(year: year, month: 7, day: 1) }
                position += half.length
                whole = false
            } else if let quarter = readQuarter(at: position) {
                let lastMonth = quarter.number * 3
                if !quarter.cumulative { first = CalendarDay(year: year, month: lastMonth - 2, day: 1) }
                last = CalendarDay(year: year, month: lastMonth, day: CalendarDay.lastDay(ofMonth: lastMonth, year: year))
                position = quarter.end
                whole = false
            }
        }
        var atEnd = false
        if let end = matchAny(Self.endWords, at: position) {
            atEnd = true
            position += end.length
        }
        var before = false
        if let bound = matchAny(Self.beforeWords, at: position) {
            position += bound.length
            before = bound.value == 1 && whole && !atEnd
        }
        let period = DatePeriod(
            earliest: before ? nil : (atEnd ? last : first),
            latest: before ? first.previous : last,
            text: text(start, position),
            hasMonth: month != nil
        )
        return (period, position)
    }

    private func readQuarter(at index: Int) -> (number: Int, cumulative: Bool, end: Int)? {
        var position = index
        var cumulative = false
        if at(position) == "前" {
            cumulative = true
            position += 1
        } else if at(position) == "第" {
            position += 1
        }
        var number: Int?
        if let scalar = at(position) {
            switch scalar {
            case "1", "一": number = 1
            case "2", "二": number = 2
            case "3", "三": number = 3
            case "4", "四": number = 4
            default: number = nil
            }
        }
        guard let number, Self.matches(Self.quarterWord, in: scalars, at: position + 1) else { return nil }
        var end = position + 1 + Self.quarterWord.count
        if at(end) == "度" { end += 1 }
        return (number, cumulative, end)
    }

    private static func words(_ list: [(String, Int)]) -> [(word: [Unicode.Scalar], value: Int)] {
        list.map { (Array($0.0.unicodeScalars), $0.1) }.sorted { $0.word.count > $1.word.count }
    }

    private static let quarterWord = Array("季".unicodeScalars)
    private static let halves = words([("上半年", 1), ("下半年", 2)])
    private static let tenDays = words([("上旬", 1), ("中旬", 2), ("下旬", 3)])
    private static let endWords = words([("年底", 1), ("年末", 1), ("月底", 1), ("月末", 1), ("底", 1), ("末", 1)])
    /// 1: before the period starts (when it is a whole year or month); 2: within it.
    private static let beforeWords = words([
        ("之前", 1), ("以前", 1), ("前", 1), ("以内", 2), ("之内", 2), ("内", 2), ("为止", 2), ("止", 2),
    ])
}
