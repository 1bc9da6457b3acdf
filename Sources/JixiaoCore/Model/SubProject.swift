import Foundation

/// A sub-project (二级项目) or, in a department report, one fund: its budget and spending.
public struct SubProject: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    /// The budget as first set (年初预算 / 预算金额).
    public var budget: Decimal
    /// Named changes made to the budget during the year.
    public var adjustments: [BudgetAdjustment]
    /// Parts the budget is stated to consist of (市本级, 转移支付), for the record.
    public var budgetParts: [NamedAmount]
    public var spent: Decimal
    /// Payments still due (待付) where the report gives them.
    public var pending: Decimal?
    public var note: String?

    public init(
        id: String, name: String, budget: Decimal, adjustments: [BudgetAdjustment] = [],
        budgetParts: [NamedAmount] = [], spent: Decimal, pending: Decimal? = nil, note: String? = nil
    ) {
        self.id = id; self.name = name; self.budget = budget; self.adjustments = adjustments
        self.budgetParts = budgetParts; self.spent = spent; self.pending = pending; self.note = note
    }

    /// The budget after every adjustment (年初预算 ± 收回, 调剂, 压减, 追加).
    public var adjustedBudget: Decimal {
        adjustments.reduce(budget) { $0 + $1.signedAmount }
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
    /// Decodes with the defaults of the data format: omitted lists are empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
            budget: try c.decode(Decimal.self, forKey: .budget),
            adjustments: try c.decodeIfPresent([BudgetAdjustment].self, forKey: .adjustments) ?? [],
            budgetParts: try c.decodeIfPresent([NamedAmount].self, forKey: .budgetParts) ?? [],
            spent: try c.decode(Decimal.self, forKey: .spent),
            pending: try c.decodeIfPresent(Decimal.self, forKey: .pending), note: try c.decodeIfPresent(String.self, forKey: .note)
        )
    }
}
