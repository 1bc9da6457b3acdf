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
        var findings: [Finding] = []
        var notes: [String] = []
        var printedScale: (printed: Decimal, rest: Decimal)?
        let stated: Weights
        if let weights = report.weights {
            stated = weights
        } else {
            (stated, printedScale) = impliedWeights(report, levels: levels)
        }
        if let scale = printedScale {
            let side = scale.printed < scale.rest ? "不足" : "超出"
            let text = "各级指标印出分值合计 \(scale.printed.plain) 分，\(side)预算执行率 \(stated.execution.plain) 分以外的 \(scale.rest.plain) 分（差 \((scale.rest - scale.printed).magnitude.plain) 分）：各项按比例折算（× \((scale.rest / scale.printed).fixed(4))）计分"
            findings.append(Finding(.warning, .weightMismatch, .report, text))
            notes.append(text + "，不让分值落空")
        }
        if report.weights == nil, report.executionWeight == nil, stated != .standard {
            notes.append("报告未印出预算执行率分值：按 100 减去各指标分值合计，执行率占 \(stated.execution.plain) 分")
        }
        // Shares split in proportion (80 × 50 ÷ 90) may carry the last digit of a 38-digit division.
        if (stated.total - 100).magnitude > Decimal(sign: .plus, exponent: -20, significand: 1) {
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
            if !indices.isEmpty {
                let unweighted = indices.filter { report.indicators[$0].weight == nil }
                if !statedWeights.isEmpty, !unweighted.isEmpty {
                    findings.append(Finding(.warning, .weightMismatch, .report,
                        "\(level.chineseName)指标只有 \(statedWeights.count)/\(indices.count) 项给出权重，其余按剩余权重平均分配"))
                }
                let rest = max(0, weight - statedWeights.reduce(0, +))
                for i in indices {
                    weights[i] = report.indicators[i].weight ?? rest / Decimal(unweighted.count)
                }
                // Printed weights that miss the level's weight (all printed and another sum, or some
                // printed and more than it) are scaled to it in proportion: no point is lost or added.
                // An equal split of the rest reaches it by construction.
                let printed = statedWeights.reduce(Decimal(0), +)
                func misses(_ target: Decimal) -> Bool { unweighted.isEmpty ? printed != target : printed > target }
                let scaled = misses(weight)
                if scaled { rescale(indices, to: weight, sum: printed, weights: &weights) }
                // A finding where they miss the level's own share; a share grown by a level without
                // indicators, or with every level to the rest of 100, is said once above.
                let share = levelWeight[level] ?? 0
                let sharedOut = printedScale.map {
                    unweighted.isEmpty && (printed * $0.rest / $0.printed - share).magnitude <= Decimal(sign: .plus, exponent: -3, significand: 1)
                } ?? false
                if misses(share), !sharedOut {
                    var text = "\(level.chineseName)指标分值合计 \(printed.plain) 分，\(printed < share ? "不足" : "超出")其一级分值 \(share.plain) 分（差 \((share - printed).magnitude.plain) 分）"
                    if scaled, printed > 0 {
                        let to = weight == share ? "" : "为 \(weight.rounded(2).plain) 分"
                        text += "：各项按比例折算\(to)（× \((weight / printed).fixed(4))）计分"
                    } else if scaled {
                        text += "：各项分值均为 0，按一级分值平均分配"
                    } else {
                        text += "：未印分值的指标分得其余 \((weight - printed).rounded(2).plain) 分"
                    }
                    let message = text
                    findings.append(Finding(.warning, .weightMismatch, .report, message))
                    notes.append(text + "，不让分值落空")
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

    /// Brings a level's indicator weights to the level's weight: in proportion to their own, or
    /// equally when they are all 0.
    static func rescale(_ indices: [Int], to weight: Decimal, sum: Decimal, weights: inout [Decimal]) {
        for i in indices { weights[i] = sum > 0 ? weights[i] * weight / sum : weight / Decimal(indices.count) }
    }

    /// The first-level weights of a report that sets none, from what its form prints:
    /// - each level's share is its printed subtotal's 分值 (`产出指标(50分)`), else, when every
    ///   indicator prints its 分值, the sum of its indicators' 分值;
    /// - execution carries the funds row's printed 分值, else what the printed shares leave of 100
    ///   (90 printed → 10, as by default; 100 → 0: the form scored only its indicators);
    /// - with the funds row's 分值 printed, the rest of 100 goes to the levels in proportion to their
    ///   printed shares, so no point is lost when they do not reach it (`scale`: the printed sum
    ///   and the rest it was brought to);
    /// - with no share printed, the rest of 100 is split 50 : 30 : 10.
    static func impliedWeights(_ report: Report, levels: [Level1]) -> (Weights, scale: (printed: Decimal, rest: Decimal)?) {
        let standard = Weights.standard
        let everyWeightPrinted = !report.indicators.isEmpty && report.indicators.allSatisfy { $0.weight != nil }
        var shares: [Level1: Decimal] = [:]
        for subtotal in report.levelSubtotals {
            guard let weight = subtotal.weight, let level = Level1(label: subtotal.level1) else { continue }
            // 产出指标(40分) and 成本指标(10分) are both output's.
            shares[level, default: 0] += weight
        }
        let present = Set(levels)
        if everyWeightPrinted {
            for level in present where shares[level] == nil {
                shares[level] = zip(report.indicators, levels).filter { $0.1 == level }.reduce(Decimal(0)) { $0 + ($1.0.weight ?? 0) }
            }
        }
        let known = present.allSatisfy { shares[$0] != nil } && !present.isEmpty
        let printed = shares.values.reduce(0, +)
        guard let execution = report.executionWeight ?? (known && printed <= 100 ? 100 - printed : nil) else { return (.standard, nil) }
        let rest = max(0, 100 - execution)
        guard known else {
            let defaultShare = standard.output + standard.effect + standard.satisfaction
            return (Weights(execution: execution, output: rest * standard.output / defaultShare,
                            effect: rest * standard.effect / defaultShare, satisfaction: rest * standard.satisfaction / defaultShare), nil)
        }
        var scale: (printed: Decimal, rest: Decimal)?
        if printed != rest, printed > 0 {
            scale = (printed, rest)
            // To four decimals, the remainder to the largest share, so that the shares add up to the rest exactly.
            for level in shares.keys { shares[level] = ((shares[level] ?? 0) * rest / printed).rounded(4) }
            // The first largest in the levels' order, so that the same report always gives the same shares.
            if let largest = Level1.allCases.filter({ shares[$0] != nil }).max(by: { shares[$0]! < shares[$1]! }) {
                shares[largest, default: 0] += rest - shares.values.reduce(0, +)
            }
        }
        return (Weights(execution: execution, output: shares[.output] ?? 0, effect: shares[.effect] ?? 0,
                        satisfaction: shares[.satisfaction] ?? 0), scale)
    }
}
