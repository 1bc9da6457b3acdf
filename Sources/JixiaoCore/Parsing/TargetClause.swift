/// One condition of a numeric target: a comparator and a quantity, or a range.
public struct TargetClause: Sendable, Equatable, Encodable {
    /// `.positive`, `.reverse`, `.equal` or `.range`.
    public var kind: TargetKind
    public var comparator: Comparator
    /// The bound; the lower bound of a range. Negative when written with a minus sign (`≤-2%`).
    public var quantity: Quantity
    /// The upper bound of a range.
    public var upper: Quantity?
    /// The words before the number in its clause (`财政贡献额度增长`), to match it in the actual.
    public var label: String
    /// How it is shown: `≥ 20 家`, `2-3 家`, `≤ 5000 万元`, `≤ -2%`, `-3~-1%`, `下降 ≥ 5%`.
    public var summary: String
    /// Whether the target is a decline (`成本降低 5%`).
    public var falls: Bool

    init(kind: TargetKind, comparator: Comparator, quantity: Quantity, upper: Quantity?, label: String, falls: Bool = false) {
        self.kind = kind; self.comparator = comparator; self.quantity = quantity
        self.upper = upper; self.label = label; self.falls = falls
        if let upper {
            let unit = upper.unit.map { $0.isSign ? $0.symbol : " " + $0.symbol } ?? ""
            // `-3~-1%` rather than `-3--1%` once a bound is negative.
            let mark = quantity.value < 0 ? "~" : "-"
            summary = DecimalText.plain(quantity.value) + mark + DecimalText.plain(upper.value) + unit
        } else if comparator == .none {
            // A bare decline (`下降5%`) is met by a decline of at least its size.
            summary = falls ? "≥ " + quantity.summary : quantity.summary
        } else {
            summary = comparator.symbol + " " + quantity.summary
        }
        // The direction stays in the summary: `下降 ≥ 5%`, not `5%`.
        if falls { summary = "下降 " + summary }
    }
}
