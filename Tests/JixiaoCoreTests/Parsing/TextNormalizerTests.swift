import Testing
@testable import JixiaoCore

@Suite("TextNormalizer")
struct TextNormalizerTests {
    static let cases: [(String, String)] = [
        ("１２０ 家", "120家"),
        ("≧ ９０％", "≥90%"),
        ("≦5天", "≤5天"),
        ("═ 100%", "=100%"),
        ("（亿元）", "(亿元)"),
        ("1亿\n元", "1亿元"),
        ("2022 年 11 月", "2022年11月"),
        ("10 20", "10 20"),
        ("2～3", "2~3"),
        ("2—3", "2-3"),
        ("〔2021〕", "[2021]"),
        ("a，b；c", "a，b；c"),
        ("\u{200B}5\u{3000}家", "5家"),
        // 棠溪镇 2022 (the 财政部 central form): 委托业务报告合格率 ≥100百分比; a 百分比 without a number stays.
        ("≥100百分比", "≥100%"),
        ("≥ 95 百分比", "≥95%"),
        ("百分比≥95", "百分比≥95"),
        ("", ""),
    ]

    @Test(arguments: cases) func oneSpelling(_ text: String, _ normalized: String) {
        #expect(TextNormalizer.normalizedString(text) == normalized)
    }

    @Test func minusSignsAndDashesBecomeOneFormAndDashesAreMarked() {
        let (scalars, dashes) = TextNormalizer.normalizeMarkingDashes("-1 −2 －3 ﹣4 ‐5 –6 —7 ―8")
        #expect(TextScanner.string(scalars[...]) == "-1-2-3-4-5-6-7-8")
        #expect(dashes == [8, 10, 12, 14])
    }

    /// Terminal control sequences are taken out whole (issue 12): their parameters are no figures.
    @Test(arguments: [
        ("3家\u{1b}[1;1H", "3家 "), ("\u{1b}]52;c;OTk5OQ==\u{7}完成8个", " 完成8个"), ("\u{1b}]0;99\u{1b}\\8个", " 8个"),
        ("\u{9b}2J8个", " 8个"), ("\u{9d}0;77\u{9c}8个", " 8个"), ("\u{1b}c8个", " 8个"), ("8个\u{1b}", "8个"), ("无控制 8 个", "无控制 8 个"),
        // A CSI ends at its first byte outside its ranges, which is kept.
        ("\u{1b}[完成8个", " 完成8个"), ("\u{1b}[12完成", " 完成"),
    ])
    func controlSequencesAreTakenOutWhole(text: String, expected: String) {
        #expect(TextNormalizer.withoutControlSequences(text) == expected)
    }

    @Test func aControlSequenceDoesNotChangeAJudgement() {
        let plain = IndicatorJudge.judge(name: "企业数", category: nil, target: "≥3家", actual: "扶持 1家", year: 2023)
        let hostile = IndicatorJudge.judge(name: "企业数", category: nil, target: "≥3家\u{1b}[1;1H", actual: "扶持 1家\u{1b}]52;c;OTk=\u{7}", year: 2023)
        #expect(hostile.status == plain.status && hostile.ratio == plain.ratio)
    }
}
