import ArgumentParser
import JixiaoCore

/// `jixiao check --target … --actual …`: judges one indicator and prints the result as JSON.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Judge one indicator from its target and actual text; prints one JSON object.")

    @Option(help: "The target text (目标值), e.g. \"≥20 家\".")
    var target: String

    @Option(help: "The actual text (实际完成值), e.g. \"27 家\".")
    var actual: String

    @Option(help: "The indicator's name (三级指标); a unit in its final parentheses applies to bare numbers.")
    var name: String = ""

    @Option(help: "The category: a level-2 name (数量指标, 成本指标…) or quantity, quality, timeliness, cost, economic, social, ecological, sustainability, satisfaction.")
    var category: String?

    @Option(help: "The report's budget year, for periods written without one (上半年, 年内, 第三季度前, 12月底前).")
    var year: Int?

    func run() throws {
        var parsed: Category?
        if let category {
            parsed = Category(rawValue: category) ?? Category.classify(level1: category, level2: category)
            if parsed == nil {
                throw usageError("check", "unknown category \"\(category)\"")
            }
        }
        let judgement = IndicatorJudge.judge(name: name, category: parsed, target: target, actual: actual, year: year)
        try writeOutput(judgement.json.serialized() + "\n")
    }
}
