import Foundation

/// What an import assumes when a form does not say, and how it reads a stated grade: one place for both readers.
enum ImportDefaults {
    /// Self-evaluations are written for the year before: the year assumed when none is printed (with a warning).
    static var assumedYear: Int { Calendar(identifier: .gregorian).component(.year, from: Date()) - 1 }

    /// 优, 良, 中 or 差 from a grade as printed (`优秀`, `自评等级：良`); the text as printed otherwise.
    static func grade(_ text: String) -> String {
        ["优", "良", "中", "差"].first { text.contains($0) } ?? text
    }
}
