import Foundation

/// One number found in a text, with its unit, comparator and what it stands for.
struct Mention: Equatable {
    /// What the number is: a measure, or something that only looks like one.
    enum Role: Equatable {
        /// A quantity that may be the measured value.
        case value
        /// A year or a date (`2021 年`, `2022 年 11 月`, `2023-12-31`).
        case date
        /// An ordinal or list number (`第3`, `1.`, `(2)`).
        case ordinal
        /// A proportion or fraction (`1：1`, `30/30`).
        case proportion
        /// A number that names something (`5G`, `〔2021〕`, `165号`, a 20-digit code).
        case identifier
    }

    var role: Role
    /// The number as written (the lower bound of a range), negative after a minus sign (`-3%`).
    var value: Decimal
    /// The upper bound of a range (`2-3 家`).
    var upper: Decimal?
    /// The unit written after it; nil for a bare number. A bare multiplier (`1.2万`) has dimension `.number`.
    var unit: MeasureUnit?
    var comparator: Comparator = .none
    /// Whether a word of decline comes before it (`同比下降 2%`, `成本降低 5%`).
    var falls = false
    /// The days a date means, for a `.date` mention.
    var date: DatePeriod?
    /// The word that makes it approximate or a forecast (`约`, `左右`, `预计`), for a value or a date.
    var hedge: String?
    /// Scalar offsets of the mention in the normalized text, comparator and unit included.
    var start: Int
    var end: Int
    /// The offset of the number's first digit.
    var numberStart: Int
    /// Which clause (between `，` `；` `。` `、` outside parentheses) it is in, from 0.
    var clause: Int
    /// The offset where its clause begins.
    var clauseStart: Int

    /// Whether the number carries a unit of its own (a bare multiplier does not count).
    var hasOwnUnit: Bool { unit.map { $0.dimension != .number } ?? false }

    /// A key that is equal for the same number in the same unit (`3 家`), to spot a subject named twice.
    var subjectKey: SubjectKey { SubjectKey(value: value, unit: unit?.symbol ?? "") }

    /// A number and the unit it is written in, compared as written.
    struct SubjectKey: Hashable {
        var value: Decimal
        var unit: String
    }

    /// The quantity it states, taking `inherited` as the unit of a bare number.
    func quantity(inheriting inherited: MeasureUnit?) -> Quantity {
        guard let unit else { return Quantity(value, inherited) }
        if !unit.isBareMultiplier { return Quantity(value, unit) }
        // A bare multiplier (4800万) completes or scales the inherited unit, multiplied once.
        guard let inherited, inherited.takesMultiplier else { return Quantity(value * unit.factor, inherited) }
        return Quantity(inherited.value(value, withMultiplier: unit.factor), inherited)
    }

    /// The upper bound of a range as a quantity, taking `inherited` for a bare number.
    func upperQuantity(inheriting inherited: MeasureUnit?) -> Quantity? {
        guard let upper else { return nil }
        var copy = self
        copy.value = upper
        return copy.quantity(inheriting: inherited)
    }
}
