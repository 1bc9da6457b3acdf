import Testing
@testable import JixiaoImport

/// Splitting a table row's words into name, target and actual, and its wrapped lines into cells.
@Suite("Wrapped cells")
struct WrappedCellsTests {
    func split(_ line: String, _ parts: Int = 3) -> [String] { WrappedCells.split(line.tokens, parts: parts).cells }

    @Test func aTargetWithASpaceInsideStaysWhole() {
        #expect(split("扶持工业企业数量 ≥20 家 扶持工业企业数量 27 家") == ["扶持工业企业数量", "≥20 家", "扶持工业企业数量 27 家"])
        #expect(split("新增认定总部企业 2-3 家 新增认定总部企业 4家") == ["新增认定总部企业", "2-3 家", "新增认定总部企业 4家"])
        #expect(split("奖励企业数量 不少于 330 家 奖励企业数量 366 家") == ["奖励企业数量", "不少于 330 家", "奖励企业数量 366 家"])
        #expect(split("用款时间 2023 年前 用款时间 2022 年 11 月") == ["用款时间", "2023 年前", "用款时间 2022 年 11 月"])
        #expect(split("推动企业开展技术改造 200 家以上 推动 510 家企业开展技术改造") == ["推动企业开展技术改造", "200 家以上", "推动 510 家企业开展技术改造"])
    }

    @Test func aNameWithANumberInsideIsToldByTheActualRepeatingIt() {
        #expect(split("扶持 5G 应用示范项目 3个 扶持 5G 应用示范项目 1个") == ["扶持 5G 应用示范项目", "3个", "扶持 5G 应用示范项目 1个"])
        #expect(split("拉动设备投资额 ≥2亿元 拉动设备投资额 2.8 亿元") == ["拉动设备投资额", "≥2亿元", "拉动设备投资额 2.8 亿元"])
    }

    @Test func theLeftmostValueIsTheTargetWhenTheActualRewordsTheName() {
        #expect(split("扶持骨干企业数量 3家 扶持 1家骨干企业") == ["扶持骨干企业数量", "3家", "扶持 1家骨干企业"])
        #expect(split("实现主营业务收入倍增企业数量 38 家 推动 47 家企业实现主营业务收入倍增") == ["实现主营业务收入倍增企业数量", "38 家", "推动 47 家企业实现主营业务收入倍增"])
    }

    @Test func wordsWithoutAValueAreSplitAtTheirSpacesAndMarkedUnsure() {
        let r = WrappedCells.split("是否拉动规上工业发展 拉动规上工业发展 拉动规上工业增加值增长 4.5 个百分点".tokens, parts: 3)
        #expect(r.cells == ["是否拉动规上工业发展", "拉动规上工业发展", "拉动规上工业增加值增长 4.5 个百分点"])
        #expect(!r.sure)
    }

    @Test func aNameAndTargetWithTheActualOnTheNextLines() {
        #expect(split("新春新升规工业企业奖励资金覆盖率 ≥60%", 2) == ["新春新升规工业企业奖励资金覆盖率", "≥60%"])
        #expect(split("奖励资金 400 万元", 2) == ["奖励资金", "400 万元"])
    }

    @Test func wrappedLinesGroupIntoCellsByWidth() {
        // A name over two lines, a short target, an actual over two lines (wider than the target).
        let cells = WrappedCells.segments(["升规后第一年和第二年均保持增长奖", "励工业企业数量", "30 家",
                                           "2019 年“小升规”且在 2020 年及 2021", "年每年工业增加值增长均超过 10%工业", "企业 118 家。"])
        #expect(cells.map(WrappedCells.join) == ["升规后第一年和第二年均保持增长奖励工业企业数量", "30 家",
                                                 "2019 年“小升规”且在 2020 年及 2021年每年工业增加值增长均超过 10%工业企业 118 家。"])
        // A sentence's end ends its cell even when the next line is as narrow.
        let two = WrappedCells.segments(["带动一批企业应用工业", "互联网新技术，促进江", "门制造业高质量发展。", "是"])
        #expect(two.count == 2)
    }
}
