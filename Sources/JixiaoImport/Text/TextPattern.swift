import Foundation

/// The regular expressions the text readers use, compiled once: every match's groups as strings.
enum TextPattern {
    nonisolated(unsafe) private static var cache: [String: NSRegularExpression] = [:]
    private static let lock = NSLock()

    private static func compiled(_ pattern: String) -> NSRegularExpression {
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[pattern] { return cached }
        // The patterns are the readers' own literals: one that does not compile is a programming error.
        let regex = try! NSRegularExpression(pattern: pattern)
        cache[pattern] = regex
        return regex
    }

    /// Every match's groups (group 0 the whole match; "" for a group that took no part).
    static func matches(_ pattern: String, in text: String) -> [[String]] {
        ranges(pattern, in: text).map(\.groups)
    }

    /// The matches with the offset where each starts (in UTF-16 units, as NSString counts).
    static func ranges(_ pattern: String, in text: String) -> [(groups: [String], location: Int)] {
        let ns = text as NSString
        return compiled(pattern).matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
            ((0..<m.numberOfRanges).map { i in
                let r = m.range(at: i)
                return r.location == NSNotFound ? "" : ns.substring(with: r)
            }, m.range.location)
        }
    }
}
