import Testing
@testable import JixiaoCore

@Suite("Text printed on a terminal shows controls instead of obeying them")
struct VisibleTextTests {
    @Test func controlsAndBidiOverridesAreEscaped() {
        #expect(VisibleText.escaped("项目\u{1b}]52;c;x\u{07}名") == "项目\\u{1b}]52;c;x\\u{7}名")
        #expect(VisibleText.escaped("a\u{202E}b\u{85}c\u{7f}") == "a\\u{202e}b\\u{85}c\\u{7f}")
        #expect(VisibleText.escaped("line\nnext") == "line\\u{a}next")
        #expect(VisibleText.escaped("line\nnext", keepLineBreaks: true) == "line\nnext")
        #expect(VisibleText.escaped("≥20 家") == "≥20 家")
    }
}
