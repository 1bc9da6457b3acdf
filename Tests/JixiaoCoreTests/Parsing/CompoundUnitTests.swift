import Foundation
import Testing
@testable import JixiaoCore

@Suite("Units: bare multipliers and compound units")
struct CompoundUnitTests {
    @Test func compoundUnitsAreOneUnit() throws {
        let perKilowattHour = try #require(MeasureUnit.named("元/千瓦时"))
        let perTonne = try #require(MeasureUnit.named("元/吨"))
        #expect(perKilowattHour.isCompound)
        #expect(!perKilowattHour.converts(from: perTonne))
        let perPerson = try #require(MeasureUnit.named("万元/人"))
        #expect(perPerson.converts(from: try #require(MeasureUnit.named("元/人"))))
        #expect(!perPerson.converts(from: try #require(MeasureUnit.named("元"))))
    }

    @Test func multiplierPrefix() throws {
        #expect(try #require(MeasureUnit.named("万元")).multiplierPrefix?.symbol == "万")
        #expect(try #require(MeasureUnit.named("亿元")).multiplierPrefix?.symbol == "亿")
        #expect(try #require(MeasureUnit.named("元")).multiplierPrefix == nil)
        #expect(try #require(MeasureUnit.named("百分点")).multiplierPrefix == nil)
        let tenThousandVisits = try #require(MeasureUnit.named("万人次"))
        #expect(tenThousandVisits.value(Decimal(string: "1.5")!, withMultiplier: 10_000) == Decimal(string: "1.5"))
        let visits = try #require(MeasureUnit.named("人次"))
        #expect(visits.value(Decimal(string: "1.2")!, withMultiplier: 10_000) == 12_000)
        #expect(!MeasureUnit.percent.takesMultiplier)
    }

    @Test func workingDaysAreTheirOwnFamily() throws {
        let days = try #require(MeasureUnit.named("天"))
        #expect(!days.converts(from: try #require(MeasureUnit.named("个工作日"))))
        #expect(!days.converts(from: try #require(MeasureUnit.named("个月"))))
        #expect(try #require(MeasureUnit.named("年")).converts(from: try #require(MeasureUnit.named("季度"))))
    }

    @Test func labelStartsInsideParentheses() {
        let scanner = TextScanner("3项（其中1项在建）")
        let labels = scanner.mentions().filter { $0.role == .value }.map { TargetReader.label(of: $0, in: scanner) }
        #expect(labels == ["", "其中"])
    }

    @Test func bareAlreadyIsNoCompletionWord() {
        #expect(CompletionReader.read(TextScanner("资金已全部拨付"))?.word == "已全部拨付")
        #expect(CompletionReader.read(TextScanner("已")) == nil)
    }
}
