import Testing
@testable import JixiaoCore

@Suite("DegreeReader")
struct DegreeReaderTests {
    static let strong: [(String, String?)] = [
        ("显著提升企业效益", "显著"), ("有效促进", "有效"), ("明显改善", "明显"), ("大幅提升", "大幅"), ("全面推进", "全面"),
        ("提升企业效益", nil), ("确保质量无明显下降", nil), ("持续促进", nil),
    ]

    @Test(arguments: strong) func strongDegrees(_ text: String, _ word: String?) {
        #expect(DegreeReader.strong(in: TextScanner(text)) == word)
    }

    static let weak: [(String, String?)] = [
        ("企业效益有所提升", "有所"), ("取得一定成效", "一定"), ("初步显现", "初步"), ("稍有提升", "稍有"), ("略有提升", "略有"),
        ("部分推进", "部分"), ("逐步推进", "逐步"), ("大部分已推进", nil), ("显著提升", nil), ("是", nil),
    ]

    @Test(arguments: weak) func weakDegrees(_ text: String, _ word: String?) {
        #expect(DegreeReader.weak(in: TextScanner(text)) == word)
    }

    @Test func forecastsAreFound() {
        #expect(DegreeReader.forecast(in: TextScanner("预计可有效促进")) == "预计")
        #expect(DegreeReader.forecast(in: TextScanner("估计带动就业")) == "估计")
        #expect(DegreeReader.forecast(in: TextScanner("达到预计效果")) == nil)
        #expect(DegreeReader.forecast(in: TextScanner("有效促进")) == nil)
    }
}
