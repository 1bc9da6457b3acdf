import JixiaoCore

/// Measures text in terminal cells, one grapheme at a time.
///
/// A grapheme takes 0 cells (control characters, lone combining marks, zero-width
/// format characters), 2 (East Asian Wide and Fullwidth: CJK ideographs, kana,
/// Hangul, fullwidth forms, CJK punctuation, emoji presentation) or 1. Ambiguous
/// characters follow the ``WidthPolicy``. Never measure with `String.count` or bytes.
///
/// ```swift
/// let cells = CellWidth(policy: .standard)
/// cells.width(of: "预算 100%")   // 9
/// ```
public struct CellWidth: Hashable, Sendable {
    /// How ambiguous characters are counted.
    public var policy: WidthPolicy

    /// Creates a measurer for `policy`.
    public init(policy: WidthPolicy = .standard) {
        self.policy = policy
    }

    /// A measurer with the standard policy.
    public static let standard = CellWidth()

    /// The cells `text` takes: the sum over its graphemes.
    public func width(of text: String) -> Int {
        var total = 0
        for character in text {
            total += width(of: character)
        }
        return total
    }

    /// The cells one grapheme takes: 0, 1 or 2.
    public func width(of character: Character) -> Int {
        if let ascii = character.asciiValue {
            return ascii < 0x20 || ascii == 0x7F ? 0 : 1
        }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count > 1 {
            if scalars.contains("\u{FE0F}") && first.properties.isEmoji { return 2 }
            if Self.isRegionalIndicator(first) { return 2 }
        }
        return width(of: first)
    }

    /// The cells one scalar takes on its own: 0, 1 or 2.
    public func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        if Self.isZeroWidth(scalar) { return 0 }
        if EastAsianWidth.contains(value, in: EastAsianWidth.wide) { return 2 }
        if scalar.properties.isEmojiPresentation { return 2 }
        if EastAsianWidth.contains(value, in: EastAsianWidth.ambiguous) {
            return policy.ambiguousIsWide ? 2 : 1
        }
        return 1
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        // Every control by the one definition (bidi controls, U+2028 and U+2029 among them) takes no
        // cell, so the screen and its exports never carry one.
        if VisibleText.isControl(scalar) { return true }
        switch scalar.value {
        case 0x7F...0x9F, 0x1160...0x11FF, 0xD7B0...0xD7FF:
            return true
        default:
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control:
                return true
            default:
                return false
            }
        }
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }
}
