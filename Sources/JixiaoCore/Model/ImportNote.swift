import Foundation

/// What an importer guessed or could not place, kept beside the value it concerns.
///
/// Every guess an importer makes (a label matched loosely, a merged label carried down, a unit
/// taken from a caption, 元 converted to 万元, a formula's intent restored) and every non-empty
/// cell it could not place becomes a note, so nothing is lost silently.
public struct ImportNote: Codable, Equatable, Hashable, Sendable {
    public enum Severity: String, Codable, Sendable, CaseIterable {
        /// A guess that is very likely right; shown so it can be checked.
        case info
        /// Something the analyst should look at: a value that may be wrong or was left out.
        case warning
    }

    public var severity: Severity
    /// Where in the source: `表1!C7` for a cell, `line 12` for a text line; the file is `file`.
    public var place: String
    /// The source file, as named to the importer.
    public var file: String?
    /// The field of the model the note concerns (`target`, `budget`), if one.
    public var field: String?
    public var message: String

    public init(_ severity: Severity, place: String, file: String? = nil, field: String? = nil, _ message: String) {
        self.severity = severity; self.place = place; self.file = file; self.field = field; self.message = message
    }

    /// `file:place: message`, the form an import prints on standard error.
    public var line: String {
        let source = [file, place.isEmpty ? nil : place].compactMap { $0 }.joined(separator: ":")
        return source.isEmpty ? message : "\(source): \(message)"
    }
}
