import Foundation

/// Spreads the first-level weights over the indicators and adds up the score (the fiscal rules (docs/scoring.md), Weights).
enum Scoring {
    struct Outcome {
        var weights: [Decimal]
        var card: ScoreCard
        var findings: [Finding]
    }

    /// The level an indicator scores under: its category's, else what its level-1 text says.
    static func level(of indicator: Indicator, category: Category?) -> Level1 {
        if let category { return category.level1 }
        if indicator.level1.contains("效益") { return .effect }
        if indicator.level1.contains("满意") { return .satisfaction }
        return .output
    }

    static func score(
        report: Report, levels: [Level1], fractions: [Decimal], executionRate: Decimal?
    ) -> Outcome {
        let stated = report.weights ?? impliedWeights(report, levels: levels)
        var findings: [Finding] = []
        var notes: [String] = []
        if report.weights == nil, report.executionWeight == nil, stated != .standard {
            notes.append("报告未印出预算执行率分值：按 100 减去各指标分值合计，执行率占 \(stated.execution.plain) 分")
        }
        if stated.total != 100 {
            findings.append(Finding(.warning, .weightMismatch, .report,
                "一级权重合计 \(stated.total.plain) 分，应为 100 分（执行率 \(stated.execution.plain) + 产出 \(stated.output.plain) + 效益 \(stated.effect.plain) + 满意度 \(stated.satisfaction.plain)）"))
        }
        let levelWeight: [Level1: Decimal] = [.output: stated.output, .effect: stated.effect, .satisfaction: stated.satisfaction]
        var members: [Level1: [Int]] = [:]
        for (index, level) in levels.enumerated() { members[level, default: []].append(index) }

        // Redistribute the weight of levels without indicators to the others, in proportion.
        var effective = levelWeight
        let empty = Level1.allCases.filter { (members[$0] ?? []).isEmpty && (levelWeight[$0] ?? 0) > 0 }
        let present = Level1.allCases.filter { !(members[$0] ?? []).isEmpty }
        if !empty.isEmpty && !present.isEmpty {
            let moved = empty.reduce(Decimal(0)) { $0 + (levelWeight[$1] ?? 0) }
            let base = present.reduce(Decimal(0)) { $0 + (levelWeight[$1] ?? 0) }
            for level in empty { effective[level] = 0 }
            for level in present where base > 0 {
                effective[level] = (levelWeight[level] ?? 0) + moved * (levelWeight[level] ?? 0) / base
            }
            let names = empty.map { "\($0.chineseName)（\((levelWeight[$0] ?? 0).plain) 分）" }.joined(separator: "、")
            let shares = present.map { "\($0.chineseName) \((effective[$0] ?? 0).fixed(2)) 分" }.joined(separator: "，")
            notes.append("未设置\(names)指标，其权重按比例分配给其他一级指标：\(shares)")
        }

        var weights = Array(repeating: Decimal(0), count: levels.count)
        var levelScores: [LevelScore] = []
        for level in Level1.allCases {
            let indices = members[level] ?? []
            let weight = effective[level] ?? 0
            let statedWeights = indices.compactMap { report.indicators[$0].weight }
            if statedWeights.count == indices.count && !indices.isEmpty {
                for i in indices { weights[i] = report.indicators[i].weight ?? 0 }
                let sum = statedWeights.reduce(0, +)
                if sum != weight {
                    findings.append(Finding(.warning, .weightMismatch, .report,
                        "\(level.chineseName)指标权重合计 \(sum.plain) 分，与一级权重 \(weight.plain) 分不符"))
                }
            } else if !indices.isEmpty {
                if !statedWeights.isEmpty {
                    findings.append(Finding(.warning, .weightMismatch, .report,
                        "\(level.chineseName)指标只有 \(statedWeights.count)/\(indices.count) 项给出权重，其余按剩余权重平均分配"))
                }
                let rest = max(0, weight - statedWeights.reduce(0, +))
                let unweighted = indices.filter { report.indicators[$0].weight == nil }
                for i in indices {
                    weights[i] = report.indicators[i].weight ?? rest / Decimal(unweighted.count)
                }
            }
            let score = indices.reduce(Decimal(0)) { $0 + weights[$1] * fractions[$1] }
            levelScores.append(LevelScore(level: level, statedWeight: levelWeight[level] ?? 0, weight: weight,
                                          indicatorCount: indices.count, score: score))
        }

        let executionScore = executionRate.map { min($0, 1) * stated.execution } ?? 0
        let total = executionScore + levelScores.reduce(Decimal(0)) { $0 + $1.score }
        let card = ScoreCard(
            executionWeight: stated.execution, executionRate: executionRate, executionScore: executionScore,
            levels: levelScores, total: total, grade: Grade(score: total.rounded(2)),
            statedScore: report.statedScore, statedGrade: report.statedGrade, notes: notes,
            usesDefaultWeights: report.weights == nil && report.executionWeight == nil && stated == .standard)
        return Outcome(weights: weights, card: card, findings: findings)
    }

    /// The first-level weights of a report that sets none: the defaults, or, where a form prints
    /// only the funds row's 分值, that weight and the rest of 100 by the indicators' printed 分值
    /// (each level's sum when every one of its indicators prints one, else the default shares).
    /// Without any execution weight, when every indicator prints its 分值, execution keeps what the
    /// indicators leave of 100 (90 printed → 10; 100 printed → 0), so the total never passes 100.
    static func impliedWeights(_ report: Report, levels: [Level1]) -> Weights {
        let standard = Weights.standard
        let everyWeightPrinted = !report.indicators.isEmpty && report.indicators.allSatisfy { $0.weight != nil }
        let printed = report.indicators.reduce(Decimal(0)) { $0 + ($1.weight ?? 0) }
        guard let execution = report.executionWeight ?? (everyWeightPrinted && printed <= 100 ? 100 - printed : nil) else {
            return .standard
        }
        let rest = max(0, 100 - execution)
        let defaultShare = standard.output + standard.effect + standard.satisfaction
        func weight(_ level: Level1, _ share: Decimal) -> Decimal {
            guard everyWeightPrinted else { return rest * share / defaultShare }
            return zip(report.indicators, levels).filter { $0.1 == level }.reduce(Decimal(0)) { $0 + ($1.0.weight ?? 0) }
        }
        return Weights(execution: execution, output: weight(.output, standard.output),
                       effect: weight(.effect, standard.effect), satisfaction: weight(.satisfaction, standard.satisfaction))
    }
}
