import Foundation

/// Places in the package the tests read from.
enum Paths {
    /// The package root, found from this file's place in Tests/JixiaoCoreTests/Support.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let data = root.appendingPathComponent("data")
    static let fixtures = root.appendingPathComponent("Tests/Fixtures")
    static let docs = root.appendingPathComponent("docs")

    static let fund2022 = data.appendingPathComponent("2022-jiangmen-industry-fund.json").path
    static let department2023 = data.appendingPathComponent("2023-jiangmen-miit-department.json").path
}
