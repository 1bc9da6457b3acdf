/// Why an input could not be imported at all (what can be imported in part becomes notes instead).
package struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    package enum Kind: Sendable, Equatable {
        /// The input does not exist or cannot be read (exit 66).
        case missing
        /// The input is not a workbook or table jixiao can read, or holds no 自评表 (exit 65).
        case unreadable
        /// A converter the input needs is not installed (exit 69).
        case converterMissing
        /// An option names something that is not there: a sheet, an encoding (exit 64).
        case usage
    }

    package var kind: Kind
    package var file: String
    /// `表1!C7`, `line 12`, or empty for the whole file.
    package var place: String
    package var message: String

    package init(_ kind: Kind, file: String, place: String = "", _ message: String) {
        self.kind = kind; self.file = file; self.place = place; self.message = message
    }

    /// `file:place: message`.
    package var description: String {
        place.isEmpty ? "\(file): \(message)" : "\(file):\(place): \(message)"
    }
}
