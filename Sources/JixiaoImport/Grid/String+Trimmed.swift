import Foundation

extension StringProtocol {
    /// Without white space and line breaks at either end; returns the text as it is, without
    /// Foundation's work, when there is none (the common case for cells).
    var trimmed: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        // Printable ASCII or a CJK ideograph needs no look-up in the Unicode tables.
        func plain(_ s: Unicode.Scalar) -> Bool {
            (0x21...0x7E).contains(s.value) || (0x4E00...0x9FFF).contains(s.value) || !s.properties.isWhitespace
        }
        if plain(first) && plain(last) { return String(self) }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
