import Foundation

/// Everything the review finds in one report: the facts the dashboard shows.
public struct ReportEvaluation: Sendable {
    public var report: Report
    public var options: EvaluationOptions
    /// Every indicator, in the report's order.
    public var indicators: [IndicatorResult]
    /// Every sub-project with its execution figures, in the report's order.
    public var subProjects: [SubProjectResult]
    /// The heatmap's rows.
    public var groups: [IndicatorGroup]
    public var total: ExecutionFigures
    public var score: ScoreCard
    /// Every finding, most severe first.
    public var findings: [Finding] {
        didSet { indexFindings() }
    }
    /// How many findings there are of each severity.
    public private(set) var severityCounts: [Finding.Severity: Int] = [:]
    private var findingsByLocation: [Finding.Location: [Int]] = [:]
    private var indicatorsByID: [String: Int] = [:]

    init(report: Report, options: EvaluationOptions, indicators: [IndicatorResult], subProjects: [SubProjectResult],
         groups: [IndicatorGroup], total: ExecutionFigures, score: ScoreCard, findings: [Finding]) {
        self.report = report; self.options = options; self.indicators = indicators; self.subProjects = subProjects
        self.groups = groups; self.total = total; self.score = score; self.findings = findings
        indexFindings()
        for (index, result) in indicators.enumerated() where indicatorsByID[result.id] == nil { indicatorsByID[result.id] = index }
    }

    private mutating func indexFindings() {
        severityCounts = [:]
        findingsByLocation = [:]
        for (index, finding) in findings.enumerated() {
            severityCounts[finding.severity, default: 0] += 1
            findingsByLocation[finding.location, default: []].append(index)
        }
    }

    /// The indicator with this id, if any.
    public func indicator(_ id: String) -> IndicatorResult? { indicatorIndex(id).map { indicators[$0] } }

    /// The position of the indicator with this id, if any.
    public func indicatorIndex(_ id: String) -> Int? { indicatorsByID[id] }

    /// Findings that point at a place, without scanning the whole list.
    public func findings(at location: Finding.Location) -> [Finding] { (findingsByLocation[location] ?? []).map { findings[$0] } }
}

/// Turns a report into a `ReportEvaluation`; pure, no I/O.
public enum Evaluator {
    public static func evaluate(_ report: Report, options: EvaluationOptions = EvaluationOptions()) -> ReportEvaluation {
        let categories = report.indicators.map { Category.classify(level1: $0.level1, level2: $0.level2) }
        let judgements = zip(report.indicators, categories).map { indicator, category in
            IndicatorJudge.judge(name: indicator.name, category: category, target: indicator.target,
                                 actual: indicator.actual, explicit: indicator.explicit, year: report.year)
        }
        let levels = zip(report.indicators, categories).map { Scoring.level(of: $0, category: $1) }

        let subProjects = report.subProjects.map { SubProjectResult(subProject: $0, execution: ExecutionFigures($0)) }
        let total = subProjects.reduce(ExecutionFigures.zero) { $0 + $1.execution }
        let outcome = Scoring.score(report: report, levels: levels, fractions: judgements.map(\.scoreFraction),
                                    executionRate: total.rate)
        let indicators = report.indicators.indices.map { i in
            IndicatorResult(indicator: report.indicators[i], category: categories[i], judgement: judgements[i],
                            weight: outcome.weights[i], score: outcome.weights[i] * judgements[i].scoreFraction)
        }
        let (groups, linked) = makeGroups(report, indicators)
        var subProjectResults = subProjects
        for i in subProjectResults.indices { subProjectResults[i].groupIndex = linked[subProjectResults[i].id] }

        var findings = FindingRules.indicators(indicators, options: options)
        findings += FindingRules.money(subProjectResults, total: total, groups: groups, indicators: indicators, options: options)
        findings += FindingRules.targets(groups, options: options)
        findings += outcome.findings
        findings += PrintedScores.findings(PrintedScores.Context(report: report, indicators: indicators, levels: levels, total: total,
                                                                executionWeight: outcome.card.executionWeight))
        findings += FindingRules.importNotes(report)
        findings += ClaimCheck.findings(ClaimCheck.Context(
            report: report, indicators: indicators, levels: levels, total: total, card: outcome.card, tolerance: options.tolerance))
        let order = locationOrder(report)
        findings = findings.enumerated().sorted { a, b in
            if a.element.severity != b.element.severity { return a.element.severity < b.element.severity }
            let pa = order[a.element.location] ?? Int.max, pb = order[b.element.location] ?? Int.max
            return pa != pb ? pa < pb : a.offset < b.offset
        }.map(\.element)

        return ReportEvaluation(report: report, options: options, indicators: indicators, subProjects: subProjectResults,
                                groups: groups, total: total, score: outcome.card, findings: findings)
    }

    /// Heatmap rows: each sub-project of a project fund (even without indicators), and one row
    /// for indicators tied to no sub-project (a department report's own indicators).
    private static func makeGroups(_ report: Report, _ indicators: [IndicatorResult]) -> ([IndicatorGroup], [String: Int]) {
        var bySubProject: [String: [Int]] = [:]
        var unassigned: [Int] = []
        for (index, result) in indicators.enumerated() {
            if let id = result.indicator.subProject { bySubProject[id, default: []].append(index) } else { unassigned.append(index) }
        }
        func group(_ id: String?, _ name: String, _ indices: [Int]) -> IndicatorGroup {
            var counts: [Category: StatusCounts] = [:]
            var total = StatusCounts()
            for i in indices {
                total.add(indicators[i].status)
                if let category = indicators[i].category { counts[category, default: StatusCounts()].add(indicators[i].status) }
            }
            return IndicatorGroup(subProjectID: id, name: name, indicatorIndices: indices, counts: counts, total: total)
        }
        var groups: [IndicatorGroup] = []
        var linked: [String: Int] = [:]
        let everySubProjectIsARow = report.kind == .projectFund || !bySubProject.isEmpty
        for subProject in report.subProjects {
            let indices = bySubProject[subProject.id] ?? []
            guard everySubProjectIsARow || !indices.isEmpty else { continue }
            linked[subProject.id] = groups.count
            groups.append(group(subProject.id, subProject.name, indices))
        }
        if !unassigned.isEmpty || groups.isEmpty {
            let name = report.kind == .department ? "部门整体" : report.scope
            groups.append(group(nil, name, unassigned))
        }
        return (groups, linked)
    }

    /// The order of places in the report, so findings of equal severity read top to bottom.
    private static func locationOrder(_ report: Report) -> [Finding.Location: Int] {
        var order: [Finding.Location: Int] = [.report: 0]
        var n = 1
        var bySubProject: [String: [String]] = [:]
        for indicator in report.indicators {
            if let id = indicator.subProject { bySubProject[id, default: []].append(indicator.id) }
        }
        for subProject in report.subProjects {
            order[.subProject(subProject.id)] = n; n += 1
            for id in bySubProject[subProject.id] ?? [] where order[.indicator(id)] == nil {
                order[.indicator(id)] = n; n += 1
            }
        }
        for indicator in report.indicators where order[.indicator(indicator.id)] == nil {
            order[.indicator(indicator.id)] = n; n += 1
        }
        for claim in report.claims { order[.claim(claim.id)] = n; n += 1 }
        return order
    }
}
