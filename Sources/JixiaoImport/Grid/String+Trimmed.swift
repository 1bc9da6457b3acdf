import Foundation

extension StringProtocol {
    /// Without white space and line breaks at either end; returns the text as it is, without
    /// Foundation's work, when there is none (the common case for cells).
    var trimmed: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return String(self) }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
