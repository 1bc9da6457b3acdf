import Foundation
import Testing
@testable import JixiaoCore

@Suite("IndicatorName")
struct IndicatorNameTests {
    static let units: [(String, String?)] = [
        ("贷款金额（亿元）", "亿元"), ("贷款笔数（笔）", "笔"), ("获得扶持的企业满意度（%）", "%"),
        ("增产增收奖补企业数量（家）", "家"), ("带动投资额(万元)", "万元"), ("投资额（单位：万元）", "万元"),
        ("升规后第一年工业增加值增长超10%（含）的工业企业数量（家）", "家"),
        ("增长超10%（含）", nil), ("促进企业扩大设备更新（是/否）", nil), ("扶持骨干企业数量", nil),
        ("中小企业“上云用云”项目（个）", "个"), ("（", nil), (")", nil),
    ]

    @Test(arguments: units) func theUnitInTheFinalParentheses(_ name: String, _ unit: String?) {
        #expect(IndicatorName(name).unit?.symbol == unit)
    }

    @Test func yesNoQuestions() {
        #expect(IndicatorName("是否拉动规上工业发展").asksYesNo)
        #expect(IndicatorName("促进企业扩大设备更新（是/否）").asksYesNo)
        #expect(!IndicatorName("企业满意度").asksYesNo)
    }

    @Test(arguments: ["人均培训成本", "会议费用", "群众投诉率", "安全事故率", "差错率", "问题发生率"])
    func namesOfCostsAndBadRates(_ name: String) {
        #expect(IndicatorName(name).measuresCost)
    }

    @Test func numbersInTheNameNameTheSubject() {
        let name = IndicatorName("获得奖补的 3家企业对地方财政贡献")
        #expect(name.subjectKeys == [Mention.SubjectKey(value: 3, unit: "家")])
        #expect(IndicatorName("扶持 5G 示范园区").subjectKeys.isEmpty)
    }
}
