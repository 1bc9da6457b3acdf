import Foundation

/// A department report's finance summary, as stated (以决算数为统计口径).
public struct DepartmentFinance: Codable, Equatable, Sendable {
    /// 收入预算: the year's revenue budget, by basic and project spending.
    public var revenueBudget: Breakdown?
    /// 决算支出: final accounts, by basic and project spending.
    public var finalAccounts: Breakdown?
    /// 三公经费: travel abroad, official cars, official receptions.
    public var threePublic: Breakdown?
    /// 政府采购: goods, works, services.
    public var procurement: Breakdown?
    public var assets: Assets?
    /// 机关运行经费 against the previous year.
    public var runningCost: RunningCost?

    public init(
        revenueBudget: Breakdown? = nil, finalAccounts: Breakdown? = nil, threePublic: Breakdown? = nil,
        procurement: Breakdown? = nil, assets: Assets? = nil, runningCost: RunningCost? = nil
    ) {
        self.revenueBudget = revenueBudget; self.finalAccounts = finalAccounts
        self.threePublic = threePublic; self.procurement = procurement
        self.assets = assets; self.runningCost = runningCost
    }
}

/// A stated total and the parts the report says it is made of.
public struct Breakdown: Codable, Equatable, Sendable {
    public var total: Decimal
    public var parts: [NamedAmount]
    public var note: String?

    public init(total: Decimal, parts: [NamedAmount], note: String? = nil) {
        self.total = total; self.parts = parts; self.note = note
    }
}

/// Year-end assets (资产总额), liabilities and net assets, and fixed assets in use.
public struct Assets: Codable, Equatable, Sendable {
    public var total: Decimal
    public var liabilities: Decimal
    public var netAssets: Decimal
    public var fixedAssetsOriginal: Decimal?
    public var fixedAssetsInUse: Decimal?
    /// 资产使用率, in percent as printed.
    public var utilizationRate: Decimal?

    public init(
        total: Decimal, liabilities: Decimal, netAssets: Decimal, fixedAssetsOriginal: Decimal? = nil,
        fixedAssetsInUse: Decimal? = nil, utilizationRate: Decimal? = nil
    ) {
        self.total = total; self.liabilities = liabilities; self.netAssets = netAssets
        self.fixedAssetsOriginal = fixedAssetsOriginal; self.fixedAssetsInUse = fixedAssetsInUse
        self.utilizationRate = utilizationRate
    }
}

/// Running cost this year against last, with the change the report states.
public struct RunningCost: Codable, Equatable, Sendable {
    public var current: Decimal
    public var previous: Decimal
    /// The stated change in percent, negative for a decrease (减少 22.63% → -22.63).
    public var statedChange: Decimal?

    public init(current: Decimal, previous: Decimal, statedChange: Decimal? = nil) {
        self.current = current; self.previous = previous; self.statedChange = statedChange
    }
}
