/// Text safe to print on a terminal: control characters (C0, DEL, C1) and bidirectional overrides
/// from the data are shown as `\u{1b}` instead of acting on the terminal.
public enum VisibleText {
    /// `text` with every control and bidi control escaped; line feeds and tabs kept when `keepLineBreaks`.
    public static func escaped(_ text: String, keepLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepLineBreaks) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepLineBreaks) {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A character that acts on a terminal or reorders the text around it rather than showing:
    /// C0 controls, DEL, C1 controls, the bidi embeddings, overrides and isolates, the bidi marks, and
    /// the line and paragraph separators (U+2028, U+2029), which break a line where none is shown.
    /// Every way text leaves jixiao (the screen, stdout, stderr, exports, JSON) shows these escaped.
    package static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C, 0x2028, 0x2029: true
        default: false
        }
    }

    private static func needsEscape(_ scalar: Unicode.Scalar, _ keepLineBreaks: Bool) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: !keepLineBreaks
        default: isControl(scalar)
        }
    }
}
