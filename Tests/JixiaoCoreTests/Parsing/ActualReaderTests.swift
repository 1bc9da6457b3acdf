import Foundation
import Testing
@testable import JixiaoCore

@Suite("ActualReader")
struct ActualReaderTests {
    static func read(_ actual: String, target: String, name: String = "指标", category: Category? = .quantity) -> ActualReader.Reading {
        let indicatorName = IndicatorName(name)
        let parsed = TargetReader.read(target, name: indicatorName, category: category)
        return ActualReader.read(actual, target: parsed, name: indicatorName)
    }

    static let picks: [(String, String, String, String?)] = [
        ("≥20 家", "扶持工业企业数量 27 家", "指标", "27 家"),
        ("170 家", "2021 年我市新增“小升规”工业企业 468 家。", "指标", "468 家"),
        ("110 家", "2020 年“小升规”且在 2021 年工业增加值增长超过 10%的工业企业 191 家。", "指标", "191 家"),
        ("5万元", "每家奖励标准 5万元（市本级和各县（市、区）财政按 1：1比例共同承担）", "指标", "5 万元"),
        ("≥90%", "企业满意度≥90%", "指标", "≥ 90%"),
        ("2个百分点", "7.2", "指标", "7.2 个百分点"),
        ("286", "贷款笔数（笔）339", "贷款笔数（笔）", "339 笔"),
        ("≥ 20 家", "扶持 24 家，满意度 95%", "指标", "24 家"),
        ("≥ 20 家", "扶持 24 家企业，培训 300 人次", "指标", "24 家"),
        ("≥ 20 家", "扶持 20 家以上，实际 24 家", "指标", "24 家"),
        ("≥ 20 家", "完成", "指标", nil),
    ]

    @Test(arguments: picks) func picksTheValueInTheTargetsUnit(_ target: String, _ actual: String, _ name: String, _ summary: String?) {
        let reading = Self.read(actual, target: target, name: name)
        #expect(reading.actual.values.first??.summary == summary)
        #expect(reading.ambiguousClause == nil)
    }

    @Test func twoValuesOfTheSameUnitAreAmbiguous() {
        let reading = Self.read("奖励资金合计 1720 万元，其中市本级承担资金 377.5 万元", target: "400 万元")
        #expect(reading.ambiguousClause == 0)
        #expect(reading.actual.candidates.map(\.source) == ["奖励资金合计1720万元", "其中市本级承担资金377.5万元"])
        #expect(reading.actual.values == [nil])
    }

    @Test func sameValueTwiceIsNotAmbiguous() {
        let reading = Self.read("扶持 24 家，共 24 家", target: "≥ 20 家")
        #expect(reading.actual.values.first??.quantity == Quantity(24, MeasureUnit.named("家")))
    }

    @Test func compoundClausesMatchInOrderOrByTheirWords() {
        let inOrder = Self.read("拉动收入增长 72 亿元以上，贡献增长 2亿元以上，超过 4000 万元",
                                target: "拉动收入增长 10 亿元以上，贡献增长 1亿元以上，超过 2000 万元")
        #expect(inOrder.actual.values.map { $0?.summary } == ["≥ 72 亿元", "≥ 2 亿元", "> 4000 万元"])
        let byWords = Self.read("税收增长 2 亿元，收入增长 12 亿元，总收入 100 亿元", target: "收入增长 10 亿元，税收增长 1 亿元")
        #expect(byWords.actual.values.map { $0?.summary } == ["12 亿元", "2 亿元"])
        let byUnit = Self.read("发放 250 万元，培训 360 人次", target: "培训 300 人次，发放 200 万元")
        #expect(byUnit.actual.values.map { $0?.summary } == ["360 人次", "250 万元"])
    }

    @Test func aBareFractionAgainstAPercentHasTwoReadings() {
        let reading = Self.read("0.95", target: "≥90%")
        #expect(reading.ambiguousClause == 0)
        #expect(reading.actual.values == [nil])
        #expect(reading.actual.candidates.map(\.quantity.summary) == ["0.95%", "95%"])
        #expect(reading.ambiguityNote?.contains("0.95% 或 95%") == true)
        #expect(Self.read("95", target: "≥90%").ambiguousClause == nil)
        #expect(Self.read("0.95%", target: "≥90%").ambiguousClause == nil)
        #expect(Self.read("0", target: "≥90%").ambiguousClause == nil)
        #expect(Self.read("0.8", target: "≥ 0.5 个百分点").ambiguousClause == nil)
    }

    @Test func aMeasuredFigureBeatsAnEstimate() {
        let reading = Self.read("已扶持 20 家，预计年底达到 27 家", target: "≥ 25 家")
        #expect(reading.actual.values.first??.summary == "20 家")
        #expect(reading.actual.values.first??.hedge == nil)
        let estimate = Self.read("约 300 家", target: "≥ 200 家")
        #expect(estimate.actual.values.first??.hedge == "约")
    }

    @Test func absencesReadAsZeroOnlyForWhatIsMeasured() {
        let zero = Self.read("未发生安全事故", target: "0 起", name: "安全事故", category: .quality)
        #expect(zero.actual.values.first??.quantity == Quantity(0, MeasureUnit.named("起")))
        #expect(zero.actual.values.first??.fromWords == true)
        #expect(zero.qualifier == nil)
        #expect(Self.read("无投诉", target: "0 起", name: "安全事故", category: .quality).actual.values == [nil])
        #expect(Self.read("无投诉", target: "≥ 3 起", name: "群众投诉", category: .quality).actual.values == [nil])
    }

    @Test func aQualifierBesidesTheNumberIsKept() {
        let reading = Self.read("100% (部分项目未验收)", target: "100%")
        #expect(reading.actual.values.first??.summary == "100%")
        #expect(reading.qualifier?.clause == "部分项目未验收")
        #expect(Self.read("扶持 24 家", target: "≥ 20 家").qualifier == nil)
    }

    @Test func numbersOfOtherUnitsAreReported() {
        let reading = Self.read("满意度 95%", target: "≥ 20 家")
        #expect(reading.actual.values == [nil])
        #expect(reading.unmatched == ["95%"])
    }

    @Test func emptyAndPlaceholderActuals() {
        #expect(Self.read("", target: "3家").isEmpty)
        #expect(Self.read(" / ", target: "3家").isEmpty)
        #expect(Self.read("——", target: "3家").isEmpty)
        #expect(!Self.read("无", target: "3家").isEmpty)
    }

    @Test func deadlineActualsReadTheirLastDate() {
        let reading = Self.read("2022年11月开始，2023年3月完成", target: "2023 年上半年", category: .timeliness)
        #expect(reading.actual.date?.text == "2023年3月")
        #expect(reading.actual.completion == .achieved)
    }
}
