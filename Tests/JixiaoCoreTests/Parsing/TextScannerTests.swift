import Foundation
import Testing
@testable import JixiaoCore

@Suite("TextScanner")
struct TextScannerTests {
    /// The mentions of a text as `text:role`, values also with their comparator.
    static func read(_ text: String) -> [String] {
        let scanner = TextScanner(text)
        return scanner.mentions().map { mention in
            let written = scanner.text(of: mention)
            switch mention.role {
            case .value: return written + (mention.comparator == .none ? "" : "[\(mention.comparator.rawValue)]")
            case .date: return written + ":date"
            case .ordinal: return written + ":ordinal"
            case .proportion: return written + ":proportion"
            case .identifier: return written + ":id"
            }
        }
    }

    static let cases: [(String, [String])] = [
        ("≥20 家", ["≥20家[atLeast]"]),
        ("≧ 20家", ["≥20家[atLeast]"]),
        ("＞20家", [">20家[moreThan]"]),
        ("≤5天", ["≤5天[atMost]"]),
        ("≦5天", ["≤5天[atMost]"]),
        ("<3%", ["<3%[lessThan]"]),
        ("═100%", ["=100%[equal]"]),
        ("＝100%", ["=100%[equal]"]),
        ("不少于 330 家", ["不少于330家[atLeast]"]),
        ("不低于10家", ["不低于10家[atLeast]"]),
        ("至少3场", ["至少3场[atLeast]"]),
        ("超过 5000 万元", ["超过5000万元[moreThan]"]),
        ("高于2个百分点", ["高于2个百分点[moreThan]"]),
        ("大于10项", ["大于10项[moreThan]"]),
        ("不超过5000万元", ["不超过5000万元[atMost]"]),
        ("不高于3%", ["不高于3%[atMost]"]),
        ("低于2%", ["低于2%[lessThan]"]),
        ("小于30天", ["小于30天[lessThan]"]),
        ("90%以上", ["90%以上[atLeast]"]),
        ("200 家以上", ["200家以上[atLeast]"]),
        ("5000万元以内", ["5000万元以内[atMost]"]),
        ("10个工作日以下", ["10个工作日以下[atMost]"]),
        ("90%（含）以上", ["90%(含)以上[atLeast]"]),
        ("30天内完成", ["30天内[atMost]"]),
        ("5家内资企业", ["5家"]),
        ("2-3 家", ["2-3家"]),
        ("2～3家", ["2~3家"]),
        ("2至3家", ["2至3家"]),
        ("80%-90%", ["80%-90%"]),
        ("2,000万元", ["2,000万元"]),
        ("1,000.50元", ["1,000.50元"]),
        ("１２０ 家", ["120家"]),
        ("2.8 亿元", ["2.8亿元"]),
        ("1.2万", ["1.2万"]),
        ("500 人次", ["500人次"]),
        ("1.5万人次", ["1.5万人次"]),
        ("7.2 个百分点", ["7.2个百分点"]),
        ("2021 年我市新增 468家", ["2021年:date", "468家"]),
        ("2020 年及 2021年每年", ["2020年:date", "2021年:date"]),
        ("2022 年 11 月", ["2022年11月:date"]),
        ("2023-12-31前", ["2023-12-31前:date"]),
        ("12 月底前", ["12月底前:date"]),
        ("1年", ["1年"]),
        ("3个月", ["3个月"]),
        ("1：1比例", ["1:1:proportion"]),
        ("100%（30/30）", ["100%", "30/30:proportion"]),
        ("5G 示范园区 2个", ["5G:id", "2个"]),
        ("江工信发〔2019〕150号", ["2019]:id", "150号:id"]),
        ("第3批20家", ["3批:ordinal", "20家"]),
        ("1. 扶持 24 家", ["1.:ordinal", "24家"]),
        ("（2）扶持 24 家", ["2):ordinal", "24家"]),
        ("版本 1.2.3", ["1.2", "3:id"]),
        ("10 20", ["10", "20"]),
        (String(repeating: "9", count: 40), [String(repeating: "9", count: 40) + ":id"]),
    ]

    @Test(arguments: cases) func readsNumbersWithWhatSurroundsThem(_ text: String, _ expected: [String]) {
        #expect(Self.read(text) == expected)
    }

    @Test func valuesAndUnitsAreDecimal() throws {
        let mentions = TextScanner("拉动设备投资额 2.8 亿元，2,000 万元，1.2万").mentions()
        #expect(mentions.map(\.value) == [Decimal(string: "2.8"), 2000, Decimal(string: "1.2")].compactMap { $0 })
        #expect(mentions.map { $0.unit?.symbol } == ["亿元", "万元", "万"])
        #expect(mentions[0].quantity(inheriting: nil).baseValue == 280_000_000)
        #expect(mentions[2].quantity(inheriting: MeasureUnit.named("人")).summary == "12000 人")
    }

    @Test func clausesSplitAtSeparatorsOutsideParentheses() {
        let mentions = TextScanner("增长 10 亿元以上，贡献（含市、区）1亿元；超过 2000 万元。").mentions()
        #expect(mentions.map(\.clause) == [0, 1, 2])
    }

    @Test func rangesKeepBothBounds() throws {
        let mention = try #require(TextScanner("6-8家").mentions().first)
        #expect(mention.value == 6)
        #expect(mention.upper == 8)
        #expect(mention.unit?.symbol == "家")
    }

    @Test func aDescendingPairIsNotARange() {
        #expect(Self.read("10-5家") == ["10", "5家"])
    }

    /// Past 18 digits a number is a code, unless a comparator before it or a unit after it makes it a
    /// quantity; then it is held exactly (to 38 digits).
    @Test(arguments: [
        ("≥10000000000000000000家", ["≥10000000000000000000家[atLeast]"], Decimal(string: "10000000000000000000")!),
        ("完成 123456789012345678901.5 万元", ["123456789012345678901.5万元"], Decimal(string: "123456789012345678901.5")!),
        ("项目编码 4407002023000123456789", ["4407002023000123456789:id"], nil),
        ("≥" + String(repeating: "9", count: 39) + "家", [String(repeating: "9", count: 39) + ":id"], nil),
    ] as [(String, [String], Decimal?)])
    func longNumbers(text: String, expected: [String], value: Decimal?) {
        #expect(Self.read(text) == expected)
        if let value { #expect(TextScanner(text).mentions().first?.value == value) }
    }

    /// A minus sign (`-` `−` `－` `﹣`) before a value, not after a digit, a Latin letter or another
    /// number, makes it negative; elsewhere a `-` joins a range, a date or an identifier.
    static let signs: [(String, [String], [Decimal])] = [
        ("-3%", ["-3%"], [-3]),
        ("−3%", ["-3%"], [-3]),
        ("－3%", ["-3%"], [-3]),
        ("﹣3%", ["-3%"], [-3]),
        ("同比增长 -2.5%", ["-2.5%"], [Decimal(string: "-2.5")!]),
        ("≤-2%", ["≤-2%[atMost]"], [-2]),
        ("≤ −2%", ["≤-2%[atMost]"], [-2]),
        ("不低于－1.5个百分点", ["不低于-1.5个百分点[atLeast]"], [Decimal(string: "-1.5")!]),
        ("-5家", ["-5家"], [-5]),
        ("(-3)", ["-3"], [-3]),
        ("增长 5%，利润 -200 万元", ["5%", "-200万元"], [5, -200]),
        ("-3~-1%", ["-3~-1%"], [-3]),
        ("-3至-1%", ["-3至-1%"], [-3]),
        ("-0", ["-0"], [0]),
        // Not a minus sign: a range, a date, an identifier, a dash.
        ("2-3 家", ["2-3家"], [2]),
        ("2 - 3 家", ["2-3家"], [2]),
        ("2−3家", ["2-3家"], [2]),
        ("5%-8%", ["5%-8%"], [5]),
        ("10-5家", ["10", "5家"], [10, 5]),
        ("8%-5%", ["8%", "5%"], [8, 5]),
        ("2023-12-31", ["2023-12-31:date"], [2023]),
        ("2023-12-31前完成", ["2023-12-31前:date"], [2023]),
        ("−2023年", ["2023年:date"], [2023]),
        ("GB-5", ["5:id"], [5]),
        ("GB－5 标准，24 家", ["5:id", "24家"], [5, 24]),
        ("COVID-19", ["19:id"], [19]),
        ("增长—3%", ["3%"], [3]),
        ("增长–3%", ["3%"], [3]),
    ]

    @Test(arguments: signs) func aMinusSignBeforeAValueMakesItNegative(_ text: String, _ expected: [String], _ values: [Decimal]) {
        #expect(Self.read(text) == expected)
        #expect(TextScanner(text).mentions().map(\.value) == values)
    }

    @Test func aNegativeRangeKeepsBothSigns() throws {
        let mention = try #require(TextScanner("-3~-1%").mentions().first)
        #expect(mention.value == -3)
        #expect(mention.upper == -1)
        #expect(TextScanner("-2-3%").mentions().first?.upper == 3)
    }

    @Test func aDeclineWordBeforeAMinusSignIsKept() throws {
        let mention = try #require(TextScanner("同比下降-2%").mentions().first)
        #expect(mention.value == -2)
        #expect(mention.falls)
    }

    /// The hedge of each value or date mention of a text ("-" for none).
    static let hedges: [(String, [String])] = [
        ("约 300 家", ["约"]), ("约为95%", ["约"]), ("大约有 300 家", ["大约"]), ("近300家", ["近"]), ("将近300家", ["将近"]),
        ("接近 300 家", ["接近"]), ("95%左右", ["左右"]), ("300家上下", ["上下"]), ("估计扶持 300 家", ["估计"]),
        ("预计全年扶持 300 家，培训 500 人次", ["预计", "预计"]), ("下降约 2%", ["约"]), ("预计2023年6月完成", ["预计"]),
        ("2023年5月左右", ["左右"]),
        ("已扶持 20 家，预计年底 27 家", ["-", "预计"]), ("扶持 20 家。预计明年 30 家", ["-", "预计"]),
        ("300余家", ["-"]), ("300多家", ["-"]), ("带动 300 家上下游企业", ["-"]), ("节约300万元", ["-"]), ("预约300人次", ["-"]),
        ("最近3个月", ["-"]), ("附近300米", ["-"]), ("近3年累计扶持 24 家", ["-", "-"]), ("完成预计目标 300 家", ["-"]),
        ("300 家", ["-"]),
    ]

    @Test(arguments: hedges) func estimatesAreMarked(_ text: String, _ expected: [String]) {
        let mentions = TextScanner(text).mentions().filter { $0.role == .value || $0.role == .date }
        #expect(mentions.map { $0.hedge ?? "-" } == expected)
    }
}
