import Foundation
import Testing
@testable import JixiaoCore

@Suite("TargetReader")
struct TargetReaderTests {
    static func read(_ text: String, name: String = "指标", category: Category? = .quantity) -> ParsedTarget {
        TargetReader.read(text, name: IndicatorName(name), category: category)
    }

    static let kinds: [(String, Category?, TargetKind, String)] = [
        ("≥20 家", .quantity, .positive, "≥ 20 家"),
        ("3家", .quantity, .positive, "3 家"),
        ("达到 90%", .quantity, .positive, "≥ 90%"),
        ("≤ 5 天", .timeliness, .reverse, "≤ 5 天"),
        ("500 万元", .cost, .reverse, "500 万元"),
        ("= 0 起", .quality, .equal, "= 0 起"),
        ("2-3 家", .quantity, .range, "2-3 家"),
        ("2023 年前", .timeliness, .deadline, "2022-12-31 前"),
        ("2023 年上半年", .timeliness, .deadline, "2023-06-30 前"),
        ("有效提升企业效益", .economic, .qualitative, "定性：有效提升企业效益"),
        ("是", .quality, .qualitative, "定性：是"),
        ("新增 10 家，投资 5000 万元", .quantity, .compound, "2 项条件：10 家；5000 万元"),
        ("", .quantity, .empty, "（空）"),
        ("/", .quantity, .empty, "（空）"),
        ("无", .quantity, .empty, "（空）"),
        ("获得奖补的企业2021 年缴纳的税收超过 1000 万元。", .economic, .positive, "> 1000 万元"),
        ("2023年底前完成 5 家", .timeliness, .positive, "5 家"),
        ("≤-2%", .economic, .reverse, "≤ -2%"),
        ("增长率不低于−1%", .economic, .positive, "≥ -1%"),
        ("=－2%", .economic, .equal, "= -2%"),
        ("-3~-1%", .economic, .range, "-3~-1%"),
        ("-2-3%", .economic, .range, "-2~3%"),
        ("2-3 家", .quantity, .range, "2-3 家"),
        ("2023-12-31前", .timeliness, .deadline, "2023-12-31 前"),
    ]

    @Test(arguments: kinds) func kindAndSummary(_ text: String, _ category: Category?, _ kind: TargetKind, _ summary: String) {
        let target = Self.read(text, category: category)
        #expect(target.kind == kind)
        #expect(target.summary == summary)
    }

    @Test func aNumberWithoutComparatorBesideOneWithIsTheSubject() {
        let target = Self.read("获得奖补的 3家企业2020 年缴纳的税收超过 5000 万元")
        #expect(target.kind == .positive)
        #expect(target.subjects == [Quantity(3, MeasureUnit.named("家"))])
        #expect(target.clauses.first?.quantity == Quantity(5000, MeasureUnit.named("万元")))
    }

    @Test func aNumberAlsoInTheNameIsTheSubject() {
        let target = Self.read("扶持 3家企业 新增产值 2 亿元", name: "扶持 3家企业")
        #expect(target.clauses.map(\.summary) == ["2 亿元"])
    }

    @Test func aNameThatRepeatsItsTargetStillHasOne() {
        let target = Self.read("1个", name: "打造 1个平台")
        #expect(target.kind == .positive)
        #expect(target.subjects.isEmpty)
    }

    @Test func bareNumbersTakeTheNamesUnit() {
        let target = Self.read("≥3000", name: "带动工业企业技术改造投资额（万元）")
        #expect(target.summary == "≥ 3000 万元")
    }

    @Test func clausesKeepTheWordsBeforeThem() {
        let target = Self.read("拉动收入增长 10 亿元以上，财政贡献额度增长 1亿元以上")
        #expect(target.clauses.map(\.label) == ["拉动收入增长", "财政贡献额度增长"])
    }

    @Test func yesNoTargets() {
        #expect(Self.read("拉动规上工业发展", name: "是否拉动规上工业发展", category: .social).asksYesNo)
        #expect(Self.read("是", category: .quality).asksYesNo)
    }
}
