import Foundation
import Testing
@testable import JixiaoCore

@Suite("MeasureUnit")
struct MeasureUnitTests {
    static let units: [(String, MeasureUnit.Dimension, String, Decimal)] = [
        ("家", .count, "count", 1), ("个", .count, "count", 1), ("笔", .count, "count", 1), ("名", .count, "count", 1),
        ("人次", .count, "personTime", 1), ("万人次", .count, "personTime", 10_000),
        ("元", .money, "money", 1), ("万元", .money, "money", 10_000), ("亿元", .money, "money", 100_000_000),
        ("%", .percent, "percent", 1), ("％", .percent, "percent", 1),
        ("个百分点", .percentagePoint, "percentagePoint", 1), ("百分点", .percentagePoint, "percentagePoint", 1),
        ("亩", .area, "mu", 1), ("万亩", .area, "mu", 10_000),
        ("米", .length, "metre", 1), ("公里", .length, "metre", 1000), ("千米", .length, "metre", 1000),
        ("天", .duration, "day", 1), ("年", .duration, "month", 12), ("个月", .duration, "month", 1),
    ]

    @Test(arguments: units) func namedUnits(_ symbol: String, _ dimension: MeasureUnit.Dimension, _ family: String, _ factor: Decimal) throws {
        let unit = try #require(MeasureUnit.named(symbol))
        #expect(unit.dimension == dimension)
        #expect(unit.family == family)
        #expect(unit.factor == factor)
    }

    @Test(arguments: ["含", "是/否", "", "企业", "万%"]) func wordsThatAreNoUnit(_ text: String) {
        #expect(MeasureUnit.named(text) == nil)
    }

    @Test func ranksPreferTheSameUnitThenOneThatConverts() throws {
        let wan = try #require(MeasureUnit.named("万元"))
        let yi = try #require(MeasureUnit.named("亿元"))
        let jia = try #require(MeasureUnit.named("家"))
        let renci = try #require(MeasureUnit.named("人次"))
        #expect(ActualReader.rank(wan, against: wan) == 0)
        #expect(ActualReader.rank(yi, against: wan) == 1)
        #expect(ActualReader.rank(renci, against: jia) == 2)
        #expect(ActualReader.rank(.percent, against: jia) == nil)
        #expect(ActualReader.rank(.percent, against: .percentagePoint) == 1)
        #expect(ActualReader.rank(.percentagePoint, against: .percent) == nil)
    }

    @Test func quantitiesConvertWithinAFamily() throws {
        let quantity = Quantity(5000, MeasureUnit.named("万元"))
        #expect(quantity.converted(to: MeasureUnit.named("亿元")).summary == "0.5 亿元")
        #expect(Quantity(90, .percent).summary == "90%")
        #expect(Quantity(13).summary == "13")
    }

    /// Found in review of issue 11: 1100 户 is not 1100 人, nor 210 间 210 户; a general classifier (个) or a word
    /// for the same thing (人/名, 次/场) still compares.
    @Test func measureWordsOfDifferentThingsDoNotConvert() throws {
        func unit(_ s: String) throws -> MeasureUnit { try #require(MeasureUnit.named(s)) }
        #expect(try !unit("人").converts(from: unit("户")))
        #expect(try !unit("户").converts(from: unit("间")))
        #expect(try unit("批").converts(from: unit("个")))
        #expect(try unit("家").converts(from: unit("个")))
        #expect(try unit("人").converts(from: unit("名")))
        #expect(try unit("场").converts(from: unit("次")))
        let judgement = IndicatorJudge.judge(name: "受益人数", category: .quantity, target: "≥3000人", actual: "1100户")
        #expect(judgement.status == .review)
    }
}
