import Foundation
import Testing
@testable import JixiaoCore

/// One indicator's texts and the judgement RULES.md asks for.
struct JudgeCase: CustomTestStringConvertible, Sendable {
    var name = "指标"
    var category: Category? = .quantity
    var target: String
    var actual: String
    var status: IndicatorStatus
    /// The ratio rounded to four places, nil for none.
    var ratio: String?
    var kind: TargetKind
    var score: String?

    var testDescription: String { "「\(target)」 vs 「\(actual)」" }

    func judge() -> IndicatorJudgement {
        IndicatorJudge.judge(name: name, category: category, target: target, actual: actual)
    }
}

@Suite("IndicatorJudge")
struct IndicatorJudgeTests {
    static func check(_ c: JudgeCase) {
        let judgement = c.judge()
        #expect(judgement.status == c.status, "\(judgement.reason)")
        #expect(judgement.ratio.map { DecimalText.rounded($0, places: 4) } == c.ratio.flatMap { Decimal(string: $0) },
                "\(judgement.reason)")
        #expect(judgement.kind == c.kind)
        if let score = c.score {
            #expect(DecimalText.rounded(judgement.scoreFraction, places: 4) == Decimal(string: score), "\(judgement.reason)")
        }
    }

    static let positive: [JudgeCase] = [
        JudgeCase(target: "≥20 家", actual: "27 家", status: .met, ratio: "1.35", kind: .positive, score: "1"),
        JudgeCase(target: "≧20家", actual: "19家", status: .unmet, ratio: "0.95", kind: .positive, score: "0.95"),
        JudgeCase(target: ">20家", actual: "20家", status: .met, ratio: "1", kind: .positive),
        JudgeCase(target: "不少于 330 家", actual: "奖励企业数量 366 家", status: .met, ratio: "1.1091", kind: .positive),
        JudgeCase(target: "不低于10家", actual: "8家", status: .unmet, ratio: "0.8", kind: .positive),
        JudgeCase(target: "200 家以上", actual: "推动 510 家企业开展技术改造", status: .met, ratio: "2.55", kind: .positive),
        JudgeCase(target: "90%以上", actual: "满意度 100%", status: .met, ratio: "1.1111", kind: .positive),
        JudgeCase(target: "90%（含）以上", actual: "95%", status: .met, ratio: "1.0556", kind: .positive),
        JudgeCase(target: "超过 5000 万元", actual: "5411 万元", status: .met, ratio: "1.0822", kind: .positive),
        JudgeCase(target: "高于 2 个百分点", actual: "3 个百分点", status: .met, ratio: "1.5", kind: .positive),
        JudgeCase(target: "达到 90%", actual: "达到 85%", status: .unmet, ratio: "0.9444", kind: .positive),
        JudgeCase(target: "大于 10 项", actual: "12 项", status: .met, ratio: "1.2", kind: .positive),
        JudgeCase(target: "至少 3 场", actual: "3 场", status: .met, ratio: "1", kind: .positive),
        JudgeCase(target: "3家", actual: "扶持 1家骨干企业", status: .unmet, ratio: "0.3333", kind: .positive),
        JudgeCase(target: "4家", actual: "补贴 0家办公场地企业", status: .unmet, ratio: "0", kind: .positive, score: "0"),
        JudgeCase(target: "≥0", actual: "5", status: .met, ratio: nil, kind: .positive, score: "1"),
        JudgeCase(category: .economic, target: "增长 5%", actual: "同比增长 6.8%", status: .met, ratio: "1.36", kind: .positive),
        JudgeCase(category: .economic, target: "增长 5%", actual: "同比下降 2%", status: .unmet, ratio: "0", kind: .positive, score: "0"),
        JudgeCase(category: .economic, target: "成本降低 5%", actual: "6%", status: .met, ratio: "1.2", kind: .positive),
        JudgeCase(category: .economic, target: "成本降低 5%", actual: "降低了 4%", status: .unmet, ratio: "0.8", kind: .positive),
        JudgeCase(target: "≥ 0 项", actual: "0 项", status: .met, ratio: nil, kind: .positive),
    ]

    static let reverse: [JudgeCase] = [
        JudgeCase(target: "≤ 5 天", actual: "4 天", status: .met, ratio: "0.8", kind: .reverse, score: "1"),
        JudgeCase(target: "≦5天", actual: "6天", status: .unmet, ratio: "1.2", kind: .reverse, score: "0.8"),
        JudgeCase(target: "<3%", actual: "2.5%", status: .met, ratio: "0.8333", kind: .reverse),
        JudgeCase(target: "不超过 5000 万元", actual: "5500 万元", status: .unmet, ratio: "1.1", kind: .reverse, score: "0.9"),
        JudgeCase(target: "不高于 3%", actual: "7%", status: .unmet, ratio: "2.3333", kind: .reverse, score: "0"),
        JudgeCase(target: "5000万元以内", actual: "4800万元", status: .met, ratio: "0.96", kind: .reverse),
        JudgeCase(target: "10 个工作日以下", actual: "8 个工作日", status: .met, ratio: "0.8", kind: .reverse),
        JudgeCase(target: "低于 2%", actual: "1%", status: .met, ratio: "0.5", kind: .reverse),
        JudgeCase(target: "小于 30 天", actual: "45 天", status: .unmet, ratio: "1.5", kind: .reverse, score: "0.5"),
        JudgeCase(target: "30个工作日内", actual: "25个工作日", status: .met, ratio: "0.8333", kind: .reverse),
        JudgeCase(name: "办结时限", category: .timeliness, target: "5个工作日", actual: "6个工作日", status: .unmet, ratio: "1.2",
                  kind: .reverse, score: "0.8"),
        JudgeCase(category: .cost, target: "500 万元", actual: "600 万元", status: .unmet, ratio: "1.2", kind: .reverse, score: "0.8"),
        JudgeCase(name: "人均培训成本", category: .quality, target: "1000 元", actual: "800 元", status: .met, ratio: "0.8", kind: .reverse),
        JudgeCase(name: "群众投诉率", category: .quality, target: "3%", actual: "5%", status: .unmet, ratio: "1.6667", kind: .reverse, score: "0.3333"),
        JudgeCase(category: .cost, target: "≥ 500 万元", actual: "600 万元", status: .met, ratio: "1.2", kind: .positive),
        JudgeCase(target: "≤ 0 起", actual: "0 起", status: .met, ratio: nil, kind: .reverse, score: "1"),
        JudgeCase(target: "≤ 0 起", actual: "2 起", status: .unmet, ratio: nil, kind: .reverse, score: "0"),
    ]

    static let equal: [JudgeCase] = [
        JudgeCase(target: "=100%", actual: "100%", status: .met, ratio: "1", kind: .equal),
        JudgeCase(target: "═ 100%", actual: "99%", status: .unmet, ratio: "0.99", kind: .equal, score: "0.99"),
        JudgeCase(target: "＝10 人", actual: "12 人", status: .unmet, ratio: "1.2", kind: .equal, score: "0.8"),
        JudgeCase(target: "= 0 起", actual: "0 起", status: .met, ratio: nil, kind: .equal, score: "1"),
        JudgeCase(target: "= 0 起", actual: "1 起", status: .unmet, ratio: nil, kind: .equal, score: "0"),
        JudgeCase(target: "=100.0%", actual: "100%", status: .met, ratio: "1", kind: .equal),
        JudgeCase(name: "安全事故", category: .quality, target: "0 起", actual: "0 起", status: .met, ratio: nil, kind: .equal),
        JudgeCase(name: "安全事故", category: .quality, target: "0 起", actual: "发生 2 起", status: .unmet, ratio: nil, kind: .equal,
                  score: "0"),
    ]

    static let ranges: [JudgeCase] = [
        JudgeCase(target: "2-3 家", actual: "新增认定总部企业 4家", status: .met, ratio: "1.3333", kind: .range),
        JudgeCase(target: "6-8家", actual: "7 家", status: .met, ratio: "1", kind: .range),
        JudgeCase(target: "2～3", actual: "2", status: .met, ratio: "1", kind: .range),
        JudgeCase(target: "2至3家", actual: "1家", status: .unmet, ratio: "0.5", kind: .range, score: "0.5"),
        JudgeCase(target: "2~3 个", actual: "3 个", status: .met, ratio: "1", kind: .range),
        JudgeCase(target: "80%-90%", actual: "95%", status: .met, ratio: "1.0556", kind: .range),
    ]

    static let units: [JudgeCase] = [
        JudgeCase(target: "2,000万元", actual: "0.25亿元", status: .met, ratio: "1.25", kind: .positive),
        JudgeCase(target: "≥2亿元", actual: "拉动设备投资额 2.8 亿元", status: .met, ratio: "1.4", kind: .positive),
        JudgeCase(target: "≥ 1 亿元", actual: "8000 万元", status: .unmet, ratio: "0.8", kind: .positive),
        JudgeCase(target: "500000 元", actual: "60 万元", status: .met, ratio: "1.2", kind: .positive),
        JudgeCase(target: "≥ 1.5万人次", actual: "16000人次", status: .met, ratio: "1.0667", kind: .positive),
        JudgeCase(target: "10万亩", actual: "120000亩", status: .met, ratio: "1.2", kind: .positive),
        JudgeCase(target: "≥ 5 公里", actual: "4500 米", status: .unmet, ratio: "0.9", kind: .positive),
        JudgeCase(target: "≥ 1 千米", actual: "1200 米", status: .met, ratio: "1.2", kind: .positive),
        JudgeCase(target: "100%", actual: "工作达标率 100％", status: .met, ratio: "1", kind: .positive),
        JudgeCase(target: "≥５０％", actual: "６０％", status: .met, ratio: "1.2", kind: .positive),
        JudgeCase(target: "2个百分点", actual: "7.2", status: .met, ratio: "3.6", kind: .positive),
        JudgeCase(target: "2个百分点", actual: "增长 3%", status: .met, ratio: "1.5", kind: .positive),
        JudgeCase(target: "≥ 5%", actual: "3 个百分点", status: .review, ratio: nil, kind: .positive),
        JudgeCase(target: "1年", actual: "1年", status: .met, ratio: "1", kind: .positive),
        JudgeCase(target: "≥ 90 分", actual: "95 分", status: .met, ratio: "1.0556", kind: .positive),
        JudgeCase(target: "1.2万", actual: "13000", status: .met, ratio: "1.0833", kind: .positive),
        JudgeCase(target: "≥ 400 人次", actual: "培训 500余人次", status: .met, ratio: "1.25", kind: .positive),
        JudgeCase(target: "≥ 200 家", actual: "服务企业 300多家", status: .met, ratio: "1.5", kind: .positive),
        JudgeCase(target: "≥ 1.2 倍", actual: "1.5 倍", status: .met, ratio: "1.25", kind: .positive),
        JudgeCase(target: "≥ 1000 平方米", actual: "1500㎡", status: .met, ratio: "1.5", kind: .positive),
        JudgeCase(name: "贷款笔数（笔）", target: "286", actual: "贷款笔数（笔）339", status: .met, ratio: "1.1853", kind: .positive),
        JudgeCase(name: "贷款金额（亿元）", target: "5.7", actual: "贷款金额（亿元）7.2", status: .met, ratio: "1.2632", kind: .positive),
        JudgeCase(name: "贷款金额（亿元）", target: "5.7", actual: "60000万元", status: .met, ratio: "1.0526", kind: .positive),
        JudgeCase(name: "投资额（单位：万元）", target: "≥3000", actual: "14000", status: .met, ratio: "4.6667", kind: .positive),
        JudgeCase(name: "增长超10%（含）的企业数量（家）", target: "180", actual: "180", status: .met, ratio: "1", kind: .positive),
    ]

    static let notTheMeasure: [JudgeCase] = [
        JudgeCase(target: "170 家", actual: "2021 年我市新增“小升规”工业企业 468 家。", status: .met, ratio: "2.7529", kind: .positive),
        JudgeCase(target: "110 家", actual: "2020 年“小升规”且在 2021 年工业增加值增长超过 10%的工业企业 191 家。",
                  status: .met, ratio: "1.7364", kind: .positive),
        JudgeCase(target: "5万元", actual: "每家奖励标准 5万元（市本级和各县（市、区）财政按 1：1比例共同承担）",
                  status: .met, ratio: "1", kind: .positive),
        JudgeCase(name: "获得奖补的 3家企业对地方财政贡献", category: .sustainability,
                  target: "获得奖补的 3家企业2020 年缴纳的税收超过 5000 万元", actual: "获得奖补的3家企业2020年缴纳的税收5411 万元",
                  status: .met, ratio: "1.0822", kind: .positive),
        JudgeCase(target: "获得奖补的企业税收超过 1000 万元", actual: "获得奖补的 2 家企业缴纳税收 1074 万元",
                  status: .met, ratio: "1.074", kind: .positive),
        JudgeCase(name: "扶持 5G 应用示范项目", target: "3个", actual: "扶持 5G 应用示范项目 1个", status: .unmet, ratio: "0.3333", kind: .positive),
        JudgeCase(target: "100%", actual: "验收通过率 100%（30/30）", status: .met, ratio: "1", kind: .positive),
        JudgeCase(target: "≥ 20 家", actual: "依据江工信发〔2019〕150号文，扶持 24 家", status: .met, ratio: "1.2", kind: .positive),
        JudgeCase(target: "≥ 20 家", actual: "第3批扶持 24 家", status: .met, ratio: "1.2", kind: .positive),
        JudgeCase(target: "≥ 20 家", actual: "1. 扶持 24 家", status: .met, ratio: "1.2", kind: .positive),
        JudgeCase(target: "≥ 20 家", actual: "目标 20 家，实际完成 27 家", status: .met, ratio: "1.35", kind: .positive),
        JudgeCase(target: "≥ 20 家", actual: "2023-12-31 前扶持 24 家", status: .met, ratio: "1.2", kind: .positive),
    ]

    static let ambiguous: [JudgeCase] = [
        JudgeCase(target: "400 万元", actual: "奖励资金合计 1720 万元，其中市本级承担资金 377.5 万元", status: .review, ratio: nil,
                  kind: .positive, score: "0"),
        JudgeCase(target: "10家", actual: "认定39家市级清洁生产企业，新增41家节水型工业企业", status: .review, ratio: nil, kind: .positive),
        JudgeCase(target: "≥90%", actual: "满意度高", status: .review, ratio: nil, kind: .positive),
        JudgeCase(target: "≥90%", actual: "28家", status: .review, ratio: nil, kind: .positive),
        JudgeCase(target: "≥90%", actual: "", status: .review, ratio: nil, kind: .positive),
        JudgeCase(target: "", actual: "3家", status: .review, ratio: nil, kind: .empty),
        JudgeCase(target: "/", actual: "3家", status: .review, ratio: nil, kind: .empty),
        JudgeCase(target: "≥ 3 家", actual: "—", status: .review, ratio: nil, kind: .positive),
    ]

    static let restated: [JudgeCase] = [
        JudgeCase(target: "≥90%", actual: "企业满意度≥90%", status: .met, ratio: "1", kind: .positive),
        JudgeCase(target: "90%以上", actual: "验收通过率 90%以上", status: .met, ratio: "1", kind: .positive),
        JudgeCase(name: "获得扶持的企业满意度（%）", category: .satisfaction, target: "≥85%", actual: "获得扶持的企业满意度（%）≥85",
                  status: .met, ratio: "1", kind: .positive),
        JudgeCase(target: "≥85%", actual: "≥85%", status: .met, ratio: "1", kind: .positive),
        JudgeCase(target: "≥90%", actual: "满意度≥90%，实际 96%", status: .met, ratio: "1.0667", kind: .positive),
    ]

    static let completionWords: [JudgeCase] = [
        JudgeCase(target: "3家", actual: "完成", status: .met, ratio: nil, kind: .positive, score: "1"),
        JudgeCase(target: "9家", actual: "已完成", status: .met, ratio: nil, kind: .positive),
        JudgeCase(target: "≥90%", actual: "达成预期指标", status: .met, ratio: nil, kind: .positive),
        JudgeCase(target: "≥90%", actual: "基本完成", status: .partial, ratio: nil, kind: .positive, score: "0.6"),
        JudgeCase(target: "≥90%", actual: "部分达成", status: .partial, ratio: nil, kind: .positive, score: "0.6"),
        JudgeCase(target: "3家", actual: "阶段完成", status: .partial, ratio: nil, kind: .positive, score: "0.6"),
        JudgeCase(target: "≥90%", actual: "未完成", status: .unmet, ratio: nil, kind: .positive, score: "0"),
        JudgeCase(target: "3家", actual: "未达成", status: .unmet, ratio: nil, kind: .positive, score: "0"),
        JudgeCase(target: "3家", actual: "未达到", status: .unmet, ratio: nil, kind: .positive, score: "0"),
        JudgeCase(target: "3家", actual: "否", status: .unmet, ratio: nil, kind: .positive, score: "0"),
        JudgeCase(target: "3家", actual: "无", status: .unmet, ratio: nil, kind: .positive, score: "0"),
        JudgeCase(target: "3家", actual: "尚未开展", status: .unmet, ratio: nil, kind: .positive, score: "0"),
        JudgeCase(category: .cost, target: "≤ 500 万元", actual: "未完成", status: .unmet, ratio: nil, kind: .reverse, score: "0"),
        JudgeCase(target: "3家", actual: "预计完成", status: .review, ratio: nil, kind: .positive, score: "0"),
        JudgeCase(target: "3家", actual: "完成率80%", status: .review, ratio: nil, kind: .positive),
        JudgeCase(category: .timeliness, target: "100%", actual: "按时发放", status: .met, ratio: nil, kind: .positive),
        JudgeCase(category: .quality, target: "100%", actual: "验收合格", status: .met, ratio: nil, kind: .positive),
    ]

    /// A bare actual of at most 1 against a target in %: 0.95% or 95% written as a fraction.
    static let fractionOrPercent: [JudgeCase] = [
        JudgeCase(target: "≥90%", actual: "0.95", status: .review, ratio: nil, kind: .positive, score: "0"),
        JudgeCase(target: "≥90%", actual: "满意度 0.95", status: .review, ratio: nil, kind: .positive),
        JudgeCase(target: "100%", actual: "1", status: .review, ratio: nil, kind: .positive),
        JudgeCase(target: "≤ 0.5%", actual: "0.3", status: .review, ratio: nil, kind: .reverse),
        JudgeCase(target: "80%-90%", actual: "0.85", status: .review, ratio: nil, kind: .range),
        JudgeCase(name: "获得扶持的企业满意度（%）", category: .satisfaction, target: "≥85", actual: "0.9", status: .review, ratio: nil,
                  kind: .positive),
        JudgeCase(target: "新增 10 家，满意度 ≥90%", actual: "新增 12 家，满意度 0.95", status: .review, ratio: nil, kind: .compound),
        // Not ambiguous: above 1, zero, a unit written, or a target not in %.
        JudgeCase(target: "≥90%", actual: "95", status: .met, ratio: "1.0556", kind: .positive),
        JudgeCase(target: "≥90%", actual: "1.5", status: .unmet, ratio: "0.0167", kind: .positive),
        JudgeCase(target: "≥90%", actual: "0", status: .unmet, ratio: "0", kind: .positive, score: "0"),
        JudgeCase(target: "≥90%", actual: "0.95%", status: .unmet, ratio: "0.0106", kind: .positive),
        JudgeCase(target: "≥ 0.5 个百分点", actual: "0.8", status: .met, ratio: "1.6", kind: .positive),
        JudgeCase(target: "≥ 0.5 亿元", actual: "0.8", status: .met, ratio: "1.6", kind: .positive),
    ]

    /// Estimates are not measured values; `余` and `多` (more than) are not estimates.
    static let hedges: [JudgeCase] = [
        JudgeCase(target: "≥90%", actual: "95%左右", status: .review, ratio: nil, kind: .positive, score: "0"),
        JudgeCase(target: "≥ 200 家", actual: "约 300 家", status: .review, ratio: nil, kind: .positive),
        JudgeCase(target: "≥ 200 家", actual: "近300家", status: .review, ratio: nil, kind: .positive),
        JudgeCase(target: "≥ 200 家", actual: "大约有 300 家", status: .review, ratio: nil, kind: .positive),
        JudgeCase(target: "≥ 200 家", actual: "将近 300 家", status: .review, ratio: nil, kind: .positive),
        JudgeCase(target: "≥ 200 家", actual: "接近300家", status: .review, ratio: nil, kind: .positive),
        JudgeCase(target: "≥ 200 家", actual: "服务企业 300 家上下", status: .review, ratio: nil, kind: .positive),
        JudgeCase(target: "≥ 200 家", actual: "估计扶持 300 家", status: .review, ratio: nil, kind: .positive),
        JudgeCase(target: "≥ 200 家", actual: "预计全年扶持 300 家", status: .review, ratio: nil, kind: .positive),
        JudgeCase(target: "≥ 200 家", actual: "扶持企业约为 150 家", status: .review, ratio: nil, kind: .positive),
        JudgeCase(target: "新增 10 家，投资 5000 万元", actual: "新增 12 家，投资约 6000 万元", status: .review, ratio: nil,
                  kind: .compound),
        JudgeCase(target: "≥ 200 家", actual: "300余家", status: .met, ratio: "1.5", kind: .positive),
        JudgeCase(target: "≥ 200 家", actual: "300多家", status: .met, ratio: "1.5", kind: .positive),
        JudgeCase(target: "≥ 200 家", actual: "带动 300 家上下游企业", status: .met, ratio: "1.5", kind: .positive),
        JudgeCase(category: .cost, target: "≤ 500 万元", actual: "节约300万元", status: .met, ratio: "0.6", kind: .reverse),
        JudgeCase(target: "≥ 20 家", actual: "近 3 年累计扶持 24 家", status: .met, ratio: "1.2", kind: .positive),
        // A measured figure is preferred to an estimate beside it.
        JudgeCase(target: "≥ 25 家", actual: "已扶持 20 家，预计年底达到 27 家", status: .unmet, ratio: "0.8", kind: .positive),
        JudgeCase(category: .timeliness, target: "2023 年上半年", actual: "预计2023年6月完成", status: .review, ratio: nil, kind: .deadline),
        JudgeCase(category: .timeliness, target: "2023 年上半年", actual: "2023年5月左右", status: .review, ratio: nil, kind: .deadline),
        JudgeCase(category: .timeliness, target: "2023 年上半年", actual: "预计按期完成", status: .review, ratio: nil, kind: .deadline),
        JudgeCase(category: .social, target: "有效促进", actual: "预计可有效促进产业发展", status: .review, ratio: nil, kind: .qualitative),
        JudgeCase(category: .social, target: "有效促进", actual: "达到预计效果", status: .met, ratio: nil, kind: .qualitative),
    ]

    /// A negation or shortfall besides the number goes to review; absences that are the achievement do not.
    static let qualifiedNumbers: [JudgeCase] = [
        JudgeCase(target: "100%", actual: "100% (部分项目未验收)", status: .review, ratio: nil, kind: .positive, score: "0"),
        JudgeCase(target: "≥90%", actual: "95%，但仍有2家未完成", status: .review, ratio: nil, kind: .positive),
        JudgeCase(target: "≥ 20 家", actual: "扶持 24 家，基本完成", status: .review, ratio: nil, kind: .positive),
        JudgeCase(target: "≥ 20 家", actual: "扶持 24 家，尚有 3 家资金未拨付", status: .review, ratio: nil, kind: .positive),
        JudgeCase(target: "≥90%", actual: "不足 90%", status: .review, ratio: nil, kind: .positive),
        JudgeCase(target: "≥90%", actual: "85%，未达到目标", status: .review, ratio: nil, kind: .positive),
        JudgeCase(target: "≥90%", actual: "满意度 95%，未收到投诉", status: .met, ratio: "1.0556", kind: .positive),
        JudgeCase(target: "≥90%", actual: "满意度 95%，没有接到投诉", status: .met, ratio: "1.0556", kind: .positive),
        JudgeCase(category: .cost, target: "不超过 500 万元", actual: "支出 480 万元，未超出预算", status: .met, ratio: "0.96", kind: .reverse),
        JudgeCase(target: "≥ 20 家", actual: "按期完成，未延期，扶持 24 家", status: .met, ratio: "1.2", kind: .positive),
        JudgeCase(target: "≥ 10 个", actual: "共 12 个，不存在未完成项目", status: .met, ratio: "1.2", kind: .positive),
        JudgeCase(target: "≥ 20 家", actual: "扶持 24 家，为未来发展打下基础", status: .met, ratio: "1.2", kind: .positive),
        // A word the name or target uses names what is measured.
        JudgeCase(name: "产品质量", category: .quality, target: "不合格率≤5%", actual: "不合格率 2%", status: .met, ratio: "0.4",
                  kind: .reverse),
        JudgeCase(name: "产品质量", category: .quality, target: "≤5%", actual: "不合格率 2%", status: .met, ratio: "0.4", kind: .reverse),
        JudgeCase(name: "未达标企业整改数量", target: "≥5 家", actual: "未达标企业整改 6 家", status: .met, ratio: "1.2", kind: .positive),
    ]

    /// `未发生…`, `无…`, `零…` against none or a ceiling of incidents read as 0.
    static let absences: [JudgeCase] = [
        JudgeCase(name: "安全事故", category: .quality, target: "0 起", actual: "未发生安全事故", status: .met, ratio: nil, kind: .equal,
                  score: "1"),
        JudgeCase(name: "安全事故发生数", category: .quality, target: "0", actual: "全年零事故", status: .met, ratio: nil, kind: .equal),
        JudgeCase(name: "群众投诉", category: .quality, target: "0 起", actual: "无投诉", status: .met, ratio: nil, kind: .equal),
        JudgeCase(name: "群众投诉", category: .quality, target: "≤ 3 起", actual: "无投诉", status: .met, ratio: "0", kind: .reverse),
        JudgeCase(name: "群众投诉", category: .quality, target: "≤ 3 起", actual: "没有接到投诉", status: .met, ratio: "0", kind: .reverse),
        JudgeCase(name: "资金使用", category: .quality, target: "违规问题 0 个", actual: "未发现违规问题", status: .met, ratio: nil, kind: .equal),
        JudgeCase(name: "差错次数", category: .quality, target: "= 0 次", actual: "杜绝差错", status: .met, ratio: nil, kind: .equal),
        JudgeCase(name: "安全事故", category: .quality, target: "0 起", actual: "无", status: .met, ratio: nil, kind: .equal),
        JudgeCase(name: "退回资金", category: .quality, target: "0 万元", actual: "无", status: .met, ratio: nil, kind: .equal),
        JudgeCase(name: "群众投诉", category: .quality, target: "≤ 3 起", actual: "无", status: .met, ratio: "0", kind: .reverse),
        JudgeCase(name: "办结时限", category: .timeliness, target: "≤ 5 天", actual: "无", status: .unmet, ratio: nil, kind: .reverse,
                  score: "0"),
        JudgeCase(category: .cost, target: "不超过 500 万元", actual: "未超出预算", status: .met, ratio: nil, kind: .reverse, score: "1"),
        // The absence must be of what is measured; a handling left undone is not an absence.
        JudgeCase(name: "安全事故", category: .quality, target: "0 起", actual: "无投诉", status: .review, ratio: nil, kind: .equal),
        JudgeCase(name: "违规问题", category: .quality, target: "0 个", actual: "未整改问题", status: .unmet, ratio: nil, kind: .equal,
                  score: "0"),
        JudgeCase(name: "违规问题", category: .quality, target: "0 个", actual: "无违规问题，但未完成整改", status: .review, ratio: nil,
                  kind: .equal),
        JudgeCase(name: "办结时限", category: .timeliness, target: "≤ 5 天", actual: "未发生延误事件", status: .review, ratio: nil,
                  kind: .reverse),
        JudgeCase(name: "安全事故", category: .quality, target: "0 起", actual: "发生 1 起", status: .unmet, ratio: nil, kind: .equal),
    ]

    /// A strong degree in the target against a weaker one in the actual is partial.
    static let degrees: [JudgeCase] = [
        JudgeCase(category: .economic, target: "显著提升企业效益", actual: "企业效益有所提升", status: .partial, ratio: nil,
                  kind: .qualitative, score: "0.8"),
        JudgeCase(category: .social, target: "有效促进产业发展", actual: "取得一定成效", status: .partial, ratio: nil, kind: .qualitative),
        JudgeCase(category: .social, target: "明显改善营商环境", actual: "初步改善", status: .partial, ratio: nil, kind: .qualitative),
        JudgeCase(category: .social, target: "大幅提升", actual: "稍有提升", status: .partial, ratio: nil, kind: .qualitative),
        JudgeCase(category: .social, target: "大幅提升", actual: "略有提升", status: .partial, ratio: nil, kind: .qualitative),
        JudgeCase(category: .social, target: "全面推进", actual: "部分推进", status: .partial, ratio: nil, kind: .qualitative),
        JudgeCase(category: .social, target: "有效促进", actual: "逐步推进", status: .partial, ratio: nil, kind: .qualitative),
        JudgeCase(category: .social, target: "有效促进", actual: "一定程度上有效提升", status: .partial, ratio: nil, kind: .qualitative),
        JudgeCase(category: .social, target: "提升企业效益", actual: "企业效益有所提升", status: .met, ratio: nil, kind: .qualitative,
                  score: "1"),
        JudgeCase(category: .social, target: "显著提升", actual: "显著提升", status: .met, ratio: nil, kind: .qualitative),
        JudgeCase(category: .social, target: "全面推进", actual: "大部分已推进", status: .met, ratio: nil, kind: .qualitative),
        JudgeCase(category: .social, target: "确保质量无明显下降", actual: "略有下降", status: .met, ratio: nil, kind: .qualitative),
        JudgeCase(category: .social, target: "显著提升", actual: "是", status: .met, ratio: nil, kind: .qualitative),
        JudgeCase(category: .social, target: "显著提升", actual: "有所提升但未达预期", status: .unmet, ratio: nil, kind: .qualitative),
    ]

    static let deadlines: [JudgeCase] = [
        JudgeCase(category: .timeliness, target: "2023 年前", actual: "用款时间 2022 年 11 月", status: .met, ratio: nil, kind: .deadline, score: "1"),
        JudgeCase(category: .timeliness, target: "2023 年前", actual: "2023 年 2 月", status: .unmet, ratio: nil, kind: .deadline, score: "0.6"),
        JudgeCase(category: .timeliness, target: "2023 年上半年", actual: "阶段完成", status: .partial, ratio: nil, kind: .deadline, score: "0.8"),
        JudgeCase(category: .timeliness, target: "2023 年上半年", actual: "2023年6月", status: .met, ratio: nil, kind: .deadline),
        JudgeCase(category: .timeliness, target: "2023 年上半年", actual: "2023年7月", status: .unmet, ratio: nil, kind: .deadline),
        JudgeCase(category: .timeliness, target: "2022年底之前", actual: "2022年12月", status: .met, ratio: nil, kind: .deadline),
        JudgeCase(category: .timeliness, target: "12 月底前", actual: "11月", status: .met, ratio: nil, kind: .deadline),
        JudgeCase(category: .timeliness, target: "12 月底前", actual: "2022年11月", status: .met, ratio: nil, kind: .deadline),
        JudgeCase(category: .timeliness, target: "12 月底前", actual: "2022年", status: .review, ratio: nil, kind: .deadline),
        JudgeCase(category: .timeliness, target: "2023-12-31 前", actual: "2023年12月31日", status: .met, ratio: nil, kind: .deadline),
        JudgeCase(category: .timeliness, target: "2023.6.30前", actual: "2023年7月1日", status: .unmet, ratio: nil, kind: .deadline),
        JudgeCase(category: .timeliness, target: "2023年第三季度", actual: "2023年9月", status: .met, ratio: nil, kind: .deadline),
        JudgeCase(category: .timeliness, target: "2023年6月30日前", actual: "按时完成", status: .met, ratio: nil, kind: .deadline),
        JudgeCase(category: .timeliness, target: "2023年6月30日前", actual: "基本完成", status: .partial, ratio: nil, kind: .deadline),
        JudgeCase(category: .timeliness, target: "2023年6月30日前", actual: "未完成", status: .unmet, ratio: nil, kind: .deadline),
        JudgeCase(category: .timeliness, target: "2023年6月30日前", actual: "2023年", status: .review, ratio: nil, kind: .deadline),
        JudgeCase(category: .timeliness, target: "2023年", actual: "2023年11月", status: .met, ratio: nil, kind: .deadline),
        JudgeCase(category: .timeliness, target: "2023年6月30日前", actual: "进度正常", status: .review, ratio: nil, kind: .deadline),
    ]

    static let qualitative: [JudgeCase] = [
        JudgeCase(category: .economic, target: "有效提升企业效益", actual: "是", status: .met, ratio: nil, kind: .qualitative, score: "1"),
        JudgeCase(name: "是否拉动规上工业发展", category: .social, target: "拉动规上工业发展",
                  actual: "拉动规上工业增加值增长 4.5 个百分点", status: .met, ratio: nil, kind: .qualitative),
        JudgeCase(name: "促进企业扩大设备更新（是/否）", category: .social, target: "促进企业扩大设备更新",
                  actual: "促进企业扩大设备更新（是）", status: .met, ratio: nil, kind: .qualitative),
        JudgeCase(category: .sustainability, target: "持续促进", actual: "持续促进", status: .met, ratio: nil, kind: .qualitative),
        JudgeCase(category: .social, target: "对制造业企业增产增收方面有积极影响", actual: "完成", status: .met, ratio: nil, kind: .qualitative),
        JudgeCase(category: .social, target: "有效促进", actual: "阶段完成", status: .partial, ratio: nil, kind: .qualitative, score: "0.8"),
        JudgeCase(category: .social, target: "有效促进", actual: "部分完成", status: .partial, ratio: nil, kind: .qualitative),
        JudgeCase(category: .social, target: "有效促进", actual: "未明显提升", status: .unmet, ratio: nil, kind: .qualitative, score: "0.6"),
        JudgeCase(category: .social, target: "有效促进", actual: "没有效果", status: .unmet, ratio: nil, kind: .qualitative),
        JudgeCase(category: .social, target: "有效促进", actual: "尚未发挥作用", status: .unmet, ratio: nil, kind: .qualitative),
        JudgeCase(category: .social, target: "有效促进", actual: "资金不足，效果有限", status: .unmet, ratio: nil, kind: .qualitative),
        JudgeCase(category: .social, target: "有效促进", actual: "为未来发展打下基础", status: .met, ratio: nil, kind: .qualitative),
        JudgeCase(category: .quality, target: "无重大安全事故", actual: "未发生重大安全事故", status: .met, ratio: nil, kind: .qualitative),
        JudgeCase(category: .cost, target: "控制在预算内", actual: "未超出预算", status: .met, ratio: nil, kind: .qualitative),
        JudgeCase(category: .social, target: "群众满意", actual: "没有出现投诉", status: .met, ratio: nil, kind: .qualitative),
        JudgeCase(category: .quality, target: "验收合格", actual: "不合格", status: .unmet, ratio: nil, kind: .qualitative),
        JudgeCase(category: .social, target: "有效促进", actual: "", status: .review, ratio: nil, kind: .qualitative, score: "0"),
        JudgeCase(name: "是否按规定公示", category: .quality, target: "是", actual: "否", status: .unmet, ratio: nil, kind: .qualitative),
        JudgeCase(name: "是否按规定公示", category: .quality, target: "是", actual: "是", status: .met, ratio: nil, kind: .qualitative),
    ]

    static let compound: [JudgeCase] = [
        JudgeCase(category: .economic,
                  target: "拉动总部企业主营业务收入增长 10 亿元以上，财政贡献额度增长 1亿元以上，地方财政贡献额度增长超过 2000 万元。",
                  actual: "拉动总部企业主营业务收入增长 72 亿元以上，财政贡献额度增长 2亿元以上，地方财政贡献额度增长超过 4000 万元。",
                  status: .met, ratio: "2", kind: .compound, score: "1"),
        JudgeCase(target: "新增 10 家；投资 5000 万元", actual: "新增 12 家；投资 4000 万元", status: .unmet, ratio: "0.8",
                  kind: .compound, score: "0.8"),
        JudgeCase(target: "收入增长10亿元，税收增长1亿元", actual: "总收入100亿元，其中收入增长12亿元，税收增长2亿元",
                  status: .met, ratio: "1.2", kind: .compound),
        JudgeCase(target: "培训 300 人次, 发放 200 万元", actual: "发放 250 万元，培训 360 人次", status: .met, ratio: "1.2", kind: .compound),
        JudgeCase(target: "新增 10 家，投资 5000 万元", actual: "新增 12 家", status: .review, ratio: nil, kind: .compound),
    ]

    /// A minus sign (`-` `−` `－`) before a number, not after a digit or Latin letter, makes it negative.
    static let negatives: [JudgeCase] = [
        // A negative actual against a target above 0 falls short in the opposite direction: ratio 0.
        JudgeCase(category: .economic, target: "增长≥5%", actual: "-3%", status: .unmet, ratio: "0", kind: .positive, score: "0"),
        JudgeCase(category: .economic, target: "增长≥5%", actual: "−3%", status: .unmet, ratio: "0", kind: .positive, score: "0"),
        JudgeCase(category: .economic, target: "增长≥5%", actual: "－3%", status: .unmet, ratio: "0", kind: .positive, score: "0"),
        JudgeCase(category: .economic, target: "5%", actual: "同比增长 -2%", status: .unmet, ratio: "0", kind: .positive, score: "0"),
        JudgeCase(category: .economic, target: "= 5%", actual: "-5%", status: .unmet, ratio: "0", kind: .equal, score: "0"),
        JudgeCase(category: .economic, target: "2%-3%", actual: "-1%", status: .unmet, ratio: "0", kind: .range, score: "0"),
        // Against a target of 0 there is no ratio, and below 0 is short of ≥ 0.
        JudgeCase(category: .economic, target: "≥0%", actual: "-5%", status: .unmet, ratio: nil, kind: .positive, score: "0"),
        JudgeCase(category: .economic, target: "≤ 0%", actual: "-5%", status: .met, ratio: nil, kind: .reverse, score: "1"),
        // Under a ceiling above 0 a negative actual is kept, with ratio 0 rather than a negative one.
        JudgeCase(category: .economic, target: "≤5%", actual: "-3%", status: .met, ratio: "0", kind: .reverse, score: "1"),
        // A count below 0 cannot be: review.
        JudgeCase(target: "≥0家", actual: "-5家", status: .review, ratio: nil, kind: .positive, score: "0"),
        JudgeCase(target: "≥0家", actual: "−5家", status: .review, ratio: nil, kind: .positive, score: "0"),
        JudgeCase(target: "≥0家", actual: "－5家", status: .review, ratio: nil, kind: .positive, score: "0"),
        JudgeCase(target: "≥ 5 家", actual: "-5", status: .review, ratio: nil, kind: .positive),
        JudgeCase(target: "≤ 0 起", actual: "-1 起", status: .review, ratio: nil, kind: .reverse),
        JudgeCase(target: "≥-5家", actual: "3家", status: .review, ratio: nil, kind: .positive),
        // A negative bound is compared with its sign and has no ratio; the score falls with the distance past it.
        JudgeCase(category: .economic, target: "≤-2%", actual: "-3%", status: .met, ratio: nil, kind: .reverse, score: "1"),
        JudgeCase(category: .economic, target: "≤-2%", actual: "-1%", status: .unmet, ratio: nil, kind: .reverse, score: "0.5"),
        JudgeCase(category: .economic, target: "≤−2%", actual: "−3%", status: .met, ratio: nil, kind: .reverse, score: "1"),
        JudgeCase(category: .economic, target: "≤－2%", actual: "－1%", status: .unmet, ratio: nil, kind: .reverse, score: "0.5"),
        JudgeCase(category: .economic, target: "≤-2%", actual: "-2%", status: .met, ratio: nil, kind: .reverse, score: "1"),
        JudgeCase(category: .economic, target: "≤-2%", actual: "1%", status: .unmet, ratio: nil, kind: .reverse, score: "0"),
        JudgeCase(category: .economic, target: "≤-2%", actual: "同比下降 3%", status: .met, ratio: nil, kind: .reverse, score: "1"),
        JudgeCase(category: .economic, target: "≥-2%", actual: "同比下降 1%", status: .met, ratio: nil, kind: .positive, score: "1"),
        JudgeCase(category: .economic, target: "≥-2%", actual: "-3%", status: .unmet, ratio: nil, kind: .positive, score: "0.5"),
        JudgeCase(category: .economic, target: "≥-2%", actual: "4%", status: .met, ratio: nil, kind: .positive, score: "1"),
        JudgeCase(category: .economic, target: "=-2%", actual: "-2%", status: .met, ratio: nil, kind: .equal, score: "1"),
        JudgeCase(category: .economic, target: "=-2%", actual: "-2.5%", status: .unmet, ratio: nil, kind: .equal, score: "0.75"),
        JudgeCase(category: .economic, target: "-3~-1%", actual: "-2%", status: .met, ratio: nil, kind: .range, score: "1"),
        JudgeCase(category: .economic, target: "-3~-1%", actual: "-4%", status: .unmet, ratio: nil, kind: .range, score: "0.6667"),
        // In a compound, a clause without a ratio leaves the ratio to the others that count upward…
        JudgeCase(category: .economic, target: "增长 ≥-2%，利润 ≥ 100 万元", actual: "增长 -1%，利润 120 万元", status: .met, ratio: "1.2",
                  kind: .compound, score: "1"),
        // …and to none when it is the only one: a ceiling's ratio would not say how far it got.
        JudgeCase(category: .economic, target: "增长 ≥-2%，成本 ≤ 100 万元", actual: "增长 -1%，成本 80 万元", status: .met, ratio: nil,
                  kind: .compound, score: "1"),
        JudgeCase(category: .economic, target: "增长 ≥-2%，成本 ≤ 100 万元", actual: "增长 -3%，成本 80 万元", status: .unmet, ratio: nil,
                  kind: .compound, score: "0.5"),
        // Against a decline target a negative actual is a decline of its size.
        JudgeCase(category: .economic, target: "成本降低 5%", actual: "-6%", status: .met, ratio: "1.2", kind: .positive),
        JudgeCase(category: .economic, target: "成本降低 5%", actual: "-4%", status: .unmet, ratio: "0.8", kind: .positive),
        // A decline word and a minus sign together leave the direction unclear.
        JudgeCase(category: .economic, target: "增长 5%", actual: "同比下降-2%", status: .review, ratio: nil, kind: .positive),
        JudgeCase(category: .economic, target: "成本降低-5%", actual: "6%", status: .review, ratio: nil, kind: .positive),
        // A bare fraction below 0 against % is read two ways, as above 0.
        JudgeCase(category: .satisfaction, target: "≥90%", actual: "-0.5", status: .review, ratio: nil, kind: .positive),
    ]

    /// A `-` after a digit or a Latin letter, or a typographic dash, is no minus sign.
    static let notMinus: [JudgeCase] = [
        JudgeCase(target: "2-3 家", actual: "3家", status: .met, ratio: "1", kind: .range),
        JudgeCase(target: "2 - 3 家", actual: "1家", status: .unmet, ratio: "0.5", kind: .range),
        JudgeCase(target: "≥ 2 家", actual: "2-3 家", status: .met, ratio: "1", kind: .positive),
        JudgeCase(category: .timeliness, target: "2023-12-31前", actual: "2023-12-30 完成", status: .met, ratio: nil, kind: .deadline),
        JudgeCase(category: .timeliness, target: "2023-12-31前", actual: "2024-01-05", status: .unmet, ratio: nil, kind: .deadline),
        JudgeCase(target: "≥ 3", actual: "按 GB-5 标准执行", status: .review, ratio: nil, kind: .positive),
        JudgeCase(target: "≥ 20 家", actual: "按 GB-5 标准扶持 27 家", status: .met, ratio: "1.35", kind: .positive),
        JudgeCase(category: .economic, target: "≥ 5%", actual: "增长—3%", status: .unmet, ratio: "0.6", kind: .positive),
    ]

    @Test(arguments: negatives) func negativeNumbers(_ c: JudgeCase) { Self.check(c) }
    @Test(arguments: notMinus) func aHyphenAfterADigitOrLetterIsNoMinusSign(_ c: JudgeCase) { Self.check(c) }

    @Test func reasonsNameTheNegativeValue() {
        func reason(_ target: String, _ actual: String, category: Category? = .economic) -> String {
            IndicatorJudge.judge(name: "x", category: category, target: target, actual: actual).reason
        }
        #expect(reason("增长≥5%", "-3%") == "实际为负值 -3%，低于目标 ≥ 5%，与目标方向相反，完成率按 0 计")
        #expect(reason("≥0家", "-5家", category: .quantity) == "实际“-5家”读得 -5 家，为负数，数量不能为负，需分析员认定")
        #expect(reason("≥-5家", "3家", category: .quantity) == "目标 ≥ -5 家 为负数，数量不能为负，需分析员认定")
        #expect(reason("≤-2%", "-3%") == "实际 -3% ≤ 目标上限 -2%；目标为负数，实际与目标之比不表示完成程度，不计完成率")
        #expect(reason("≤-2%", "-1%")
            == "实际 -1% > 目标上限 -2%，差距为目标绝对值的 50.00%，得分比例 50.00%；目标为负数，实际与目标之比不表示完成程度，不计完成率")
        #expect(reason("≤5%", "-3%") == "实际为负值 -3%，低于目标上限 5%，比值按 0 计")
        #expect(reason("≥0%", "-5%") == "目标为 0，实际 -5% 低于 0，不计完成率")
        #expect(reason("≥0%", "5%") == "目标为 0，实际 5% 不低于 0，不计完成率")
        #expect(reason("≥-2%", "同比下降 1%")
            == "实际为下降 1%，按 -1% 计；实际 -1% ≥ 目标 -2%；目标为负数，实际与目标之比不表示完成程度，不计完成率")
        #expect(reason("成本降低 5%", "-6%") == "实际为负值 -6%，即下降 6%；实际 6% ≥ 目标 5%，完成率 120.00%")
        #expect(reason("增长 5%", "同比下降-2%") == "实际“同比下降-2%”既写下降又带负号，方向不明，需分析员认定")
    }

    @Test func anExplicitNegativeValueIsJudgedWithItsSign() {
        let growth = IndicatorJudge.judge(name: "x", category: .economic, target: "增长≥5%", actual: "",
                                          explicit: ExplicitValue(actual: -3, unit: "%", note: "统计公报"))
        #expect(growth.status == .unmet)
        #expect(growth.ratio == 0)
        let reduction = IndicatorJudge.judge(name: "x", category: .economic, target: "≤-2%", actual: "",
                                             explicit: ExplicitValue(actual: -3, unit: "%", note: "统计公报"))
        #expect(reduction.status == .met)
        #expect(reduction.ratio == nil)
    }

    @Test(arguments: positive) func positiveTargets(_ c: JudgeCase) { Self.check(c) }
    @Test(arguments: reverse) func reverseTargets(_ c: JudgeCase) { Self.check(c) }
    @Test(arguments: equal) func equalTargets(_ c: JudgeCase) { Self.check(c) }
    @Test(arguments: ranges) func rangeTargets(_ c: JudgeCase) { Self.check(c) }
    @Test(arguments: units) func unitsConvertAndCarryOver(_ c: JudgeCase) { Self.check(c) }
    @Test(arguments: notTheMeasure) func yearsDatesOrdinalsAndSubjectsAreNotTheMeasure(_ c: JudgeCase) { Self.check(c) }
    @Test(arguments: ambiguous) func ambiguousOrMissingTextGoesToReview(_ c: JudgeCase) { Self.check(c) }
    @Test(arguments: restated) func restatedBoundsCountAsTheValue(_ c: JudgeCase) { Self.check(c) }
    @Test(arguments: completionWords) func completionWordsWithoutNumbers(_ c: JudgeCase) { Self.check(c) }
    @Test(arguments: deadlines) func deadlineTargets(_ c: JudgeCase) { Self.check(c) }
    @Test(arguments: qualitative) func qualitativeTargets(_ c: JudgeCase) { Self.check(c) }
    @Test(arguments: compound) func compoundTargets(_ c: JudgeCase) { Self.check(c) }
    @Test(arguments: fractionOrPercent) func aBareFractionAgainstAPercentIsAmbiguous(_ c: JudgeCase) { Self.check(c) }
    @Test(arguments: hedges) func estimatesAreNotMeasuredValues(_ c: JudgeCase) { Self.check(c) }
    @Test(arguments: qualifiedNumbers) func negationsBesidesTheNumberGoToReview(_ c: JudgeCase) { Self.check(c) }
    @Test(arguments: absences) func absencesOfIncidentsReadAsZero(_ c: JudgeCase) { Self.check(c) }
    @Test(arguments: degrees) func weakerDegreesArePartial(_ c: JudgeCase) { Self.check(c) }

    @Test func aBareFractionNamesBothReadings() {
        let judgement = IndicatorJudge.judge(name: "企业满意度", category: .satisfaction, target: "≥90%", actual: "0.95")
        #expect(judgement.status == .review)
        #expect(judgement.ratio == nil)
        #expect(judgement.candidates == ["0.95%（按所写数值读）", "95%（0.95 按小数读）"])
        #expect(judgement.reason == "实际“0.95”未写单位，目标以 % 计，可读作 0.95% 或 95%（小数写法），需分析员认定")
    }

    @Test func anExplicitValueSettlesAFractionOrAnEstimate() {
        let fraction = IndicatorJudge.judge(name: "企业满意度", category: .satisfaction, target: "≥90%", actual: "0.95",
                                            explicit: ExplicitValue(actual: 95, unit: "%", note: "问卷结果为 95%"))
        #expect(fraction.status == .met)
        #expect(fraction.ratio.map { DecimalText.rounded($0, places: 4) } == Decimal(string: "1.0556"))
        #expect(fraction.candidates.isEmpty)
        let estimate = IndicatorJudge.judge(name: "x", category: .quantity, target: "≥ 200 家", actual: "约 300 家",
                                            explicit: ExplicitValue(actual: 296, note: "名单 296 家"))
        #expect(estimate.status == .met)
        #expect(estimate.ratio == Decimal(string: "1.48"))
        let qualified = IndicatorJudge.judge(name: "x", category: .quality, target: "100%", actual: "100% (部分项目未验收)",
                                             explicit: ExplicitValue(actual: 90, unit: "%", note: "验收 27/30"))
        #expect(qualified.status == .unmet)
        #expect(qualified.ratio == Decimal(string: "0.9"))
    }

    @Test func reasonsNameTheEstimateTheQualifierAndTheDegree() {
        func reason(_ target: String, _ actual: String, name: String = "x", category: Category? = .quantity) -> String {
            IndicatorJudge.judge(name: name, category: category, target: target, actual: actual).reason
        }
        #expect(reason("≥90%", "95%左右") == "实际“95%左右”带“左右”，读得 95% 是约数或预计数，不是实测值，需分析员认定")
        #expect(reason("≥ 200 家", "约 300 家") == "实际“约300家”带“约”，读得 300 家 是约数或预计数，不是实测值，需分析员认定")
        #expect(reason("100%", "100% (部分项目未验收)")
            == "实际读得 100%，但另写“部分项目未验收”（“未”），数值之外有否定或未完成的限定，需分析员认定")
        #expect(reason("≥90%", "95%，但仍有2家未完成")
            == "实际读得 95%，但另写“但仍有2家未完成”（“仍有”），数值之外有否定或未完成的限定，需分析员认定")
        #expect(reason("0 起", "未发生安全事故", name: "安全事故", category: .quality)
            == "实际写明“未发生安全事故”，读作 0；目标为 0，实际 0 起 等于 0，不计比值")
        #expect(reason("显著提升企业效益", "企业效益有所提升", category: .economic)
            == "定性指标，目标要求“显著”，实际为“有所”，程度不及目标，按部分达成计（部分达成档 60–80%，取 80%）")
        #expect(reason("≥90%", "未完成") == "实际仅写“未完成”，未给出数值，按未达成计（数值指标无实际数值，得分 0）")
        #expect(reason("≥90%", "基本完成") == "实际仅写“基本完成”，未给出数值，按部分达成计（部分达成档 60–80%，无数值取下限 60%）")
        #expect(reason("3家", "完成") == "实际仅写“完成”，未给出数值，按达成计（达成档 80–100%，取 100%）")
    }

    /// A word of failure against a number never scores above an honest 0; words against words keep their band.
    @Test func wordsOfFailureScoreNoBetterThanAnHonestZero() {
        func score(_ target: String, _ actual: String, category: Category? = .quantity) -> Decimal {
            IndicatorJudge.judge(name: "x", category: category, target: target, actual: actual).scoreFraction
        }
        for word in ["未完成", "未达成", "未达到", "否", "无", "尚未完成"] {
            #expect(score("≥ 20 家", word) <= score("≥ 20 家", "0 家"), "\(word)")
        }
        #expect(score("有效促进", "未完成", category: .social) == Decimal(string: "0.6"))
        #expect(score("2023 年上半年", "未完成", category: .timeliness) == Decimal(string: "0.6"))
        #expect(score("≥ 20 家", "基本完成") == Decimal(string: "0.6"))
        #expect(score("2023 年上半年", "基本完成", category: .timeliness) == Decimal(string: "0.8"))
    }

    @Test func reviewNamesBothCandidates() {
        let judgement = IndicatorJudge.judge(
            name: "奖励资金", category: .social, target: "400 万元",
            actual: "奖励资金合计 1720 万元，其中市本级承担资金 377.5 万元"
        )
        #expect(judgement.status == .review)
        #expect(judgement.candidates == ["奖励资金合计1720万元", "其中市本级承担资金377.5万元"])
        #expect(judgement.reason.contains("需分析员认定"))
    }

    @Test func anExplicitValueSettlesTheCandidates() {
        let explicit = ExplicitValue(actual: Decimal(string: "377.5"), unit: "万元", note: "下达预算金额为 377.50万元")
        let judgement = IndicatorJudge.judge(
            name: "奖励资金", category: .social, target: "400 万元",
            actual: "奖励资金合计 1720 万元，其中市本级承担资金 377.5 万元", explicit: explicit
        )
        #expect(judgement.status == .unmet)
        #expect(judgement.ratio == Decimal(string: "0.94375"))
        #expect(judgement.scoreFraction == Decimal(string: "0.94375"))
        #expect(judgement.usedExplicit)
        #expect(judgement.candidates.isEmpty)
        #expect(judgement.reason.hasPrefix("分析员认定实际值 377.5 万元（下达预算金额为 377.50万元）"))
    }

    @Test func anExplicitValueInAnotherUnitConverts() {
        let explicit = ExplicitValue(actual: Decimal(string: "0.5"), unit: "亿元", note: "n")
        let judgement = IndicatorJudge.judge(name: "投资额", category: .quantity, target: "≥ 4000 万元", actual: "", explicit: explicit)
        #expect(judgement.status == .met)
        #expect(judgement.ratio == Decimal(string: "1.25"))
    }

    @Test func anExplicitStatusIsTaken() {
        let explicit = ExplicitValue(status: .partial, note: "只完成了一半")
        let judgement = IndicatorJudge.judge(name: "x", category: .social, target: "有效促进", actual: "完成", explicit: explicit)
        #expect(judgement.status == .partial)
        #expect(judgement.ratio == nil)
        #expect(judgement.scoreFraction == Decimal(string: "0.8"))
        #expect(judgement.usedExplicit)
        #expect(judgement.reason == "分析员认定：部分达成（只完成了一半）")
    }

    @Test func anExplicitStatusWithAValueKeepsTheRatio() {
        let explicit = ExplicitValue(actual: 18, status: .met, note: "口径调整")
        let judgement = IndicatorJudge.judge(name: "x", category: .quantity, target: "≥ 20 家", actual: "18 家", explicit: explicit)
        #expect(judgement.status == .met)
        #expect(judgement.ratio == Decimal(string: "0.9"))
        #expect(judgement.scoreFraction == 1)
    }

    @Test func anExplicitValueForAWordTargetIsNotUsed() {
        let explicit = ExplicitValue(actual: 5, note: "n")
        let judgement = IndicatorJudge.judge(name: "x", category: .social, target: "有效促进", actual: "是", explicit: explicit)
        #expect(judgement.status == .met)
        #expect(!judgement.usedExplicit)
        #expect(judgement.reason.contains("不适用"))
    }

    @Test func reasonsSayWhatWasCompared() {
        func reason(_ target: String, _ actual: String, category: Category? = .quantity) -> String {
            IndicatorJudge.judge(name: "x", category: category, target: target, actual: actual).reason
        }
        #expect(reason("≥20 家", "27 家") == "实际 27 家 ≥ 目标 20 家，完成率 135.00%；完成率高于 130%，目标可能偏低")
        #expect(reason("3家", "1家") == "实际 1 家 < 目标 3 家，完成率 33.33%")
        #expect(reason("2-3 家", "4家") == "实际 4 家，高于目标区间 2-3 家，按上限计完成率 133.33%；完成率高于 130%，目标可能偏低")
        #expect(reason("≤ 5 天", "6 天") == "实际 6 天 > 目标上限 5 天，超出 20.00%，得分比例 80.00%")
        #expect(reason("2,000万元", "0.25亿元") == "实际 0.25 亿元（合 2500 万元） ≥ 目标 2000 万元，完成率 125.00%")
        #expect(reason("3家", "完成") == "实际仅写“完成”，未给出数值，按达成计（达成档 80–100%，取 100%）")
        #expect(reason("2023 年前", "2022 年 11 月", category: .timeliness)
            == "实际时间 2022年11月 不晚于期限 2022-12-31，按期完成（达成档 80–100%，取 100%）")
        #expect(reason("有效促进", "阶段完成", category: .social)
            == "定性指标，实际“阶段完成”，按部分达成计（部分达成档 60–80%，取 80%）")
        #expect(reason("≥90%", "企业满意度≥90%") == "实际写作“≥ 90%”，以所写界值计；实际 90% ≥ 目标 90%，完成率 100.00%")
    }

    @Test func summariesShowWhatWasRead() {
        func judged(_ target: String, _ actual: String, name: String = "x", category: Category? = .quantity) -> IndicatorJudgement {
            IndicatorJudge.judge(name: name, category: category, target: target, actual: actual)
        }
        #expect(judged("≥20 家", "27 家").target.summary == "≥ 20 家")
        #expect(judged("2-3 家", "4家").target.summary == "2-3 家")
        #expect(judged("2023 年前", "2022 年", category: .timeliness).target.summary == "2022-12-31 前")
        #expect(judged("有效提升企业效益", "是", category: .economic).target.summary == "定性：有效提升企业效益")
        #expect(judged("增长 10 亿元以上，税收 1亿元以上，贡献超过 2000 万元", "").target.summary
            == "3 项条件：≥ 10 亿元；≥ 1 亿元；> 2000 万元")
        #expect(judged("≥20 家", "扶持 27 家").actual.summary == "27 家")
        #expect(judged("≥90%", "企业满意度≥90%").actual.summary == "≥ 90%")
        #expect(judged("3家", "完成").actual.summary == "完成（无数值）")
        #expect(judged("≥85", "≥85", name: "满意度（%）").target.summary == "≥ 85%")
    }

    @Test func ratiosAreNotRoundedInside() throws {
        let judgement = IndicatorJudge.judge(name: "x", category: .quantity, target: "3 家", actual: "1 家")
        let ratio = try #require(judgement.ratio)
        #expect(ratio != DecimalText.rounded(ratio, places: 4))
        #expect(ratio * 3 > Decimal(sign: .plus, exponent: -10, significand: 9_999_999_999))
    }

    @Test func judgementsEncodeAsJSON() throws {
        let judgement = IndicatorJudge.judge(name: "x", category: .quantity, target: "≥20 家", actual: "27 家")
        let data = try JSONEncoder().encode(judgement)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["status"] as? String == "met")
        #expect(object["kind"] as? String == "positive")
        let target = try #require(object["target"] as? [String: Any])
        #expect(target["summary"] as? String == "≥ 20 家")
    }
}
