/// Turns indicator text into one spelling the scanner reads: ASCII digits and signs, no layout.
///
/// Fullwidth digits, letters and signs become ASCII (`３０％` → `30%`, `（` → `(`), the
/// variants of ≥ ≤ = and dashes become one form, and whitespace — which in transcribed tables
/// is only line breaks and padding (`1亿\n元`) — is dropped, except a single space kept between
/// two digits so that `10 20` stays two numbers. The clause separators `，` and `；` stay fullwidth.
///
/// The minus signs `-` `−` `－` `﹣` and the typographic dashes `‐ ‑ ‒ – — ―` all become `-`;
/// `normalizeMarkingDashes` also says which `-` were dashes, since only a minus sign can make
/// a number negative (`−3%`), while either can join a range (`2–3 家`). Chinese numerals that are
/// numbers become digits first (`ChineseNumerals`), and a number's `百分比` becomes `%`.
enum TextNormalizer {
    static func normalize(_ text: String) -> [Unicode.Scalar] {
        normalizeMarkingDashes(text).scalars
    }

    /// The normalized scalars, and the offsets of the `-` that were written as a typographic
    /// dash (U+2010…U+2015) rather than a hyphen-minus or minus sign.
    static func normalizeMarkingDashes(_ written: String) -> (scalars: [Unicode.Scalar], dashes: Set<Int>) {
        // Chinese numerals that are numbers (八个, 百分之八十五) read as digits.
        let text = ChineseNumerals.rewrite(withoutControlSequences(written))
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(text.unicodeScalars.count)
        var dashes = Set<Int>()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) || isInvisible(scalar) {
                pendingSpace = true
                continue
            }
            let mapped = map(scalar)
            if pendingSpace, let last = output.last, TextScanner.isDigit(last), TextScanner.isDigit(mapped) {
                output.append(" ")
            }
            pendingSpace = false
            if (0x2010...0x2015).contains(scalar.value) { dashes.insert(output.count) }
            // A number of 百分比 (`≥100百分比`, as budget systems print the unit) is a percentage.
            if mapped == "比", output.count >= 3, output[output.count - 2] == "百", output[output.count - 1] == "分",
               TextScanner.isDigit(output[output.count - 3]) {
                output.removeLast(2)
                output.append("%")
                continue
            }
            output.append(mapped)
        }
        return (output, dashes)
    }

    /// The normalized text as a string, for display and substring tests.
    static func normalizedString(_ text: String) -> String {
        TextScanner.string(normalize(text)[...])
    }

    /// The text with every terminal control sequence taken out whole — `ESC [ … final`, `ESC ] … BEL`
    /// or `ESC \\`, `ESC` and one character, and their C1 forms (U+009B CSI, U+009D OSC) — so that
    /// their parameters (`\u{1b}[1;1H`) are never read as figures. No table prints one: one in a value
    /// is hostile or garbage, and the control characters left over count as spaces.
    static func withoutControlSequences(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x9D }) else { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar?
        func next() -> Unicode.Scalar? {
            if let held = pending { pending = nil; return held }
            return scalars.next()
        }
        // A CSI is parameters and intermediates (0x20–0x3F) then one final byte (0x40–0x7E); anything else
        // ends it unread, so `ESC [完成8个` keeps its text.
        func skipCSI() {
            while let c = next() {
                if (0x20...0x3F).contains(c.value) { continue }
                if !(0x40...0x7E).contains(c.value) { pending = c }
                return
            }
        }
        func skipOSC() {
            while let c = next() {
                if c.value == 0x07 || c.value == 0x9C { return }
                if c.value == 0x1B { if let after = next(), after != "\\" { pending = after }; return }
            }
        }
        while let scalar = next() {
            switch scalar.value {
            case 0x1B:
                guard let kind = next() else { break }
                switch kind {
                case "[": skipCSI()
                case "]", "P", "X", "^", "_": skipOSC()
                default: break
                }
                out.append(" ")
            case 0x9B: skipCSI(); out.append(" ")
            case 0x9D: skipOSC(); out.append(" ")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whitespace, asking the Unicode tables only outside ASCII and the CJK blocks.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: return true
        case 0x21...0x7E, 0x3400...0x9FFF, 0xFF01...0xFF5E: return false
        default: return scalar.properties.isWhitespace
        }
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F, 0x200B...0x200F, 0x2060, 0xFEFF: true
        default: false
        }
    }

    private static func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A,
             0xFF05, 0xFF08, 0xFF09, 0xFF0B, 0xFF0E, 0xFF0F, 0xFF1A, 0xFF1C, 0xFF1D, 0xFF1E, 0xFF5E:
            // Fullwidth digits, letters and signs (％（）＋．／：＜＝＞～) to ASCII.
            Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
        case 0x2267, 0x2A7E: "≥"          // ≧ ⩾
        case 0x2266, 0x2A7D: "≤"          // ≦ ⩽
        case 0x2550, 0x2261: "="          // ═ ≡
        case 0x2010...0x2015, 0x2212, 0xFF0D, 0xFE63: "-"   // hyphens and dashes, minus, －
        case 0x301C, 0x223C: "~"          // 〜 ∼
        case 0x3014, 0x3010, 0xFF3B: "["  // 〔 【 ［
        case 0x3015, 0x3011, 0xFF3D: "]"  // 〕 】 ］
        case 0xFF0C, 0xFE50: "，"
        case 0xFF1B, 0xFE54: "；"
        default: scalar
        }
    }
}
