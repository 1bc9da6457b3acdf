import Foundation

/// A sub-project (二级项目) or, in a department report, one fund: its budget and spending.
public struct SubProject: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    /// The budget as first set (年初预算 / 预算金额); nil where the form leaves 年初预算数 blank.
    public var budget: Decimal?
    /// The adjusted budget as printed (全年预算数 / 调整后预算数), for a form that gives it directly.
    public var statedAdjustedBudget: Decimal?
    /// Named changes made to the budget during the year.
    public var adjustments: [BudgetAdjustment]
    /// Parts the budget is stated to consist of (市本级, 转移支付), for the record.
    public var budgetParts: [NamedAmount]
    public var spent: Decimal
    /// Payments still due (待付) where the report gives them.
    public var pending: Decimal?
    /// The money by funding source (其中：当年财政拨款, 上年结转资金, 其他资金), where printed.
    public var funding: [FundingSource]
    public var note: String?
    /// What the importer guessed about this sub-project's figures, with the cells they came from.
    public var importNotes: [ImportNote]

    public init(
        id: String, name: String, budget: Decimal?, statedAdjustedBudget: Decimal? = nil, adjustments: [BudgetAdjustment] = [],
        budgetParts: [NamedAmount] = [], spent: Decimal, pending: Decimal? = nil, funding: [FundingSource] = [],
        note: String? = nil, importNotes: [ImportNote] = []
    ) {
        self.id = id; self.name = name; self.budget = budget; self.statedAdjustedBudget = statedAdjustedBudget
        self.adjustments = adjustments
        self.budgetParts = budgetParts; self.spent = spent; self.pending = pending; self.funding = funding
        self.note = note; self.importNotes = importNotes
    }

    /// The budget after every adjustment: as printed (全年预算数) where the form gives it,
    /// else 年初预算 ± 收回, 调剂, 压减, 追加.
    public var adjustedBudget: Decimal {
        statedAdjustedBudget ?? adjustments.reduce(budget ?? 0) { $0 + $1.signedAmount }
    }
}

/// One change to a budget during the year.
public struct BudgetAdjustment: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// 收回: taken back by the finance bureau.
        case recovered
        /// 压减: cut.
        case cut
        /// 调剂 (调出): moved to another use.
        case reallocatedOut
        /// 调剂 (调入): moved in from another use.
        case reallocatedIn
        /// 追加: added.
        case added

        /// Whether the adjustment lowers the budget.
        public var lowers: Bool {
            switch self {
            case .recovered, .cut, .reallocatedOut: true
            case .reallocatedIn, .added: false
            }
        }

        public var chineseName: String {
            switch self {
            case .recovered: "收回"
            case .cut: "压减"
            case .reallocatedOut: "调剂调出"
            case .reallocatedIn: "调剂调入"
            case .added: "追加"
            }
        }
    }

    public var kind: Kind
    /// The amount moved, never negative: the kind says which way.
    public var amount: Decimal
    /// The report's own words for it, where they say more than the kind.
    public var label: String?

    public init(kind: Kind, amount: Decimal, label: String? = nil) {
        self.kind = kind; self.amount = amount; self.label = label
    }

    /// The change to the budget: negative for money taken away.
    public var signedAmount: Decimal { kind.lowers ? -amount : amount }
}

/// An amount with a name, as in a breakdown.
public struct NamedAmount: Codable, Equatable, Sendable {
    public var label: String
    public var amount: Decimal

    public init(label: String, amount: Decimal) {
        self.label = label; self.amount = amount
    }
}

extension SubProject {
    enum CodingKeys: String, CodingKey {
        case id, name, budget, statedAdjustedBudget = "adjustedBudget", adjustments, budgetParts, spent, pending, funding
        case note, importNotes
    }

    /// Decodes with the defaults of the data format: omitted lists are empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
            budget: try c.decodeIfPresent(Decimal.self, forKey: .budget),
            statedAdjustedBudget: try c.decodeIfPresent(Decimal.self, forKey: .statedAdjustedBudget),
            adjustments: try c.decodeIfPresent([BudgetAdjustment].self, forKey: .adjustments) ?? [],
            budgetParts: try c.decodeIfPresent([NamedAmount].self, forKey: .budgetParts) ?? [],
            spent: try c.decode(Decimal.self, forKey: .spent),
            pending: try c.decodeIfPresent(Decimal.self, forKey: .pending),
            funding: try c.decodeIfPresent([FundingSource].self, forKey: .funding) ?? [],
            note: try c.decodeIfPresent(String.self, forKey: .note),
            importNotes: try c.decodeIfPresent([ImportNote].self, forKey: .importNotes) ?? []
        )
    }
}
