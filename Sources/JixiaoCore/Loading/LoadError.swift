/// One problem found while loading a data file: where it is and what is wrong.
public struct LoadError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// The file could not be found or read.
        case missing
        /// The file is not valid JSON.
        case syntax
        /// A field is absent, of the wrong type, or out of range.
        case field
        /// The fields are each fine but do not fit together (duplicate ids, dangling references).
        case consistency
        /// A workbook, table or document that could not be imported (not one, damaged, or no 自评表 in it).
        case importFailed
        /// A file that needs a converter which is not installed (LibreOffice for .xls).
        case converterMissing
    }

    public var kind: Kind
    public var file: String
    public var position: SourcePosition?
    /// The JSON path of the field, e.g. `reports[0].subProjects[3].budget`; empty for the whole file.
    public var path: String
    public var message: String

    public init(kind: Kind, file: String, position: SourcePosition?, path: String, message: String) {
        self.kind = kind; self.file = file; self.position = position
        self.path = path; self.message = message
    }

    /// `file:line:column: path: message`, the form compilers and editors understand.
    public var description: String {
        var text = file
        if let position { text += ":\(position)" }
        // An imported file's place is a sheet!cell or a byte, written like a line:column.
        if position == nil, [.importFailed, .converterMissing].contains(kind), !path.isEmpty { return "\(file):\(path): \(message)" }
        text += ": "
        if !path.isEmpty { text += path + ": " }
        return text + message
    }
}
