import Testing
@testable import JixiaoUI

/// Writing, clipping and reading back a ``ScreenBuffer``.
@Suite("ScreenBuffer")
struct ScreenBufferTests {
    @Test("A new buffer is blank")
    func blank() {
        let buffer = ScreenBuffer(width: 4, height: 2)
        #expect(buffer.lines() == ["", ""])
        #expect(buffer.text == "\n\n")
        #expect(buffer[3, 1] == .blank())
    }

    @Test("Put writes graphemes and returns the cells used")
    func put() {
        var buffer = ScreenBuffer(width: 12, height: 1)
        #expect(buffer.put("预算 ok", x: 1, y: 0) == 7)
        #expect(buffer.lines() == [" 预算 ok"])
        #expect(buffer[1, 0].grapheme == "预")
        #expect(buffer[1, 0].width == 2)
        #expect(buffer[2, 0].isContinuation)
        #expect(buffer[5, 0].grapheme == " ")
    }

    /// Every control by VisibleText's one definition takes no cell: the line and paragraph separators and
    /// the bidi controls too, which have other general categories than control or format.
    @Test("Controls are dropped", arguments: ["\u{2028}", "\u{2029}", "\u{202E}", "\u{2066}", "\u{200F}", "\u{061C}", "\u{85}", "\u{1B}", "\u{7F}"])
    func controlsAreDropped(control: String) {
        var buffer = ScreenBuffer(width: 8, height: 1)
        #expect(buffer.put("a\(control)b", x: 0, y: 0) == 2)
        #expect(buffer.lines() == ["ab"])
    }

    @Test("Put clips at the right edge")
    func clipsAtEdge() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        #expect(buffer.put("abcdefgh", x: 2, y: 0) == 3)
        #expect(buffer.lines() == ["  abc"])
    }

    @Test("A wide character at the last column becomes a space")
    func wideAtLastColumn() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        #expect(buffer.put("ab中文", x: 1, y: 0) == 4)
        #expect(buffer.lines() == [" ab中"])
        buffer.put("中", x: 4, y: 0, style: Style(.bad))
        #expect(buffer[4, 0] == Cell(" ", style: Style(.bad)))
        #expect(buffer.lines() == [" ab"])
    }

    @Test("A wide character straddling maxWidth becomes a space", arguments: 1...7)
    func straddlesMaxWidth(maxWidth: Int) {
        var buffer = ScreenBuffer(width: 10, height: 1)
        buffer.put("xxxxxxxxxx", x: 0, y: 0)
        let used = buffer.put("a中文b", x: 1, y: 0, maxWidth: maxWidth)
        #expect(used == min(maxWidth, 6))
        #expect(buffer.cellWidth.width(of: buffer.lines()[0]) == 10)
        for x in 0..<10 where buffer[x, 0].isContinuation {
            #expect(buffer[x - 1, 0].width == 2)
        }
        #expect(buffer[1 + used, 0].grapheme == "x")
    }

    @Test("Writes outside the buffer are clipped")
    func outside() {
        var buffer = ScreenBuffer(width: 4, height: 2)
        #expect(buffer.put("abc", x: 0, y: 2) == 0)
        #expect(buffer.put("abc", x: 0, y: -1) == 0)
        #expect(buffer.put("中abc", x: -1, y: 0) == 5)
        #expect(buffer.lines() == [" abc", ""])
        #expect(buffer.put("abc", x: 7, y: 1) == 0)
    }

    @Test("Zero-width graphemes are dropped")
    func zeroWidth() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        #expect(buffer.put("a\tb\u{301}c", x: 0, y: 0) == 3)
        #expect(buffer.lines() == ["ab\u{301}c"])
    }

    @Test("Overwriting half of a wide character blanks the other half")
    func overwriteHalf() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.put("中文", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)
        #expect(buffer.lines() == [" x文"])
        buffer.put("y", x: 2, y: 0)
        #expect(buffer.lines() == [" xy"])
        buffer.put("中文", x: 0, y: 0)
        buffer.put("字", x: 1, y: 0)
        #expect(buffer.lines() == [" 字"])
        #expect(!buffer[3, 0].isContinuation)
    }

    @Test("The ambiguous-wide policy lays ambiguous characters out in two cells")
    func ambiguousPolicy() {
        var standard = ScreenBuffer(width: 6, height: 1)
        var wide = ScreenBuffer(width: 6, height: 1, policy: .ambiguousWide)
        #expect(standard.put("①②③", x: 0, y: 0) == 3)
        #expect(wide.put("①②③", x: 0, y: 0) == 6)
        #expect(wide[1, 0].isContinuation)
    }

    @Test("Fill covers a clipped rectangle, wide characters included")
    func fill() {
        var buffer = ScreenBuffer(width: 5, height: 3)
        buffer.fill(Rect(x: 1, y: 1, width: 10, height: 10), style: .selected, with: "#")
        #expect(buffer.lines() == ["", " ####", " ####"])
        #expect(buffer[4, 2].style == .selected)
        buffer.fill(Rect(x: 0, y: 0, width: 5, height: 1), with: "中")
        #expect(buffer.lines()[0] == "中中")
        #expect(buffer[4, 0].grapheme == " ")
        buffer.fill(row: 1, style: .dim)
        #expect(buffer.lines()[1] == "")
        #expect(buffer[0, 1].style == .dim)
    }

    @Test("setStyle keeps the text")
    func setStyle() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.put("预算", x: 0, y: 0)
        buffer.setStyle(.selected, in: Rect(x: 0, y: 0, width: 4, height: 1))
        #expect(buffer.lines() == ["预算"])
        #expect(buffer[2, 0].style == .selected)
    }

    @Test("Lines skip continuations and trim trailing spaces, not leading ones")
    func lines() {
        var buffer = ScreenBuffer(width: 10, height: 3)
        buffer.put("  中文 a  ", x: 0, y: 1)
        #expect(buffer.lines() == ["", "  中文 a", ""])
        #expect(buffer.text == "\n  中文 a\n\n")
    }

    @Test("Diff names the rows that changed, style included")
    func diff() {
        var before = ScreenBuffer(width: 6, height: 4)
        before.put("预算", x: 0, y: 0)
        var after = before
        #expect(after.diff(from: before).isEmpty)
        after.put("x", x: 5, y: 2)
        after.setStyle(.selected, in: Rect(x: 0, y: 0, width: 1, height: 1))
        #expect(after.diff(from: before) == [0, 2])
        #expect(ScreenBuffer(width: 6, height: 3).diff(from: before) == [0, 1, 2])
    }

    @Test("A buffer of one row or no cells does not crash")
    func tiny() {
        var empty = ScreenBuffer(width: 0, height: 0)
        #expect(empty.put("中文", x: 0, y: 0) == 0)
        empty.fill(row: 0)
        #expect(empty.text == "")
        var narrow = ScreenBuffer(width: 1, height: 1)
        #expect(narrow.put("中", x: 0, y: 0) == 1)
        #expect(narrow.lines() == [""])
        #expect(ScreenBuffer(width: -3, height: -1).size == Size(width: 0, height: 0))
    }
}
