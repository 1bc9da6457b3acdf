import CNCursesW
import JixiaoUI

/// The wide characters curses is given for one grapheme, kept in step with the buffer's width.
///
/// curses positions text with glibc's `wcwidth`. When that disagrees with the width the
/// buffer gave the grapheme (an emoji newer than glibc, a broken locale), the grapheme is
/// replaced by one "?" per cell, so nothing after it shifts. The exception is an
/// ambiguous character under ``WidthPolicy/ambiguousWide``: the terminal is expected to
/// draw it wide, so it is sent as it is.
struct Glyph {
    /// The spacing character, its combining characters, and a terminating zero, for `setcchar`.
    let characters: [wchar_t]
    /// Whether the grapheme was replaced by "?".
    let isReplacement: Bool

    /// The characters for `grapheme`, which the buffer measured as `width` cells under `policy`.
    init(_ grapheme: Character, width: Int = 1, policy: WidthPolicy = .standard) {
        let scalars = Array(grapheme.unicodeScalars)
        let cursesWidth = Int(wcwidth(wchar_t(scalars[0].value)))
        let ambiguousWide = policy.ambiguousIsWide && width == 2 && cursesWidth == 1
            && CellWidth.standard.width(of: grapheme) == 1
        guard cursesWidth == width || ambiguousWide else {
            characters = [wchar_t(UInt8(ascii: "?")), 0]
            isReplacement = true
            return
        }
        var characters = [wchar_t(scalars[0].value)]
        for scalar in scalars.dropFirst() {
            guard characters.count < Int(CCHARW_MAX), wcwidth(wchar_t(scalar.value)) == 0 else { break }
            characters.append(wchar_t(scalar.value))
        }
        while characters.count > 1, characters.last == 0x200D { characters.removeLast() }
        self.characters = characters + [0]
        isReplacement = false
    }
}
