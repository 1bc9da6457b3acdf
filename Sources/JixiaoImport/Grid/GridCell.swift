import Foundation

/// One non-empty cell of a sheet or a CSV file, as the source stored it.
package struct GridCell: Sendable, Equatable {
    /// How the cell's number is displayed, which decides what it means.
    package enum Display: Sendable, Equatable {
        /// A plain number (thousands separators and decimals do not change it).
        case number
        /// A percent format: the stored 0.978 shows as 97.8%.
        case percent
        /// A date or time format: the stored number is a day count from 1899-12-30.
        case date
        /// Stored as text.
        case text
    }

    /// The text the cell shows: a string as stored, or the number as the analyst sees it (`97.8%`, `2023-06-30`).
    package var text: String
    /// The stored number, exactly, where the cell holds one.
    package var number: Decimal?
    package var display: Display
    /// The formula, where the cell has one (without the leading `=`).
    package var formula: String?

    package init(text: String, number: Decimal? = nil, display: Display = .text, formula: String? = nil) {
        self.text = text; self.number = number; self.display = display; self.formula = formula
    }

    /// Whether the cell shows nothing (white space only).
    package var isBlank: Bool {
        // Most cells begin with a letter, digit or CJK character: say so without walking the text.
        guard let first = text.utf8.first else { return true }
        if (0x21...0x7E).contains(first) || (0xE4...0xE9).contains(first) { return false }
        return text.allSatisfy(\.isWhitespace)
    }
}
