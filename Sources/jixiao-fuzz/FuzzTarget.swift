import Foundation
import JixiaoCore
import JixiaoImport

/// What the fuzzer feeds: each target takes arbitrary bytes the way a user's file or text reaches
/// jixiao, and must return without crashing, hanging or touching memory it does not own.
enum FuzzTarget: String, CaseIterable {
    /// The text judge: the bytes up to the first NUL are an indicator's target, the rest its actual.
    case judge
    /// A data file: loaded, and when it loads, every report evaluated and written as JSON.
    case loader
    /// The importers, each through `Importer.run` on the bytes saved as a file of that kind.
    case csv, xlsx, docx, txt
    /// A published PDF after pdftotext: the bytes up to the first NUL are its `-tsv` reading (a word and
    /// its box a line), up to the next its `-layout` text, the rest its text in the default order.
    case pdf

    static let scratch: String = {
        // In memory where there is /dev/shm: every input of an importer target is written and read back.
        let base = FileManager.default.isWritableFile(atPath: "/dev/shm") ? "/dev/shm" : FileManager.default.temporaryDirectory.path
        let folder = base + "/jixiao-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }()

    static func removeScratch() { try? FileManager.default.removeItem(atPath: scratch) }

    func run(_ bytes: [UInt8]) {
        switch self {
        case .judge:
            let cut = bytes.firstIndex(of: 0) ?? bytes.count
            let target = String(decoding: bytes[..<cut], as: UTF8.self)
            let actual = cut < bytes.count ? String(decoding: bytes[(cut + 1)...], as: UTF8.self) : ""
            let judgement = IndicatorJudge.judge(name: "指标", category: nil, target: target, actual: actual, year: 2023)
            _ = judgement.json.serialized()
        case .loader:
            let (file, _) = ReportLoader.decode(bytes, file: "fuzz.json")
            guard let file else { return }
            for report in file.reports {
                let evaluation = Evaluator.evaluate(report)
                _ = ReportEvaluation.json([evaluation]).serialized()
                _ = ReportFile(reports: [report]).json.serialized()
            }
        case .pdf:
            let parts = bytes.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            let (tsv, layout, plain) = (parts[0], parts.count > 1 ? parts[1] : "", parts.count > 2 ? parts[2] : "")
            var options = ImportOptions()
            options.pdfReadings = { _ in (plain, layout, tsv) }
            let result = Importer.run(files: ["fuzz.pdf"], options: options)
            if !result.reports.isEmpty { _ = ReportFile(reports: result.reports).json.serialized() }
        case .csv, .xlsx, .docx, .txt:
            let path = Self.scratch + "/input." + rawValue
            // Written plainly: FileManager's createFile syncs each file to the disk, which made the importer
            // targets wait on the disk for most of each input.
            guard let out = fopen(path, "wb") else { return }
            let whole = fwrite(bytes, 1, bytes.count, out) == bytes.count
            guard fclose(out) == 0, whole else { return }
            let result = Importer.run(files: [path])
            if !result.reports.isEmpty { _ = ReportFile(reports: result.reports).json.serialized() }
        }
    }
}
