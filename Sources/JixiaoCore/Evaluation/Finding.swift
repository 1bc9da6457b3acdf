/// One problem a review finds: the dashboard's issue list.
public struct Finding: Sendable, Equatable, Hashable {
    public enum Severity: Int, Sendable, Comparable, CaseIterable {
        case error = 0, warning, info

        public static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }

        public var name: String {
            switch self {
            case .error: "error"
            case .warning: "warning"
            case .info: "info"
            }
        }

        public var chineseName: String {
            switch self {
            case .error: "严重"
            case .warning: "警告"
            case .info: "提示"
            }
        }
    }

    /// What a finding is about; one per rule of the fiscal rules (docs/scoring.md)'s list of findings.
    public enum Kind: String, Sendable, CaseIterable {
        case indicatorUnmet, indicatorPartial, indicatorReview, reasonMissing, targetTooLow
        case overspent, underspent, executionLow, executionMismatch, budgetReduced
        case noEffectIndicator, noSatisfactionIndicator, fewIndicators, noIndicators
        case targetWithoutNumber, costTargetPositive, blankText, actualUnquantified, actualRestatesTarget
        case claimMismatch, totalMismatch, scoreMismatch, printedScoreMismatch, gradeMismatch, weightMismatch
        case importNote

        public var chineseName: String {
            switch self {
            case .indicatorUnmet: "指标未完成"
            case .indicatorPartial: "指标部分完成"
            case .indicatorReview: "指标待核实"
            case .reasonMissing: "缺偏差原因"
            case .targetTooLow: "目标偏低"
            case .overspent: "超支"
            case .underspent: "执行率低"
            case .executionLow: "整体执行率低"
            case .executionMismatch: "产出与执行不符"
            case .budgetReduced: "预算大幅调减"
            case .noEffectIndicator: "缺效益指标"
            case .noSatisfactionIndicator: "缺满意度指标"
            case .fewIndicators: "指标过少"
            case .noIndicators: "无绩效指标"
            case .targetWithoutNumber: "目标未量化"
            case .costTargetPositive: "成本指标方向"
            case .blankText: "目标或实际为空"
            case .actualUnquantified: "实际未量化"
            case .actualRestatesTarget: "实际复述目标"
            case .claimMismatch: "自述与表不符"
            case .totalMismatch: "合计不符"
            case .scoreMismatch: "自评分差异"
            case .printedScoreMismatch: "得分与规则不符"
            case .gradeMismatch: "等级不符"
            case .weightMismatch: "权重不符"
            case .importNote: "导入说明"
            }
        }

        /// A short English name for the interface.
        public var englishName: String {
            switch self {
            case .indicatorUnmet: "unmet"
            case .indicatorPartial: "partly met"
            case .indicatorReview: "needs review"
            case .reasonMissing: "no reason"
            case .targetTooLow: "target too low"
            case .overspent: "overspent"
            case .underspent: "underspent"
            case .executionLow: "low execution"
            case .executionMismatch: "met but unspent"
            case .budgetReduced: "budget cut"
            case .noEffectIndicator: "no effect ind."
            case .noSatisfactionIndicator: "no satisfaction"
            case .fewIndicators: "few indicators"
            case .noIndicators: "no indicators"
            case .targetWithoutNumber: "vague target"
            case .costTargetPositive: "cost as ≥"
            case .blankText: "blank text"
            case .actualUnquantified: "no actual figure"
            case .actualRestatesTarget: "restates target"
            case .claimMismatch: "claim vs table"
            case .totalMismatch: "total mismatch"
            case .scoreMismatch: "score differs"
            case .printedScoreMismatch: "row score"
            case .gradeMismatch: "grade differs"
            case .weightMismatch: "weights"
            case .importNote: "import note"
            }
        }
    }

    /// Where a finding points.
    public enum Location: Sendable, Hashable {
        case report
        case subProject(String)
        case indicator(String)
        case claim(String)

        /// `report`, `subProject:sp-01`, `indicator:ind-05`, `claim:c-03`.
        public var code: String {
            switch self {
            case .report: "report"
            case .subProject(let id): "subProject:\(id)"
            case .indicator(let id): "indicator:\(id)"
            case .claim(let id): "claim:\(id)"
            }
        }
    }

    public var severity: Severity
    public var kind: Kind
    public var location: Location
    /// What is wrong, in Chinese, with the numbers an analyst needs to act (made when read).
    public var message: String {
        get { messageText.text }
        set { messageText = DeferredText { newValue } }
    }
    private var messageText: DeferredText

    public init(_ severity: Severity, _ kind: Kind, _ location: Location, _ message: @autoclosure @escaping @Sendable () -> String) {
        self.severity = severity; self.kind = kind; self.location = location; self.messageText = DeferredText(message)
    }
}
