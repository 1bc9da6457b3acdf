import Foundation

/// A hand-written, single-pass scanner over the normalized Unicode scalars of one text.
///
/// It finds every number with the unit, comparator and range around it, and tells a
/// measured value from a year, a date, an ordinal, a proportion or an identifier. Each step
/// moves forward and looks ahead a bounded distance, so it runs in linear time on any input.
///
///     TextScanner("2021 年我市新增“小升规”工业企业 468 家。").mentions()
///     // [2021 年 (date), 468 家 (value)]
///
/// A minus sign (`-`, `−`, `－`, `﹣`) right before a measured value makes it negative (`-3%`,
/// `≤-2%`), unless it follows a digit, a Latin letter or another number directly: then it joins
/// a range (`2-3 家`, `5%-8%`), a date (`2023-12-31`) or an identifier (`GB-5`).
struct TextScanner {
    let scalars: [Unicode.Scalar]
    /// Offsets of the `-` written as a typographic dash (`—`, `–`), which never make a number negative.
    let dashes: Set<Int>

    init(_ text: String) {
        (scalars, dashes) = TextNormalizer.normalizeMarkingDashes(text)
    }

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
        // Where the last mention ended: a `-` right there joins two numbers (`5%-8%`).
        var lastEnd = -1
        while index < scalars.count {
            let scalar = scalars[index]
            if Self.isDigit(scalar) {
                let signed = lastEnd != index - 1 && isMinusSign(before: index)
                let mention = readMention(at: index, clause: clause, clauseStart: clauseStart, signed: signed)
                result.append(mention)
                index = max(mention.end, index + 1)
                lastEnd = index
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

    /// The mention whose number starts at `start`; `signed` when a minus sign stands before it,
    /// which makes it negative only if it is read as a value (not a date, ordinal or identifier).
    func readMention(at start: Int, clause: Int, clauseStart: Int, signed: Bool = false) -> Mention {
        var number = readNumber(at: start)
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
            if role == .value || role == .date {
                result.hedge = hedge(before: result.start, after: result.end, unit: result.unit)
            }
            return result
        }

        // A long run of digits is a code, unless a comparator before it or a unit after it makes it a quantity
        // (≥10000000000000000000家 is a target, not an identifier: read as one it was judged qualitative, met).
        let longQuantity = number.tooLong && number.exact
            && (matchPrefixComparator(endingAt: start) != nil || MeasureUnit.longestMatch(in: scalars, at: number.end) != nil)
        if (number.tooLong && !longQuantity) || previous.map(Self.isLetter) == true || (previous == "." && at(start - 2).map(Self.isDigit) == true) {
            return finish(.identifier, end: skipLettersAndDigits(from: number.end))
        }
        // GB-5, COVID-19: a hyphen after Latin letters names something.
        if previous == "-", at(start - 2).map(Self.isLetter) == true {
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
        // A span of months (3-10月, 3至10月) is a period, not a range of numbers: it ends with its last month.
        if let month = number.integer, number.integerDigits <= 2, (1...12).contains(month), let mark = next,
           mark == "-" || mark == "~" || mark == "至" || mark == "到", at(number.end + 1).map(Self.isDigit) == true {
            let upper = readNumber(at: number.end + 1)
            if let last = upper.integer, upper.integerDigits <= 2, (month...12).contains(last), at(upper.end) == "月" {
                let date = finishDate(year: nil, month: last, day: nil, start: start, from: upper.end + 1, parseDay: true)
                mention.date = date.period
                return finish(.date, end: date.end)
            }
            // Across the end of a year (供暖期11-3月): a period still, but its end is in a year not written,
            // so it bounds no deadline here; never a range of numbers.
            if let last = upper.integer, upper.integerDigits <= 2, (1..<month).contains(last), at(upper.end) == "月" {
                return finish(.date, end: upper.end + 1)
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

        // A minus sign: the value, and a range's lower bound, are negative (`-3%`, `≤-2%`, `-3~-1%`).
        if signed {
            number.value = Self.negated(number.value)
            mention.value = number.value
            mention.start = start - 1
        }

        // Range, unit, comparator words.
        var end = number.end
        var unit: MeasureUnit?
        if let range = readRange(lower: number, from: end) {
            mention.upper = range.upper
            unit = range.unit
            end = range.end
        } else {
            // 500余人次, 300多家: an approximation word between the number and its unit.
            if let mark = at(end), mark == "余" || mark == "多", MeasureUnit.longestMatch(in: scalars, at: end + 1) != nil {
                end += 1
            }
            if let match = MeasureUnit.longestMatch(in: scalars, at: end) {
                unit = match.unit
                end += match.length
            }
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
        if let prefix = matchPrefixComparator(endingAt: mention.start) {
            mention.comparator = prefix.comparator
            mention.start -= prefix.length
        }
        mention.falls = isFalling(before: mention.start)
        return finish(.value, end: end)
    }

    // MARK: - Numbers

    struct Number {
        var value: Decimal
        /// The value when it is a whole number of at most 9 digits.
        var integer: Int?
        var integerDigits: Int
        var end: Int
        /// More than 18 digits: a code (项目编码) unless a comparator or a unit makes it a quantity.
        var tooLong: Bool
        /// At most 38 digits, which `value` then holds exactly even when `tooLong`.
        var exact: Bool
    }

    /// Reads digits, `,` thousands groups and a `.` fraction starting at `start`.
    func readNumber(at start: Int) -> Number {
        var index = start
        var significand: UInt64 = 0
        var digits = 0
        var integerDigits = 0
        var fractionDigits = 0
        var tooLong = false
        var all: [UInt8] = []

        func take(_ scalar: Unicode.Scalar) {
            if digits < 18 {
                significand = significand * 10 + UInt64(scalar.value - 48)
            } else {
                if !tooLong { all = Array(String(significand).utf8) }
                tooLong = true
            }
            if tooLong, all.count <= 38 { all.append(UInt8(scalar.value)) }
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
        let exact = digits <= 38
        var value = Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(significand))
        if tooLong {
            // Past 18 digits the digits are spelled whole and read by Decimal.
            value = exact ? (Decimal(string: String(decoding: all, as: UTF8.self)).map {
                Decimal(sign: .plus, exponent: -fractionDigits, significand: $0)
            } ?? 0) : 0
        }
        let integer = fractionDigits == 0 && integerDigits <= 9 && !tooLong ? Int(significand) : nil
        return Number(value: value, integer: integer, integerDigits: integerDigits, end: index, tooLong: tooLong, exact: exact)
    }

    /// Whether a minus sign stands right before the digit at `index`: a `-` (from `-`, `−`, `－` or
    /// `﹣`, not a typographic dash) that does not itself follow a digit or a Latin letter, so
    /// `2-3`, `2023-12-31` and `GB-5` have none.
    func isMinusSign(before index: Int) -> Bool {
        guard at(index - 1) == "-", !dashes.contains(index - 1) else { return false }
        guard let before = at(index - 2) else { return true }
        return !Self.isDigit(before) && !Self.isLetter(before)
    }

    /// `-value`, keeping 0 a plain 0.
    static func negated(_ value: Decimal) -> Decimal {
        value == 0 || value.isNaN ? value : 0 - value
    }

    /// A small whole number (at most two digits) at `index`, and where it ends.
    func readSmallInteger(at index: Int) -> (value: Int, end: Int)? {
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
    func isMonthAfterSeparator(_ index: Int) -> Bool {
        guard let mark = at(index), mark == "." || mark == "-" || mark == "/",
              let month = readSmallInteger(at: index + 1) else { return false }
        // 2020.5万元 is money, not May 2020.
        return (1...12).contains(month.value) && MeasureUnit.longestMatch(in: scalars, at: month.end) == nil
    }

    func readRange(lower: Number, from index: Int) -> (upper: Decimal, unit: MeasureUnit?, end: Int)? {
        var position = index
        var lowerUnit: MeasureUnit?
        if let match = MeasureUnit.longestMatch(in: scalars, at: position),
           let mark = at(position + match.length), Self.rangeMarks.contains(mark) {
            lowerUnit = match.unit
            position += match.length
        }
        guard let mark = at(position), Self.rangeMarks.contains(mark) else { return nil }
        // The upper bound may carry its own minus sign (`-3~-1%`, `-3至-1%`).
        var digitsAt = position + 1
        let negative = isMinusSign(before: digitsAt + 1) && at(digitsAt + 1).map(Self.isDigit) == true
        if negative { digitsAt += 1 }
        guard let first = at(digitsAt), Self.isDigit(first) else { return nil }
        var upper = readNumber(at: digitsAt)
        if negative { upper.value = Self.negated(upper.value) }
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
}
