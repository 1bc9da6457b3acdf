import Foundation
import JixiaoCore

/// Loads data files and, through the importer, workbooks and tables opened directly, as one set of reports.
///
/// An imported report goes through the data format's JSON and its loader, exactly as a draft
/// written by `jixiao import` would: opening a workbook and opening its draft give the same report.
package enum SourceLoader {
    /// Every extension a folder is searched for.
    package static var extensions: Set<String> { Importer.extensions.union(["json"]) }

    /// `onReport` sees each report as it is read (see `ReportLoader.load`).
    package static func load(paths: [String], options: ImportOptions = ImportOptions(), keepingReports: Bool = true,
                             onReport: ((LoadedReport) -> Void)? = nil) -> LoadResult {
        ReportLoader.load(paths: paths, extensions: extensions, importer: { files in
            var options = options
            options.foundInFolders = Set(files).subtracting(paths)
            let result = Importer.run(files: files, options: options)
            let errors = result.errors.map(\.loadError)
            var documents: [(file: String, json: [UInt8])] = []
            for (report, file) in zip(result.reports, result.reportFiles) {
                let json = ReportFile(reports: [report]).json.serialized()
                documents.append((file, Array(json.utf8)))
            }
            return (documents, errors)
        }, keepingReports: keepingReports, onReport: onReport)
    }
}

extension ImportError {
    /// The error as the loader reports it.
    package var loadError: LoadError {
        let kind: LoadError.Kind = switch self.kind {
        case .missing: .missing
        case .unreadable, .usage: .importFailed
        case .converterMissing: .converterMissing
        }
        return LoadError(kind: kind, file: file, position: nil, path: place, message: message)
    }
}
