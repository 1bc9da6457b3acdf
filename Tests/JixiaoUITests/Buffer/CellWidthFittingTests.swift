import Testing
@testable import JixiaoUI

/// Truncating and padding in cells never splits a wide character.
@Suite("CellWidth fitting")
struct CellWidthFittingTests {
    let cells = CellWidth.standard

    static let samples = [
        "绩效自评报告", "abc中文def", "a中b文c", "预算 100%", "“项目”…完成",
        "全国１２３", "e\u{301}中e\u{301}", "ok", "", "😀x😀",
    ]

    @Test("Truncation stays within the width and keeps wide characters whole",
          arguments: samples, 1...9)
    func truncateNeverSplits(text: String, width: Int) {
        let result = cells.truncate(text, toWidth: width)
        let total = cells.width(of: text)
        if total <= width {
            #expect(result == text)
        } else {
            #expect(cells.width(of: result) == width)
            var kept = result
            if kept.hasSuffix(" ") { kept.removeLast() }
            #expect(kept.hasSuffix("…"))
            kept.removeLast()
            #expect(text.hasPrefix(kept))
        }
    }

    @Test("Fitting gives exactly the width for every alignment",
          arguments: samples, [Alignment.left, .right, .center])
    func fitIsExact(text: String, alignment: Alignment) {
        for width in 0...12 {
            #expect(cells.width(of: cells.fit(text, toWidth: width, alignment: alignment)) == width)
        }
    }

    @Test("A cut before a wide character leaves a space after the ellipsis")
    func spaceBeforeWide() {
        #expect(cells.truncate("绩效自评报告", toWidth: 6) == "绩效… ")
        #expect(cells.truncate("绩效自评报告", toWidth: 5) == "绩效…")
        #expect(cells.truncate("ab中文", toWidth: 4) == "ab… ")
        #expect(cells.truncate("中文", toWidth: 1) == "…")
    }

    @Test("Text that fits comes back unchanged")
    func fits() {
        #expect(cells.truncate("中文", toWidth: 4) == "中文")
        #expect(cells.truncate("中文", toWidth: 9) == "中文")
    }

    @Test("A zero or negative width gives nothing")
    func zeroWidth() {
        #expect(cells.truncate("中文", toWidth: 0) == "")
        #expect(cells.truncate("abc", toWidth: -3) == "")
        #expect(cells.fit("abc", toWidth: 0) == "")
    }

    @Test("A wide ellipsis that does not fit is left out")
    func wideEllipsis() {
        let wide = CellWidth(policy: .ambiguousWide)
        #expect(wide.truncate("abcdef", toWidth: 4) == "ab…")
        #expect(wide.truncate("abcdef", toWidth: 1) == "a")
        #expect(wide.truncate("中文", toWidth: 1) == " ")
    }

    @Test("Padding counts cells, not characters")
    func padding() {
        #expect(cells.pad("中文", toWidth: 6) == "中文  ")
        #expect(cells.pad("中文", toWidth: 6, alignment: .right) == "  中文")
        #expect(cells.pad("中", toWidth: 5, alignment: .center) == " 中  ")
        #expect(cells.pad("中文", toWidth: 3) == "中文")
    }

    @Test("Clipping without an ellipsis pads where a wide character would split")
    func clipping() {
        #expect(cells.clip("a中文", toWidth: 4) == "a中 ")
        #expect(cells.clip("a中文", toWidth: 2) == "a ")
    }
}
