// Measures the work that must stay fast on large data: judging indicators, loading, evaluating,
// and drawing a frame. `make bench` runs it in release mode; docs/performance.md records the figures.
import Foundation
import JixiaoCore
import JixiaoImport
import JixiaoUI

// `jixiao-bench scale N…` measures province scale (ScaleBench); otherwise `jixiao-bench [N]`.
if CommandLine.arguments.dropFirst().first == "scale" {
    let seedReports = ReportLoader.load(paths: ["data"]).reports.map(\.report)
    guard !seedReports.isEmpty else { print("jixiao-bench: run from the package root (needs data/)"); exit(66) }
    let counts = CommandLine.arguments.dropFirst(2).compactMap { Int($0) }
    ScaleBench.run(counts: counts.isEmpty ? [10_000, 100_000, 1_000_000] : counts, seeds: seedReports)
    exit(0)
}
let indicatorCount = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 100_000
let clock = ContinuousClock()

func measure<T>(_ label: String, per count: Int? = nil, _ body: () throws -> T) rethrows -> T {
    let start = clock.now
    let result = try body()
    let elapsed = clock.now - start
    let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    var line = "\(label.padding(toLength: 46, withPad: " ", startingAt: 0)) \(String(format: "%10.1f ms", ms))"
    if let count, count > 0 { line += String(format: "   %8.2f µs each", ms * 1000 / Double(count)) }
    print(line)
    fflush(nil)
    return result
}

func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

// The seed reports' indicator texts, repeated with varied numbers, make a large realistic report.
let seeds = ReportLoader.load(paths: ["data"]).reports.map(\.report)
guard !seeds.isEmpty else {
    print("jixiao-bench: run from the package root (needs data/)")
    exit(66)
}
let templates = seeds.flatMap(\.indicators)
let subProjectCount = max(1, indicatorCount / 10)
var big = seeds[0]
big.id = "bench"
big.claims = []
big.subProjects = (0..<subProjectCount).map { i in
    SubProject(id: "sp-\(i)", name: "二级项目\(i)", budget: Decimal(1000 + i % 97), spent: Decimal(800 + i % 313))
}
big.indicators = (0..<indicatorCount).map { i in
    var indicator = templates[i % templates.count]
    indicator.id = "ind-\(i)"
    indicator.subProject = "sp-\(i % subProjectCount)"
    if i % 3 == 0 { indicator.actual += " \(i % 1000)" }
    return indicator
}

print("jixiao-bench: \(indicatorCount) indicators in \(subProjectCount) sub-projects")
print(String(repeating: "-", count: 80))

let judged = measure("judge every indicator (IndicatorJudge)", per: indicatorCount) {
    big.indicators.reduce(0) { count, indicator in
        let category = Category.classify(level1: indicator.level1, level2: indicator.level2)
        let judgement = IndicatorJudge.judge(name: indicator.name, category: category, target: indicator.target,
                                             actual: indicator.actual, explicit: indicator.explicit)
        return count + (judgement.status == .met ? 1 : 0)
    }
}

/// The big report as a data file, written with JixiaoCore's own JSON writer (Foundation's encoder is slow with Decimal on Linux).
func dataFile(_ r: Report) -> [UInt8] {
    func text(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
    let subProjects: [JSONValue] = r.subProjects.map { sp in
        ["id": .string(sp.id), "name": .string(sp.name), "budget": .number(sp.budget), "spent": .number(sp.spent)]
    }
    let indicators: [JSONValue] = r.indicators.map { i in
        var members: [(String, JSONValue)] = [
            ("id", .string(i.id)), ("subProject", text(i.subProject)), ("level1", .string(i.level1)),
            ("level2", .string(i.level2)), ("name", .string(i.name)), ("target", .string(i.target)), ("actual", .string(i.actual)),
        ]
        if let reason = i.deviationReason { members.append(("deviationReason", .string(reason))) }
        return .object(members)
    }
    let report: JSONValue = [
        "id": .string(r.id), "title": .string(r.title), "department": .string(r.department), "scope": .string(r.scope),
        "year": .number(Decimal(r.year)), "kind": .string(r.kind.rawValue),
        "subProjects": .array(subProjects), "indicators": .array(indicators),
    ]
    return Array(JSONValue.object([("formatVersion", .number(1)), ("reports", .array([report]))]).serialized().utf8)
}
let json = dataFile(big)
print("data file: \(json.count / 1024 / 1024) MiB, \(judged) indicators met")
let loaded = measure("load and validate the JSON file", per: indicatorCount) {
    ReportLoader.decode(json, file: "bench.json")
}
precondition(loaded.1.isEmpty, "\(loaded.1.prefix(3))")

let evaluation = measure("evaluate the report (all rules)", per: indicatorCount) {
    Evaluator.evaluate(big)
}
print("findings: \(evaluation.findings.count)")

var state = measure("build the dashboard state") {
    AppState(evaluations: [evaluation], size: Size(width: 200, height: 50))
}
let frames = 200
for (name, keys) in [("budget pane", [Key]()), ("heatmap pane", [.char("2")]), ("issue pane", [.char("3")]),
                     ("indicator list", [.char("2"), .enter]), ("indicator detail", [.char("2"), .enter, .enter])] {
    var s = state
    for key in keys { s = update(s, .key(key)).0 }
    measure("frame: update + render, \(name) 200×50", per: frames) {
        for _ in 0..<frames {
            s = update(s, .key(.down)).0
            _ = Renderer.render(s)
        }
    }
}
state = update(state, .key(.char("f"))).0

// Import: 20,000 long-format rows (2,000 projects of 10 indicators) as .xlsx and as GB18030-free UTF-8 CSV.
let importRows = 20_000
let header = ["项目名称", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
let rowsText: [[String]] = (0..<importRows).map { i in
    ["项目\(i / 10)", i % 10 < 6 ? "产出指标" : "效益指标", i % 10 < 6 ? "数量指标" : "社会效益指标", "指标\(i)",
     "≥\(i % 50 + 1)个", "\(i % 60)个", "10", "\(i % 10)", i % 7 == 0 ? "部分任务延期" : ""]
}
let workbook = try WorkbookWriter.xlsx(rows: ([header] + rowsText).map { $0.map { WorkbookWriter.Value.text($0) } })
let xlsxPath = try WorkbookWriter.temporary(workbook, name: "bench.xlsx")
let csvText = ([header] + rowsText).map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
let csvPath = try WorkbookWriter.temporary(Data(csvText.utf8), name: "bench.csv")
print("import inputs: \(importRows) rows, xlsx \(workbook.count / 1024) KiB, csv \(csvText.utf8.count / 1024) KiB")
_ = measure("  of which: read the workbook into grids") { try? WorkbookReader.read(workbook, file: xlsxPath) }
// The best of three runs each: on a shared machine a single run carries other work's noise.
for (label, path) in [("import \(importRows) long-format rows from .xlsx", xlsxPath), ("import \(importRows) long-format rows from .csv", csvPath)] {
    var best = Duration.seconds(3600)
    for _ in 0..<3 {
        let start = clock.now
        let result = Importer.run(files: [path])
        best = min(best, clock.now - start)
        precondition(result.errors.isEmpty && result.reports.reduce(0) { $0 + $1.indicators.count } == importRows)
    }
    let ms = Double(best.components.seconds) * 1000 + Double(best.components.attoseconds) / 1e15
    print("\(("\(label), best of 3").padding(toLength: 46, withPad: " ", startingAt: 0)) \(String(format: "%10.1f ms   %8.2f µs each", ms, ms * 1000 / Double(importRows)))")
}
// The reference: python's csv module merely splitting the same file into cells, in this run.
let python = Process()
python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
python.arguments = ["python3", "-c", "import csv,sys,time;t=time.perf_counter();n=sum(1 for _ in csv.reader(open(sys.argv[1],encoding='utf-8')));print('%.1f'%((time.perf_counter()-t)*1000))", csvPath]
let pipe = Pipe()
python.standardOutput = pipe
if (try? python.run()) != nil {
    python.waitUntilExit()
    let ms = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    print("reference: python3 csv.reader over the same .csv".padding(toLength: 46, withPad: " ", startingAt: 0) + " \(ms) ms")
}
print(String(repeating: "-", count: 80))
print(String(format: "peak memory (max RSS): %.1f MiB", peakMemoryMiB()))
