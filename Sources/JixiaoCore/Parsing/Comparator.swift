/// How a target bounds its value: ≥, >, ≤, <, =, or nothing written.
///
/// Read from a sign or word before the number (`≥`, `不少于`, `超过`, `不超过`) or a word after
/// it and its unit (`90%以上`, `5000万元以内`).
public enum Comparator: String, Sendable, Equatable, Encodable, CaseIterable {
    case atLeast, moreThan, atMost, lessThan, equal
    /// No comparator written: a bare number.
    case none

    /// The sign shown in summaries; empty for a bare number.
    public var symbol: String {
        switch self {
        case .atLeast: "≥"
        case .moreThan: ">"
        case .atMost: "≤"
        case .lessThan: "<"
        case .equal: "="
        case .none: ""
        }
    }

    /// Whether the comparator sets an upper limit (the reverse direction).
    public var isUpperBound: Bool { self == .atMost || self == .lessThan }

    /// Signs and words written before a number, longest first so `不低于` wins over `低于`.
    static let prefixes: [(word: [Unicode.Scalar], comparator: Comparator)] = {
        let words: [(String, Comparator)] = [
            ("≥", .atLeast), (">=", .atLeast), ("≥=", .atLeast), ("≮", .atLeast),
            ("不少于", .atLeast), ("不低于", .atLeast), ("不小于", .atLeast), ("至少", .atLeast),
            ("最少", .atLeast), ("最低", .atLeast), ("大于等于", .atLeast), ("大于或等于", .atLeast),
            ("高于或等于", .atLeast), ("不少于等于", .atLeast),
            (">", .moreThan), ("超过", .moreThan), ("高于", .moreThan), ("大于", .moreThan),
            ("多于", .moreThan), ("超", .moreThan), ("逾", .moreThan), ("突破", .moreThan),
            ("≤", .atMost), ("<=", .atMost), ("≤=", .atMost), ("≯", .atMost),
            ("不超过", .atMost), ("不高于", .atMost), ("不大于", .atMost), ("不多于", .atMost),
            ("至多", .atMost), ("最多", .atMost), ("最高", .atMost), ("控制在", .atMost),
            ("小于等于", .atMost), ("小于或等于", .atMost), ("低于或等于", .atMost),
            ("<", .lessThan), ("低于", .lessThan), ("小于", .lessThan), ("少于", .lessThan),
            ("不足", .lessThan), ("不到", .lessThan),
            ("=", .equal), ("==", .equal), ("等于", .equal),
        ]
        return words
            .map { (Array($0.0.unicodeScalars), $0.1) }
            .sorted { $0.0.count > $1.0.count }
    }()

    /// Words written after a number and its unit, longest first.
    static let suffixes: [(word: [Unicode.Scalar], comparator: Comparator)] = {
        let words: [(String, Comparator)] = [
            ("及以上", .atLeast), ("以上", .atLeast), ("之上", .atLeast),
            ("及以下", .atMost), ("以下", .atMost), ("以内", .atMost), ("之内", .atMost),
        ]
        return words
            .map { (Array($0.0.unicodeScalars), $0.1) }
            .sorted { $0.0.count > $1.0.count }
    }()
}
