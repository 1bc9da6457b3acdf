/// One value read from an actual.
public struct ActualValue: Sendable, Equatable, Encodable {
    /// The value read, negative when written with a minus sign (`-3%`).
    public var quantity: Quantity
    /// A comparator written with it (`企业满意度≥90%`): the actual restates a bound, which is taken as the value.
    public var comparator: Comparator
    /// The value with the words before it in its clause (`其中市本级承担资金377.5万元`).
    public var source: String
    /// Whether the unit was taken from the target because the actual wrote none (`7.2` against `2个百分点`).
    public var unitFromTarget: Bool
    /// Whether the actual states a decline (`同比下降 2%`).
    public var falls: Bool = false
    /// The word that makes it an estimate, not a measured value (`约`, `近`, `左右`, `预计`).
    public var hedge: String?
    /// Whether it was read from words of absence (`未发生安全事故` → 0), not written as a number.
    public var fromWords: Bool = false

    /// `27 家`, or `≥ 90%` for a restated bound.
    public var summary: String {
        comparator == .none ? quantity.summary : comparator.symbol + " " + quantity.summary
    }
}
