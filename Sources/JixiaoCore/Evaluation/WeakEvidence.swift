/// Why an actual does not measure its numeric target, although the report counts it as done
/// (the fiscal rules (docs/scoring.md), "Weak evidence"). The indicator is judged as the report
/// states it; the review carries a warning so it is never silent full marks.
public enum WeakEvidence: Sendable, Equatable, Encodable {
    /// Only a word of completion (`完成`, `已达标`, `基本完成`) against a number: the word.
    case unquantified(word: String)
    /// A share of the work done (`已完成100%`) against a target that measures something else.
    case progressShare(source: String)
    /// The actual restates the target's bound (`满意度≥90%` against `≥90%`): what it wrote.
    case restatesTarget(written: String)

    /// The finding kind it raises.
    public var findingKind: Finding.Kind {
        switch self {
        case .unquantified, .progressShare: .actualUnquantified
        case .restatesTarget: .actualRestatesTarget
        }
    }

    /// `actualUnquantified`, `actualProgressShare`, `actualRestatesTarget`, as `jixiao check` prints it.
    public var code: String {
        switch self {
        case .unquantified: "actualUnquantified"
        case .progressShare: "actualProgressShare"
        case .restatesTarget: "actualRestatesTarget"
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
