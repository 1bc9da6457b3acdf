import Foundation
import Testing

/// Compares text with a file in `__Snapshots__` beside the tests; `JIXIAO_RECORD=1` writes the files anew.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")

    static var recording: Bool { ProcessInfo.processInfo.environment["JIXIAO_RECORD"] == "1" }

    static func assert(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = folder.appendingPathComponent(name + ".txt")
        if recording {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no snapshot \(name).txt: run with JIXIAO_RECORD=1 to record it", sourceLocation: sourceLocation)
            return
        }
        if expected != text {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            Issue.record("""
                snapshot \(name).txt differs at line \(line + 1):
                expected: \(line < a.count ? String(a[line]) : "<end>")
                actual:   \(line < b.count ? String(b[line]) : "<end>")
                """, sourceLocation: sourceLocation)
        }
    }
}
