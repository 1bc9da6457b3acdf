import Foundation
import Testing
@testable import JixiaoCore

/// Numbers written in Chinese numerals, read as digits where they are numbers (issue 11, rule 1).
@Suite("Chinese numerals")
struct ChineseNumeralsTests {
    @Test(arguments: [("八", 8), ("十", 10), ("十七", 17), ("二十", 20), ("两百", 200), ("一百零五", 105), ("一千二百", 1200),
                      ("一千零五", 1005), ("一万五千", 15_000), ("十万", 100_000), ("三亿五千万", 350_000_000), ("零", 0), ("〇", 0)])
    func valuesOfWellFormedRuns(run: String, value: Int) {
        #expect(ChineseNumerals.value(Substring(run)) == Decimal(value))
    }

    /// Found in the code review: digits with 〇 read one by one (years, 一〇〇%), and speech's shortened forms.
    @Test(arguments: [("二〇二〇", 2020), ("一〇〇", 100), ("二〇二三", 2023), ("一千二", 1200), ("两千五", 2500), ("一万二", 12_000),
                      ("三百五", 350), ("一千零二十", 1020), ("一万零二", 10_002), ("十二", 12)])
    func digitsWithZeroAndShortenedForms(run: String, value: Int) {
        #expect(ChineseNumerals.value(Substring(run)) == Decimal(value))
    }

    @Test func runsThatAreNotNumbers() {
        #expect(ChineseNumerals.value("万") == nil)
        #expect(ChineseNumerals.value("一二") == nil)
        #expect(ChineseNumerals.value("亿万") == nil)
    }

    /// Targets and actuals as tables write them: 举办七场 is from the 2023 report of the seeds
    /// (`举办七场企业家培训沙龙活动`); the others are the shapes county tables print.
    @Test(arguments: [("不少于八个", "不少于8个"), ("五场以上", "5场以上"), ("百分之八十五", "85%"), ("两所", "2所"),
                      ("一千二百人次", "1200人次"), ("十七家", "17家"), ("举办七场企业家培训沙龙活动", "举办7场企业家培训沙龙活动"),
                      ("新增一个", "新增1个"), ("达到百分之九十五以上", "达到95%以上"), ("一所学校", "1所学校")])
    func numbersInPlaceAreRewritten(text: String, rewritten: String) {
        #expect(ChineseNumerals.rewrite(text) == rewritten)
    }

    /// Numerals that are words keep their sense: the names in 红河州数据发展中心's 2024 report
    /// (一中心一平台六大库N应用), ordinals, and idioms.
    @Test(arguments: ["一中心一平台六大库N应用经费", "第一季度", "统一标准", "进一步完善", "一是加强管理", "带动一批企业", "一般性支出",
                      "一带一路", "唯一", "新春暖企惠企十条", "三级指标", "二级项目", "百分点"])
    func wordsAreLeftAlone(text: String) {
        #expect(ChineseNumerals.rewrite(text) == text)
    }

    /// Found in review: digits with a multiplier, decimals after 点, 大写 numerals, lone 十 with a count, and a
    /// final 万 kept as the word the units read (so 万元 stays 万元).
    @Test(arguments: [("不少于3千户", "不少于3000户"), ("2.6千人次", "2600人次"), ("8千万元", "8000万元"),
                      ("百分之五点八", "5.8%"), ("不少于十二点五公里", "不少于12.5公里"), ("百分之九十七点五", "97.5%"),
                      ("两千五百万元", "2500万元"), ("一百二十万元", "120万元"), ("专项检查十次", "专项检查10次"),
                      ("伍家", "5家"), ("壹佰个", "100个"), ("七期", "7期"), ("3千米", "3千米"), ("开展一次", "开展1次"),
                      ("十多家", "10多家")])
    func multipliersDecimalsAndCapitals(text: String, rewritten: String) {
        #expect(ChineseNumerals.rewrite(text) == rewritten)
    }

    @Test(arguments: ["支持一批重点项目", "一次性补助", "十分重要", "队伍建设", "两点", "2个百分点", "100百分比", "惠及千家万户",
                      "牢固树立四个意识", "推行一网通办"])
    func moreWordsAreLeftAlone(text: String) {
        #expect(ChineseNumerals.rewrite(text) == text)
    }

    @Test func aTargetInChineseNumeralsIsQuantitative() {
        let unmet = IndicatorJudge.judge(name: "培训场次", category: .quantity, target: "不少于八场", actual: "举办七场")
        #expect(unmet.status == .unmet)
        #expect(unmet.ratio.map { DecimalText.rounded($0, places: 4) } == Decimal(string: "0.875"))
        let met = IndicatorJudge.judge(name: "帮扶学校", category: .quantity, target: "≥2所", actual: "两所")
        #expect(met.status == .met)
        let share = IndicatorJudge.judge(name: "满意度", category: .satisfaction, target: "百分之九十以上", actual: "百分之八十五")
        #expect(share.status != .met)
    }
}
