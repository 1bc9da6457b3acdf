import Testing
@testable import JixiaoUI

/// Display widths of single graphemes and whole strings, under both width policies.
@Suite("CellWidth")
struct CellWidthTests {
    let standard = CellWidth(policy: .standard)
    let wide = CellWidth(policy: .ambiguousWide)

    @Test("ASCII takes one cell per character")
    func ascii() {
        #expect(standard.width(of: "budget 100%") == 11)
        #expect(standard.width(of: "") == 0)
    }

    @Test("Control characters take no cells")
    func controls() {
        #expect(standard.width(of: "\t") == 0)
        #expect(standard.width(of: "a\nb") == 2)
        #expect(standard.width(of: "\u{7F}") == 0)
        #expect(standard.width(of: "\u{85}") == 0)
    }

    @Test("CJK ideographs, kana and Hangul take two cells", arguments: [
        "预", "算", "绩", "效", "𠀀", "あ", "カ", "한", "\u{1100}\u{1161}",
    ])
    func cjk(_ text: String) {
        #expect(standard.width(of: text) == 2)
    }

    @Test("Chinese text with ASCII")
    func mixed() {
        #expect(standard.width(of: "预算执行率 98.5%") == 16)
        #expect(standard.width(of: "万元") == 4)
    }

    @Test("Fullwidth forms and CJK punctuation take two cells", arguments: [
        "１", "９", "％", "，", "：", "（", "）", "￥",
        "、", "。", "《", "》", "【", "】", "\u{3000}",
    ])
    func fullwidth(_ text: String) {
        #expect(standard.width(of: text) == 2)
        #expect(wide.width(of: text) == 2)
    }

    @Test("Combining marks and zero-width characters add nothing")
    func combining() {
        #expect(standard.width(of: "e\u{301}") == 1)
        #expect(standard.width(of: "\u{301}") == 0)
        #expect(standard.width(of: "a\u{200B}b") == 2)
        #expect(standard.width(of: "中\u{20DD}") == 2)
        #expect(standard.width(of: "\u{FEFF}") == 0)
    }

    @Test("Emoji with emoji presentation take two cells", arguments: [
        "😀", "👍", "👍🏽", "👨‍👩‍👧", "✅", "❌", "⭐", "❤️", "🇨🇳", "1️⃣",
    ])
    func emoji(_ text: String) {
        #expect(standard.width(of: text) == 2)
    }

    @Test("Text-presentation symbols take one cell", arguments: ["❤", "✓", "→", "■"])
    func textSymbols(_ text: String) {
        #expect(standard.width(of: text) == 1)
    }

    @Test("Ambiguous characters take one cell, or two under ambiguousWide", arguments: [
        "“", "”", "‘", "’", "…", "·", "—", "①", "②", "○",
        "●", "▲", "▼", "≥", "≤", "※", "×", "÷", "°",
    ])
    func ambiguous(_ text: String) {
        #expect(standard.width(of: text) == 1)
        #expect(wide.width(of: text) == 2)
    }

    @Test("The policy changes only ambiguous characters")
    func policyScope() {
        let text = "目标值≥95%“达标”"
        #expect(standard.width(of: text) == 6 + 1 + 3 + 1 + 4 + 1)
        #expect(wide.width(of: text) == 6 + 2 + 3 + 2 + 4 + 2)
    }
}
