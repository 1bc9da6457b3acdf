import Foundation

/// A number with the unit it is measured in (`20 家`, `2.8 亿元`, `90%`); the unit is nil for a bare number.
public struct Quantity: Sendable, Equatable, Encodable {
    /// The value as written, in `unit`.
    public var value: Decimal
    public var unit: MeasureUnit?

    public init(_ value: Decimal, _ unit: MeasureUnit? = nil) {
        self.value = value; self.unit = unit
    }

    /// The value in its family's base unit (万元 → 元), or as written when bare.
    var baseValue: Decimal { value * (unit?.factor ?? 1) }

    /// How it is shown: `20 家`, `90%`, `13`.
    public var summary: String {
        let number = DecimalText.plain(value)
        guard let unit else { return number }
        return unit.isSign ? number + unit.symbol : number + " " + unit.symbol
    }

    /// This quantity expressed in `unit` (same family), for showing two quantities alike.
    func converted(to target: MeasureUnit?) -> Quantity {
        guard let target, let unit, unit != target, target.converts(from: unit), target.factor != 0 else {
            return self
        }
        return Quantity(baseValue / target.factor, target)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try container.encodeIfPresent(unit?.symbol, forKey: .unit)
    }

    private enum CodingKeys: String, CodingKey { case value, unit }
}
