import Testing
import CNCursesW
import JixiaoUI
@testable import JixiaoTerminal

@Suite struct KeyDecoderTests {
    @Test func keys() {
        #expect(KeyDecoder.decode(status: ERR, code: 0) == nil)
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_UP)) == .up)
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_NPAGE)) == .pageDown)
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_PPAGE)) == .pageUp)
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_BTAB)) == .backTab)
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_RESIZE)) == .resize)
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_F0 + 5)) == .function(5))
        #expect(KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(KEY_BACKSPACE)) == .backspace)
        #expect(KeyDecoder.decode(status: OK, code: 127) == .backspace)
        #expect(KeyDecoder.decode(status: OK, code: 8) == .backspace)
        #expect(KeyDecoder.decode(status: OK, code: 13) == .enter)
        #expect(KeyDecoder.decode(status: OK, code: 10) == .enter)
        #expect(KeyDecoder.decode(status: OK, code: 9) == .tab)
        #expect(KeyDecoder.decode(status: OK, code: 27) == .escape)
        #expect(KeyDecoder.decode(status: OK, code: 12) == .ctrl("l"))
        #expect(KeyDecoder.decode(status: OK, code: 3) == .ctrl("c"))
        #expect(KeyDecoder.decode(status: OK, code: 0x9884) == .char("预"))
        #expect(KeyDecoder.decode(status: OK, code: 0xD800) == .unknown)
        #expect(KeyDecoder.decode(status: OK, code: 0) == .unknown)
    }
}

@Suite struct GlyphTests {
    @Test func glyphs() {
        LocaleSetup.selectUTF8()
        #expect(Glyph("a").characters == [97, 0])
        #expect(Glyph("预", width: 2).characters == [0x9884, 0])
        #expect(Glyph("e\u{301}").characters == [0x65, 0x301, 0])
        #expect(Glyph("①", width: 2, policy: .ambiguousWide).isReplacement == false)
        #expect(Glyph("a", width: 2).isReplacement)
        #expect(Glyph("👨‍👩‍👧", width: 2).characters == [0x1F468, 0])
    }
}

@Suite struct PaletteTests {
    @Test func monochrome() {
        var palette = Palette.monochrome
        #expect(!palette.isColored)
        #expect(palette.attributes(for: .selected) == (jx_a_reverse(), 0))
        #expect(palette.attributes(for: Style(.bad)) == (jx_a_bold(), 0))
        #expect(palette.attributes(for: Style(.good)) == (jx_a_normal(), 0))
        #expect(palette.attributes(for: .dim) == (jx_a_dim(), 0))
        #expect(palette.attributes(for: .header) == (jx_a_bold(), 0))
    }
    @Test func locale() {
        #expect(LocaleSetup.selectUTF8().uppercased().contains("UTF"))
    }
}
