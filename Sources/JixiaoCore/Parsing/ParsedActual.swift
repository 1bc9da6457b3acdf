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
    /// The word that makes that date an estimate (`预计`, `左右`).
    public var dateHedge: String?
    /// What the words of the actual say about completion, if anything.
    public var completion: Completion?
    /// The word that says it (`阶段完成`, `是`, `未`).
    public var completionWord: String?
    /// The actual as read (normalized).
    public var text: String
    /// A share of the work done below 100%, for a deadline target (`截至2023年底已完成80%`: 80%).
    public var completionShare: Quantity? = nil
}
