import Foundation
import JixiaoCore
@testable import JixiaoImport

/// The import fixtures (Tests/Fixtures/import, made by its generate.py) and ways to read them.
enum Fixtures {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let folder = root.appendingPathComponent("Tests/Fixtures/import")
    static let data = root.appendingPathComponent("data")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Imports fixtures together, as `jixiao import a b` does.
    static func run(_ names: String..., options: ImportOptions = ImportOptions()) -> ImportResult {
        Importer.run(files: names.map(path), options: options)
    }

    /// The one report an import must give.
    static func report(_ names: String...) throws -> Report {
        let result = Importer.run(files: names.map(path))
        guard result.errors.isEmpty, result.reports.count == 1, let report = result.reports.first else {
            throw Failure("expected one report from \(names), got \(result.reports.count), errors \(result.errors)")
        }
        return report
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

extension Decimal {
    init(_ text: String) { self = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }
}

extension Report {
    /// The messages of every note, with the places, as `place: message`.
    var noteLines: [String] { allImportNotes.map { "\($0.place): \($0.message)" } }
}
