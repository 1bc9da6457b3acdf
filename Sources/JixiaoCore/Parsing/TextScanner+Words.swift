import Foundation

/// Comparator words, skipping, searching and character classes of the scanner.
extension TextScanner {
    // MARK: - Comparators and words

    func matchPrefixComparator(endingAt index: Int) -> (comparator: Comparator, length: Int)? {
        for (word, comparator) in Comparator.prefixes where word.count <= index {
            if Self.matches(word, in: scalars, at: index - word.count) { return (comparator, word.count) }
        }
        return nil
    }

    func matchAny(_ words: [(word: [Unicode.Scalar], comparator: Comparator)], at index: Int) -> (comparator: Comparator, length: Int)? {
        for (word, comparator) in words where Self.matches(word, in: scalars, at: index) {
            return (comparator, word.count)
        }
        return nil
    }

    func matchAny(_ words: [(word: [Unicode.Scalar], value: Int)], at index: Int) -> (value: Int, length: Int)? {
        for (word, value) in words where Self.matches(word, in: scalars, at: index) {
            return (value, word.count)
        }
        return nil
    }

    /// Whether a word of decline ends at `index`, perhaps followed by 了, 约 or 为 (`下降了 2%`).
    func isFalling(before index: Int) -> Bool {
        var end = index
        if let previous = at(end - 1), Self.fallingTails.contains(previous) { end -= 1 }
        return Self.fallingWords.contains { word in word.count <= end && Self.matches(word, in: scalars, at: end - word.count) }
    }

    func skip(_ word: [Unicode.Scalar], from index: Int) -> Int {
        Self.matches(word, in: scalars, at: index) ? index + word.count : index
    }

    func skipLettersAndDigits(from index: Int) -> Int {
        var end = index
        while let scalar = at(end), Self.isLetter(scalar) || Self.isDigit(scalar) { end += 1 }
        return end
    }

    /// Whether `内` before `index` closes a limit (`30天内完成`) rather than starting a word (`内资`).
    func isBoundaryAfterWithin(_ index: Int) -> Bool {
        guard let next = at(index) else { return true }
        return Self.separators.contains(next) || next == ")" || Self.withinFollowers.contains(next)
    }

    /// Whether the text contains `word`.
    func contains(_ word: [Unicode.Scalar]) -> Bool {
        firstIndex(of: word, from: 0) != nil
    }

    /// The first offset at or after `from` where `word` starts.
    func firstIndex(of word: [Unicode.Scalar], from: Int) -> Int? {
        guard let head = word.first, word.count <= scalars.count else { return nil }
        var index = max(0, from)
        while index + word.count <= scalars.count {
            if scalars[index] == head, Self.matches(word, in: scalars, at: index) { return index }
            index += 1
        }
        return nil
    }

    func at(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    // MARK: - Character classes

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 48 && scalar.value <= 57
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 65 && scalar.value <= 90) || (scalar.value >= 97 && scalar.value <= 122)
    }

    /// Whether `word` starts at `index` of `scalars`.
    static func matches(_ word: [Unicode.Scalar], in scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= scalars.count else { return false }
        var offset = 0
        while offset < word.count {
            if scalars[index + offset] != word[offset] { return false }
            offset += 1
        }
        return true
    }

    static let separators: Set<Unicode.Scalar> = ["，", ",", "、", "；", ";", "。", "!", "！", "?", "？"]
    static let rangeMarks: Set<Unicode.Scalar> = ["-", "~", "至", "到"]
    static let openingBrackets: Set<Unicode.Scalar> = ["(", "[", "【", "〔", "「", "《"]
    static let closingBrackets: Set<Unicode.Scalar> = [")", "]", "】", "〕", "」", "》"]
    static let withinFollowers: Set<Unicode.Scalar> = ["完", "办", "到", "处", "回", "答", "解", "结", "落", "拨", "发", "支"]
    static let inclusive = Array("(含)".unicodeScalars)
    static let fallingWords = ["下降", "减少", "降低", "下滑", "回落", "负增长", "减"].map { Array($0.unicodeScalars) }
    static let fallingTails: Set<Unicode.Scalar> = ["了", "约", "为"]
}
