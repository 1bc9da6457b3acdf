/// How a target is met, as read from its text.
public enum TargetKind: String, Sendable, Equatable, Encodable, CaseIterable {
    /// ≥, >, 不少于, 以上, or a bare number: met when the actual reaches it.
    case positive
    /// ≤, <, 不超过, 以内, or a bare number for a cost: met when the actual stays under it.
    case reverse
    /// =: met only by the same value.
    case equal
    /// `2-3 家`: met from the lower bound on.
    case range
    /// A date (`2023 年前`, `2023 年上半年`): met on or before it.
    case deadline
    /// Words without a number (`有效提升企业效益`, `是`).
    case qualitative
    /// Several clauses, each with its own number: met when every one is.
    case compound
    /// No target written.
    case empty

    /// The Chinese name shown in the dashboard.
    public var chineseName: String {
        switch self {
        case .positive: "正向"
        case .reverse: "反向"
        case .equal: "等于"
        case .range: "区间"
        case .deadline: "时限"
        case .qualitative: "定性"
        case .compound: "复合"
        case .empty: "空"
        }
    }
}
