import Foundation
import Testing
@testable import JixiaoImport

@Suite("Labels, targets in pieces and amounts as forms print them")
struct LabelTextTests {
    @Test(arguments: [("绩 效 指 标", "绩效指标"), ("年度\n指标值", "年度指标值"), ("项目资金（万元）", "项目资金(万元)"),
                      ("年度资金总额:", "年度资金总额"), ("*实际完成值", "实际完成值"), ("年度指标值（A）", "年度指标值"),
                      ("产出指标(50分)", "产出指标(50分)"), ("实施单位：", "实施单位")])
    func keys(_ text: String, _ key: String) {
        #expect(LabelText.key(text) == key)
    }

    @Test func weightsInsideLabels() {
        #expect(LabelText.splitWeight("产出指标(50分)") == ("产出指标", 50))
        #expect(LabelText.splitWeight("效益指标（30分）") == ("效益指标", 30))
        #expect(LabelText.splitWeight("预算执行情况(10分)") == ("预算执行情况", 10))
        #expect(LabelText.splitWeight("产出指标22.5分") == ("产出指标", Decimal("22.5")))
        #expect(LabelText.splitWeight("满意度指标") == ("满意度指标", nil))
        #expect(LabelText.splitWeight("得分").weight == nil)
    }

    @Test(arguments: ["—", "/", "-", "……", "…", "", " "]) func placeholders(_ text: String) {
        #expect(LabelText.isPlaceholder(text))
    }

    @Test func ofWhich() {
        #expect(LabelText.withoutOfWhich("其中:当年财政拨款") == ("当年财政拨款", true))
        #expect(LabelText.withoutOfWhich("上年结转资金") == ("上年结转资金", false))
    }

    @Test(arguments: [
        ("≤", "30", "万元", "≤30万元"), ("定性", "优良中低差", "", "优良中低差"), ("定量", "100", "%", "100%"),
        ("﹦", "100", "%", "﹦100%"), (">=", "95", "%", ">=95%"), ("正向", "90", "%", "≥90%"), ("反向", "5", "%", "≤5%"),
        ("", "≥50", "个", "≥50个"), ("≥", "28.8万元", "万元", "≥28.8万元"), ("≤", "10", "/", "≤10"),
    ])
    func targetsJoined(_ nature: String, _ value: String, _ unit: String, _ joined: String) {
        #expect(TargetText.join(nature: nature, value: value, unit: unit) == (joined, false))
    }

    @Test func anUnknownNatureIsSaid() {
        #expect(TargetText.join(nature: "约束性", value: "10", unit: "个") == ("10个", true))
    }

    @Test func amountsAsPrinted() {
        #expect(AmountText.parse("1,234,567.00") == Decimal("1234567"))
        #expect(AmountText.parse("89.974") == Decimal("89.974"))
        #expect(AmountText.parse("90万元") == 90)
        #expect(AmountText.parse("１２３") == 123)
        #expect(AmountText.parse("-3.5") == Decimal("-3.5"))
        #expect(AmountText.parse("12,34") == nil)
        #expect(AmountText.parse("约90") == nil)
        #expect(AmountText.parse(String(repeating: "9", count: 40)) == nil)
        #expect(AmountText.read(GridCell(text: "—")) == .placeholder)
        #expect(AmountText.read(nil) == .blank)
        #expect(AmountText.read(GridCell(text: "无")) == .text("无"))
    }

    @Test func headerRolesExactAndLoose() {
        #expect(ColumnRole.match("年度\n指标值", among: ColumnRole.indicatorRoles)! == (.target, false))
        #expect(ColumnRole.match("分值(20)", among: ColumnRole.indicatorRoles)! == (.weight, true))
        #expect(ColumnRole.match("computesign", among: ColumnRole.indicatorRoles)! == (.nature, false))
        #expect(ColumnRole.match("项目资金(万元)", among: [.project]) == nil)
        #expect(ColumnRole.match("备注", among: ColumnRole.indicatorRoles) == nil)
    }
}
