/// What was read from an actual text (实际完成值).
public struct ParsedActual: Sendable, Equatable, Encodable {
    /// How it is shown: `27 家`, `≥ 90%`, `72 亿元；2 亿元；4000 万元`, `2022年11月`, `完成`.
    public var summary: String
    /// The value read for each target clause, in the target's order; nil where none was found.
    public var values: [ActualValue?]
    /// Plausible values for a clause that has more than one, when the text cannot settle which.
    public var candidates: [ActualValue]
    /// The date of the actual, for a deadline target.
    public var date: DatePeriod?
    /// What the words of the actual say about completion, if anything.
    public var completion: Completion?
    /// The word that says it (`阶段完成`, `是`, `未`).
    public var completionWord: String?
    /// The actual as read (normalized).
    public var text: String
}

/// One value read from an actual.
public struct ActualValue: Sendable, Equatable, Encodable {
    public var quantity: Quantity
    /// A comparator written with it (`企业满意度≥90%`): the actual restates a bound, which is taken as the value.
    public var comparator: Comparator
    /// The value with the words before it in its clause (`其中市本级承担资金377.5万元`).
    public var source: String
    /// Whether the unit was taken from the target because the actual wrote none (`7.2` against `2个百分点`).
    public var unitFromTarget: Bool

    /// `27 家`, or `≥ 90%` for a restated bound.
    public var summary: String {
        comparator == .none ? quantity.summary : comparator.symbol + " " + quantity.summary
    }
}
