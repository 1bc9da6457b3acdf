/// What was read from a target text (目标值).
public struct ParsedTarget: Sendable, Equatable, Encodable {
    public var kind: TargetKind
    /// How it is shown: `≥ 20 家`, `2-3 家`, `2022-12-31 前`, `定性：有效提升企业效益`, `3 项条件：…`.
    public var summary: String
    /// The numeric conditions, in order; empty for a deadline or a qualitative target.
    public var clauses: [TargetClause]
    /// The deadline of a `.deadline` target: its `latest` day is the last that meets it.
    public var deadline: DatePeriod?
    /// Numbers read as naming the subject rather than as the target (`3 家` in `获得奖补的 3家企业…超过 5000 万元`).
    public var subjects: [Quantity]
    /// Whether the indicator asks a yes/no question (`是否…`, `（是/否）`).
    public var asksYesNo: Bool
    /// The target as read (normalized: ASCII digits, no line breaks).
    public var text: String
}
