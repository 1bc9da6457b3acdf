import Foundation
import JixiaoCore

/// Reads a jixiao data file written in another encoding (GB18030, UTF-16, or one named with
/// `--encoding`): the text is decoded as any imported text is (`TextDecoding`), then loaded as a
/// UTF-8 data file, so that `jixiao import --encoding GB18030 old.json -o new.json` rewrites it as
/// UTF-8 with every check a data file gets. A data file that is already UTF-8 reads the same.
enum JSONImport {
    /// The file's reports, or every error the loader found in it (with line:column and JSON path).
    static func read(_ file: String, options: ImportOptions) throws(ImportError) -> (reports: [Report], errors: [ImportError], encoding: String) {
        let data = try InputFile.read(file)
        let decoded = try TextDecoding.decode([UInt8](data), encoding: options.encoding, file: file)
        let (document, errors) = ReportLoader.decode(Array(decoded.text.utf8), file: file)
        guard errors.isEmpty else {
            return ([], errors.map { error in
                ImportError(.unreadable, file: file, place: error.position.map(\.description) ?? "",
                            (error.path.isEmpty ? "" : error.path + ": ") + error.message)
            }, decoded.encoding)
        }
        return (document?.reports ?? [], [], decoded.encoding)
    }
}
