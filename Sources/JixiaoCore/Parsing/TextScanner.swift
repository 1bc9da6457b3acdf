import Foundation

/// A hand-written, single-pass scanner over the normalized Unicode scalars of one text.
///
/// It finds every number with the unit, comparator and range around it, and tells a
/// measured value from a year, a date, an ordinal, a proportion or an identifier. Each step
/// moves forward and looks ahead a bounded distance, so it runs in linear time on any input.
///
///     TextScanner("2021 年我市新增“小升规”工业企业 468 家。").mentions()
///     // [2021 年 (date), 468 家 (value)]
struct TextScanner {
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        scalars = TextNormalizer.normalize(text)
    }

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    var isEmpty: Bool { scalars.isEmpty }

    /// Whether the text holds a digit, a letter or an ideograph, not only punctuation (`/`, `—`).
    var hasContent: Bool {
        scalars.contains { scalar in
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x3400...0x9FFF: true
            case 0...0x7F: false
            default: scalar.properties.isIdeographic
            }
        }
    }

    /// The normalized text between two offsets.
    func text(_ lower: Int, _ upper: Int) -> String {
        let low = max(0, min(lower, scalars.count))
        let high = max(low, min(upper, scalars.count))
        return Self.string(scalars[low..<high])
    }

    /// The text of a mention as written (normalized), comparator and unit included.
    func text(of mention: Mention) -> String { text(mention.start, mention.end) }

    /// A string from scalars, encoded straight into UTF-8 storage.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// The whole normalized text.
    var string: String { text(0, scalars.count) }

    // MARK: - Mentions

    /// Every number of the text, in order.
    func mentions() -> [Mention] {
        var result: [Mention] = []
        var index = 0
        var clause = 0
        var clauseStart = 0
        var depth = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if Self.isDigit(scalar) {
                let mention = readMention(at: index, clause: clause, clauseStart: clauseStart)
                result.append(mention)
                index = max(mention.end, index + 1)
                continue
            }
            switch scalar {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            case "。", "；", ";", "!", "！", "?", "？":
                depth = 0
                clause += 1
                clauseStart = index + 1
            case "，", ",", "、":
                if depth == 0 {
                    clause += 1
                    clauseStart = index + 1
                }
            default: break
            }
            index += 1
        }
        return result
    }

    private func readMention(at start: Int, clause: Int, clauseStart: Int) -> Mention {
        let number = readNumber(at: start)
        var mention = Mention(
            role: .value, value: number.value, unit: nil, start: start, end: number.end,
            numberStart: start, clause: clause, clauseStart: clauseStart
        )
        let previous = at(start - 1)
        let next = at(number.end)

        func finish(_ role: Mention.Role, end: Int) -> Mention {
            var result = mention
            result.role = role
            result.end = max(end, start + 1)
            return result
        }

        if number.tooLong || previous.map(Self.isLetter) == true || (previous == "." && at(start - 2).map(Self.isDigit) == true) {
            return finish(.identifier, end: skipLettersAndDigits(from: number.end))
        }
        if next.map(Self.isLetter) == true {
            return finish(.identifier, end: skipLettersAndDigits(from: number.end))
        }
        if previous == "第" {
            let unit = MeasureUnit.longestMatch(in: scalars, at: number.end)
            return finish(.ordinal, end: number.end + (unit?.length ?? 0))
        }
        if previous == "[", next == "]" {
            return finish(.identifier, end: number.end + 1)
        }

        // Years and dates.
        if let year = number.integer, number.integerDigits == 4, (1900...2099).contains(year) {
            if let date = readDate(year: year, start: start, after: number.end) {
                mention.date = date.period
                mention.value = Decimal(year)
                return finish(.date, end: date.end)
            }
        }
        if let month = number.integer, number.integerDigits <= 2, (1...12).contains(month), next == "月" {
            let date = finishDate(year: nil, month: month, day: nil, start: start, from: number.end + 1, parseDay: true)
            mention.date = date.period
            return finish(.date, end: date.end)
        }
        if next == "号" {
            return finish(.identifier, end: number.end + 1)
        }

        // Proportions (1：1) and fractions (30/30).
        if let separator = next, separator == ":" || separator == "/", at(number.end + 1).map(Self.isDigit) == true {
            var end = number.end
            while let mark = at(end), mark == ":" || mark == "/", at(end + 1).map(Self.isDigit) == true {
                end = readNumber(at: end + 1).end
            }
            return finish(.proportion, end: end)
        }

        // List numbers: 1、 1. (2) at the start of a clause.
        let atClauseStart = start == clauseStart || previous == "("
        if atClauseStart, next == "、" || (next == "." && at(number.end + 1).map(Self.isDigit) != true) {
            return finish(.ordinal, end: number.end + 1)
        }
        if previous == "(", next == ")" {
            return finish(.ordinal, end: number.end + 1)
        }

        // Range, unit, comparator words.
        var end = number.end
        var unit: MeasureUnit?
        if let range = readRange(lower: number, from: end) {
            mention.upper = range.upper
            unit = range.unit
            end = range.end
        } else if let match = MeasureUnit.longestMatch(in: scalars, at: end) {
            unit = match.unit
            end += match.length
        }
        mention.unit = unit
        end = skip(Self.inclusive, from: end)
        if let suffix = matchAny(Comparator.suffixes, at: end) {
            mention.comparator = suffix.comparator
            end += suffix.length
            end = skip(Self.inclusive, from: end)
        } else if at(end) == "内", isBoundaryAfterWithin(end + 1) {
            mention.comparator = .atMost
            end += 1
        }
        if let prefix = matchPrefixComparator(endingAt: start) {
            mention.comparator = prefix.comparator
            mention.start = start - prefix.length
        }
        return finish(.value, end: end)
    }

    // MARK: - Numbers

    struct Number {
        var value: Decimal
        /// The value when it is a whole number of at most 9 digits.
        var integer: Int?
        var integerDigits: Int
        var end: Int
        var tooLong: Bool
    }

    /// Reads digits, `,` thousands groups and a `.` fraction starting at `start`.
    func readNumber(at start: Int) -> Number {
        var index = start
        var significand: UInt64 = 0
        var digits = 0
        var integerDigits = 0
        var fractionDigits = 0
        var tooLong = false

        func take(_ scalar: Unicode.Scalar) {
            if digits < 18 {
                significand = significand * 10 + UInt64(scalar.value - 48)
            } else {
                tooLong = true
            }
            digits += 1
        }

        while let scalar = at(index), Self.isDigit(scalar) {
            take(scalar); integerDigits += 1; index += 1
        }
        // Thousands groups: 2,000 and 1,000.00 (a comma then exactly three digits).
        while at(index) == ",", integerDigits <= 15,
              let a = at(index + 1), let b = at(index + 2), let c = at(index + 3),
              Self.isDigit(a), Self.isDigit(b), Self.isDigit(c), at(index + 4).map(Self.isDigit) != true {
            take(a); take(b); take(c)
            integerDigits += 3
            index += 4
        }
        // A fraction, unless this is a year followed by a month (2023.12).
        let looksLikeYearMonth = integerDigits == 4 && significand >= 1900 && significand <= 2099
            && isMonthAfterSeparator(index)
        if at(index) == ".", let first = at(index + 1), Self.isDigit(first), !looksLikeYearMonth {
            index += 1
            while let scalar = at(index), Self.isDigit(scalar) {
                take(scalar); fractionDigits += 1; index += 1
            }
        }
        let value = tooLong ? 0 : Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(significand))
        let integer = fractionDigits == 0 && integerDigits <= 9 && !tooLong ? Int(significand) : nil
        return Number(value: value, integer: integer, integerDigits: integerDigits, end: index, tooLong: tooLong)
    }

    /// A small whole number (at most two digits) at `index`, and where it ends.
    private func readSmallInteger(at index: Int) -> (value: Int, end: Int)? {
        guard let first = at(index), Self.isDigit(first) else { return nil }
        var value = Int(first.value - 48)
        var end = index + 1
        if let second = at(end), Self.isDigit(second) {
            value = value * 10 + Int(second.value - 48)
            end += 1
        }
        if at(end).map(Self.isDigit) == true { return nil }
        return (value, end)
    }

    /// Whether `-`, `.` or `/` at `index` is followed by a month number (1…12) and no more digits.
    private func isMonthAfterSeparator(_ index: Int) -> Bool {
        guard let mark = at(index), mark == "." || mark == "-" || mark == "/",
              let month = readSmallInteger(at: index + 1) else { return false }
        // 2020.5万元 is money, not May 2020.
        return (1...12).contains(month.value) && MeasureUnit.longestMatch(in: scalars, at: month.end) == nil
    }

    private func readRange(lower: Number, from index: Int) -> (upper: Decimal, unit: MeasureUnit?, end: Int)? {
        var position = index
        var lowerUnit: MeasureUnit?
        if let match = MeasureUnit.longestMatch(in: scalars, at: position),
           let mark = at(position + match.length), Self.rangeMarks.contains(mark) {
            lowerUnit = match.unit
            position += match.length
        }
        guard let mark = at(position), Self.rangeMarks.contains(mark),
              let first = at(position + 1), Self.isDigit(first) else { return nil }
        let upper = readNumber(at: position + 1)
        guard !upper.tooLong, upper.value >= lower.value else { return nil }
        if upper.integerDigits == 4, let year = upper.integer, (1900...2099).contains(year), at(upper.end) == "年" {
            return nil
        }
        var end = upper.end
        var unit = lowerUnit
        if let match = MeasureUnit.longestMatch(in: scalars, at: end) {
            unit = match.unit
            end += match.length
        }
        return (upper.value, unit, end)
    }

    // MARK: - Dates

    /// A date starting with a four-digit year at `start`: `2022 年 11 月`, `2023 年上半年`, `2023-12-31`.
    private func readDate(year: Int, start: Int, after index: Int) -> (period: DatePeriod, end: Int)? {
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
    private func finishDate(
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

    // MARK: - Comparators and words

    private func matchPrefixComparator(endingAt index: Int) -> (comparator: Comparator, length: Int)? {
        for (word, comparator) in Comparator.prefixes where word.count <= index {
            if Self.matches(word, in: scalars, at: index - word.count) { return (comparator, word.count) }
        }
        return nil
    }

    private func matchAny(_ words: [(word: [Unicode.Scalar], comparator: Comparator)], at index: Int) -> (comparator: Comparator, length: Int)? {
        for (word, comparator) in words where Self.matches(word, in: scalars, at: index) {
            return (comparator, word.count)
        }
        return nil
    }

    private func matchAny(_ words: [(word: [Unicode.Scalar], value: Int)], at index: Int) -> (value: Int, length: Int)? {
        for (word, value) in words where Self.matches(word, in: scalars, at: index) {
            return (value, word.count)
        }
        return nil
    }

    private func skip(_ word: [Unicode.Scalar], from index: Int) -> Int {
        Self.matches(word, in: scalars, at: index) ? index + word.count : index
    }

    private func skipLettersAndDigits(from index: Int) -> Int {
        var end = index
        while let scalar = at(end), Self.isLetter(scalar) || Self.isDigit(scalar) { end += 1 }
        return end
    }

    /// Whether `内` before `index` closes a limit (`30天内完成`) rather than starting a word (`内资`).
    private func isBoundaryAfterWithin(_ index: Int) -> Bool {
        guard let next = at(index) else { return true }
        return Self.separators.contains(next) || next == ")" || Self.withinFollowers.contains(next)
    }

    /// Whether the text contains `word`.
    func contains(_ word: [Unicode.Scalar]) -> Bool {
        firstIndex(of: word, from: 0) != nil
    }

    /// The first offset at or after `from` where `word` starts.
    func firstIndex(of word: [Unicode.Scalar], from: Int) -> Int? {
        guard let head = word.first, word.count <= scalars.count else { return nil }
        var index = max(0, from)
        while index + word.count <= scalars.count {
            if scalars[index] == head, Self.matches(word, in: scalars, at: index) { return index }
            index += 1
        }
        return nil
    }

    func at(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    // MARK: - Character classes

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 48 && scalar.value <= 57
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 65 && scalar.value <= 90) || (scalar.value >= 97 && scalar.value <= 122)
    }

    /// Whether `word` starts at `index` of `scalars`.
    static func matches(_ word: [Unicode.Scalar], in scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= scalars.count else { return false }
        var offset = 0
        while offset < word.count {
            if scalars[index + offset] != word[offset] { return false }
            offset += 1
        }
        return true
    }

    static func matches(_ word: String, in scalars: [Unicode.Scalar], at index: Int) -> Bool {
        matches(Array(word.unicodeScalars), in: scalars, at: index)
    }

    static let separators: Set<Unicode.Scalar> = ["，", ",", "、", "；", ";", "。", "!", "！", "?", "？"]
    static let rangeMarks: Set<Unicode.Scalar> = ["-", "~", "至", "到"]
    private static let withinFollowers: Set<Unicode.Scalar> = ["完", "办", "到", "处", "回", "答", "解", "结", "落", "拨", "发", "支"]
    private static let inclusive = Array("(含)".unicodeScalars)
    private static let quarterWord = Array("季".unicodeScalars)

    private static func words(_ list: [(String, Int)]) -> [(word: [Unicode.Scalar], value: Int)] {
        list.map { (Array($0.0.unicodeScalars), $0.1) }.sorted { $0.word.count > $1.word.count }
    }

    private static let halves = words([("上半年", 1), ("下半年", 2)])
    private static let tenDays = words([("上旬", 1), ("中旬", 2), ("下旬", 3)])
    private static let endWords = words([("年底", 1), ("年末", 1), ("月底", 1), ("月末", 1), ("底", 1), ("末", 1)])
    /// 1: before the period starts (when it is a whole year or month); 2: within it.
    private static let beforeWords = words([
        ("之前", 1), ("以前", 1), ("前", 1), ("以内", 2), ("之内", 2), ("内", 2), ("为止", 2), ("止", 2),
    ])
}
