import Foundation

/// Compares what the report says about itself with what its own tables show.
enum ClaimCheck {
    struct Context {
        var report: Report
        var indicators: [IndicatorResult]
        var levels: [Level1]
        var total: ExecutionFigures
        var card: ScoreCard
        var tolerance: Decimal
    }

    static func findings(_ c: Context) -> [Finding] {
        var findings: [Finding] = []
        for claim in c.report.claims {
            if let finding = check(claim, c) { findings.append(finding) }
        }
        findings += statedScore(c)
        findings += finance(c.report.finance, tolerance: c.tolerance)
        return findings
    }

    /// The indicators a claim's scope covers.
    static func indicators(in scope: ClaimScope?, _ c: Context) -> [IndicatorResult] {
        guard let scope else { return c.indicators }
        return c.indicators.enumerated().filter { index, result in
            let indicator = result.indicator
            if let id = scope.indicator, indicator.id != id { return false }
            if let id = scope.subProject, indicator.subProject != id { return false }
            if let level2 = scope.level2, !sameCategory(level2, result) { return false }
            if let level1 = scope.level1, !sameLevel(level1, c.levels[index], indicator) { return false }
            return true
        }.map(\.element)
    }

    private static func sameCategory(_ level2: String, _ result: IndicatorResult) -> Bool {
        if let wanted = Category.classify(level1: "", level2: level2), let category = result.category {
            return wanted == category
        }
        return result.indicator.level2 == level2
    }

    private static func sameLevel(_ level1: String, _ level: Level1, _ indicator: Indicator) -> Bool {
        if let wanted = Level1(label: level1) { return wanted == level }
        return indicator.level1 == level1
    }

    private static func check(_ claim: Claim, _ c: Context) -> Finding? {
        let scope = ClaimScope.name(claim.scope, in: c.report)
        let location = Finding.Location.claim(claim.id)
        func mismatch(_ text: String) -> Finding { Finding(.error, .claimMismatch, location, text) }
        func mismatch(_ kind: Finding.Kind, _ text: String) -> Finding { Finding(.error, kind, location, text) }
        func unverifiable(_ why: String) -> Finding {
            Finding(.info, .claimMismatch, location, "无法核对报告所称「\(claim.quote.prefix(40))」：\(why)")
        }
        guard claim.kind != .grade else {
            guard let text = claim.text else { return nil }
            guard let stated = c.report.statedScore else { return unverifiable("报告未给出自评分") }
            let implied = Grade(score: stated)
            return text == implied.rawValue ? nil
                : mismatch(.gradeMismatch, "报告称绩效等级为「\(text)」，但其自评分 \(stated.plain) 分对应「\(implied.rawValue)」")
        }
        guard let value = claim.value else { return nil }
        let counts = { () -> StatusCounts in
            var counts = StatusCounts()
            for result in indicators(in: claim.scope, c) { counts.add(result.status) }
            return counts
        }
        switch claim.kind {
        case .indicatorCount:
            let n = counts().total
            return Decimal(n) == value ? nil : mismatch("报告称\(scope)指标共 \(value.plain) 项，指标表列出 \(n) 项")
        case .metCount:
            let counted = counts()
            guard Decimal(counted.met) != value else { return nil }
            var text = "报告称\(scope)完成 \(value.plain) 项，指标表显示完成 \(counted.met) 项（共 \(counted.total) 项"
            if counted.unmet > 0 { text += "，未完成 \(counted.unmet) 项" }
            if counted.partial > 0 { text += "，部分完成 \(counted.partial) 项" }
            if counted.review > 0 { text += "，待核实 \(counted.review) 项" }
            return mismatch(text + "）")
        case .unmetCount:
            let counted = counts()
            return Decimal(counted.notMet) == value ? nil
                : mismatch("报告称\(scope)未完成 \(value.plain) 项，指标表显示未完成 \(counted.notMet) 项（共 \(counted.total) 项）")
        case .indicatorRatio:
            guard claim.scope?.indicator != nil, let result = indicators(in: claim.scope, c).first else {
                return unverifiable("未指明是哪一项指标")
            }
            guard let ratio = result.ratio else {
                return mismatch("报告称\(scope)完成率为 \(value.plain)%，但其目标与实际值无法算出完成率")
            }
            return compare(value, ratio * 100, location: location, claim: "报告称\(scope)完成率为 \(value.plain)%") {
                mismatch("报告称\(scope)完成率为 \(value.plain)%，按目标与实际值计算为 \(ratio.percent())")
            }
        case .subProjectsWithCategory:
            let wanted = claim.scope.map { ClaimScope(level1: $0.level1, level2: $0.level2) }
            let having = Set(indicators(in: wanted, c).compactMap(\.indicator.subProject))
            let n = c.report.subProjects.filter { having.contains($0.id) }.count
            return Decimal(n) == value ? nil
                : mismatch("报告称 \(value.plain) 个二级项目设置了\(scope)指标，指标表显示 \(n) 个（共 \(c.report.subProjects.count) 个）")
        case .subProjectCount:
            let n = c.report.subProjects.count
            return Decimal(n) == value ? nil : mismatch("报告称下设 \(value.plain) 个二级项目，预算表列出 \(n) 个")
        case .budgetTotal:
            let sum = c.total.budget
            return (sum - value).magnitude <= c.tolerance ? nil
                : mismatch(.totalMismatch, "报告称预算合计 \(value.grouped()) 万元，各二级项目预算相加为 \(sum.grouped()) 万元（差 \((sum - value).grouped()) 万元）")
        case .spentTotal:
            let sum = c.total.spent
            return (sum - value).magnitude <= c.tolerance ? nil
                : mismatch(.totalMismatch, "报告称支出合计 \(value.grouped()) 万元，各二级项目支出相加为 \(sum.grouped()) 万元（差 \((sum - value).grouped()) 万元）")
        case .executionRate:
            guard let rate = c.total.rate else { return unverifiable("预算为 0，无法计算执行率") }
            let original = c.total.rateOfOriginal
            if agrees(value, rate * 100) || original.map({ agrees(value, $0 * 100) }) == true { return nil }
            let claimed = "报告称支出率为 \(value.plain)%"
            // Cut at its decimals from the rate against the original budget, when the adjusted one does not explain it.
            if let original, PrintedFigure.rounding(value, rate * 100) == nil, PrintedFigure.rounding(value, original * 100) == .truncated {
                return compare(value, original * 100, location: location, claim: claimed + "（对年初预算）") {
                    mismatch("\(claimed)，按预算表计算为 \(rate.percent())")
                }
            }
            return compare(value, rate * 100, location: location, claim: claimed) {
                mismatch("\(claimed)，按预算表计算为 \(rate.percent())")
            }
        case .selfScore:
            guard let stated = c.report.statedScore, stated != value else { return nil }
            return mismatch(.scoreMismatch, "报告正文称自评 \(value.plain) 分，与记录的自评分 \(stated.plain) 分不一致")
        case .grade:
            return nil
        }
    }

    /// Whether a printed figure agrees with a computed one, allowing for the rounding its decimals hide.
    static func agrees(_ printed: Decimal, _ computed: Decimal) -> Bool {
        PrintedFigure.rounding(printed, computed) == .rounded
    }

    /// A claimed figure compared at the precision it is written: no finding when it is the computed
    /// figure rounded; an info when it is the computed one cut off at its decimals (`99%` for
    /// 99.985%), which is not a contradiction; otherwise the mismatch.
    static func compare(_ printed: Decimal, _ computed: Decimal, location: Finding.Location, claim: String,
                        otherwise mismatch: () -> Finding) -> Finding? {
        switch PrintedFigure.rounding(printed, computed) {
        case .rounded: nil
        case .truncated:
            Finding(.info, .claimMismatch, location,
                    "\(claim)，按表计算为 \(computed.fixed(max(2, printed.writtenDecimals + 1)))%：是按所写精度去尾取整，不是矛盾")
        case nil: mismatch()
        }
    }

    /// The stated self-score against the computed one.
    private static func statedScore(_ c: Context) -> [Finding] {
        var findings: [Finding] = []
        let computed = c.card.total.rounded(2)
        if let stated = c.card.statedScore {
            let difference = computed - stated
            let statedGrade = c.card.statedGrade.flatMap(Grade.init(rawValue:)) ?? Grade(score: stated)
            let text = "自评 \(stated.plain) 分（\(statedGrade.rawValue)），按评分规则计算为 \(computed.fixed(2)) 分（\(c.card.grade.rawValue)），相差 \(difference.fixed(2)) 分"
            if statedGrade != c.card.grade {
                findings.append(Finding(.error, .gradeMismatch, .report, text + "，等级不同"))
            } else if difference.magnitude >= 1 {
                findings.append(Finding(.warning, .scoreMismatch, .report, text))
            } else if difference != 0 {
                findings.append(Finding(.info, .scoreMismatch, .report, text))
            }
        }
        if let grade = c.card.statedGrade, let stated = c.card.statedScore, Grade(rawValue: grade) != Grade(score: stated),
           !c.report.claims.contains(where: { $0.kind == .grade }) {
            findings.append(Finding(.error, .gradeMismatch, .report, "报告的等级「\(grade)」与自评分 \(stated.plain) 分不符（应为「\(Grade(score: stated).rawValue)」）"))
        }
        return findings
    }

    /// Breakdowns whose parts do not add up to their stated totals.
    static func finance(_ finance: DepartmentFinance?, tolerance: Decimal) -> [Finding] {
        guard let finance else { return [] }
        var findings: [Finding] = []
        let breakdowns: [(String, Breakdown?)] = [
            ("收入预算", finance.revenueBudget), ("决算支出", finance.finalAccounts),
            ("「三公」经费", finance.threePublic), ("政府采购", finance.procurement),
        ]
        for (name, breakdown) in breakdowns {
            guard let breakdown, !breakdown.parts.isEmpty else { continue }
            let sum = breakdown.parts.reduce(Decimal(0)) { $0 + $1.amount }
            let gap = sum - breakdown.total
            guard gap != 0 else { continue }
            let parts = breakdown.parts.map { "\($0.label) \($0.amount.grouped())" }.joined(separator: " + ")
            let text = "\(name)合计 \(breakdown.total.grouped()) 万元，分项 \(parts) = \(sum.grouped()) 万元（差 \(gap.grouped()) 万元）"
            findings.append(Finding(gap.magnitude <= tolerance ? .info : .error, .totalMismatch, .report,
                                    gap.magnitude <= tolerance ? text + "，在四舍五入范围内" : text))
        }
        if let assets = finance.assets {
            let net = assets.total - assets.liabilities
            if net != assets.netAssets {
                findings.append(Finding((net - assets.netAssets).magnitude <= tolerance ? .info : .error, .totalMismatch, .report,
                    "资产总额 \(assets.total.grouped()) − 负债 \(assets.liabilities.grouped()) = \(net.grouped()) 万元，报告称净资产 \(assets.netAssets.grouped()) 万元"))
            }
        }
        if let cost = finance.runningCost, let stated = cost.statedChange, cost.previous > 0 {
            let change = (cost.current - cost.previous) / cost.previous * 100
            if !agrees(stated, change) {
                findings.append(Finding(.error, .claimMismatch, .report,
                    "机关运行经费 \(cost.current.grouped()) 万元较上年 \(cost.previous.grouped()) 万元变化 \(change.fixed(2))%，报告称 \(stated.plain)%"))
            }
        }
        return findings
    }
}

extension ClaimScope {
    /// A readable name for a claim's scope: 数量指标, a sub-project's name, 「an indicator's name」; 全部 for none.
    public static func name(_ scope: ClaimScope?, in report: Report) -> String {
        guard let scope else { return "全部" }
        var parts: [String] = []
        if let id = scope.subProject { parts.append(report.subProject(id)?.name ?? id) }
        if let level1 = scope.level1 { parts.append(level1) }
        if let level2 = scope.level2 { parts.append(level2) }
        if let id = scope.indicator {
            parts.append("「\(report.indicators.first { $0.id == id }?.name ?? id)」")
        }
        return parts.joined(separator: " ")
    }
}
