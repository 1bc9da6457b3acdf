// `jixiao-bench scale N…`: the province-scale figures of issue 9. For each N it writes N indicators
// shaped like the seeds (reports of 16 sub-projects × 4 indicators, the seeds' own texts) as one
// indented file, the same on one line, and a folder of one-report files; then it times, against
// python3's json.load of the same file in the same run: `jixiao validate` (load), `jixiao evaluate
// --json` (load and evaluate everything), `jixiao export` (the dashboard's first frame, headless),
// each a separate process with its peak memory; and key→frame in this process over 1,000 keys.
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import JixiaoCore
import JixiaoUI

enum ScaleBench {
    struct Run {
        var milliseconds: Double
        var maxRSSMiB: Double
        var status: Int32
    }

    static func run(counts: [Int], seeds: [Report]) {
        let jixiao = ".build/release/jixiao"
        guard FileManager.default.isExecutableFile(atPath: jixiao) else {
            print("jixiao-bench scale: build \(jixiao) first (swift build -c release --product jixiao)")
            exit(69)
        }
        // The seeds as they are: the dashboard's first frame (best of five, as the machine's noise is
        // of that size).
        let seedFrames = (0..<5).map { _ in dashboardFirstFrame(jixiao, "data").milliseconds }
        print("seed data (data/): dashboard first frame \(format(seedFrames.min() ?? .nan)) ms (best of 5; median \(format(seedFrames.sorted()[2])) ms)")
        for count in counts {
            let folder = ".build/bench/scale-\(count)"
            try? FileManager.default.removeItem(atPath: folder)
            try? FileManager.default.createDirectory(atPath: folder + "/reports", withIntermediateDirectories: true)
            let reports = make(count, from: seeds)
            let indented = folder + "/indented.json", oneLine = folder + "/one-line.json"
            write(ReportFile(reports: reports).json.serialized(), to: indented)
            write(ReportFile(reports: reports).json.serialized(compact: true), to: oneLine)
            for (i, report) in reports.enumerated() {
                write(ReportFile(reports: [report]).json.serialized(), to: folder + "/reports/r\(String(format: "%06d", i)).json")
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: indented)[.size] as? Int) ?? 0
            print("\(count) indicators in \(reports.count) reports: \(String(format: "%.1f", Double(size) / 1_048_576)) MiB indented")
            let python = pythonLoad(indented)
            print("  reference: python3 json.load of the indented file \(format(python)) ms; of the one-line file \(format(pythonLoad(oneLine))) ms")
            for (name, path) in [("indented", indented), ("one line", oneLine), ("folder", folder + "/reports")] {
                let load = spawn([jixiao, "validate", path])
                let evaluate = spawn([jixiao, "evaluate", path, "--json"])
                let frame = spawn([jixiao, "export", path, "--width", "200", "--height", "50"])
                let dashboard = dashboardFirstFrame(jixiao, path)
                print("  \(name.padding(toLength: 9, withPad: " ", startingAt: 0)) load \(format(load.milliseconds)) ms (\(ratio(load.milliseconds, python)))"
                    + "  evaluate-all \(format(evaluate.milliseconds)) ms (\(ratio(evaluate.milliseconds, python)))"
                    + "  export \(format(frame.milliseconds)) ms (\(ratio(frame.milliseconds, python)))"
                    + "  dashboard first frame \(format(dashboard.milliseconds)) ms (\(ratio(dashboard.milliseconds, python)), \(format(dashboard.maxRSSMiB)) MiB)"
                    + "  peak RSS \(format(max(load.maxRSSMiB, evaluate.maxRSSMiB, frame.maxRSSMiB))) MiB (\(String(format: "%.2f", max(load.maxRSSMiB, evaluate.maxRSSMiB, frame.maxRSSMiB) * 1_048_576 / Double(max(size, 1))))× the file)"
                    + ([load, evaluate, frame].allSatisfy { $0.status == 0 } ? "" : "  [exit \(load.status)/\(evaluate.status)/\(frame.status)]"))
                fflush(nil)
            }
            keyToFrame(reports)
        }
    }

    /// Reports of 16 sub-projects × 4 indicators, the seeds' texts in turn, until `count` indicators.
    static func make(_ count: Int, from seeds: [Report]) -> [Report] {
        let templates = seeds.flatMap(\.indicators)
        let names = seeds.flatMap(\.subProjects).map(\.name)
        var reports: [Report] = []
        var made = 0
        while made < count {
            let n = reports.count
            var report = seeds[n % seeds.count]
            report.id = "r\(n)"
            report.department = "第\(n % 97)局"
            report.year = 2020 + n % 4
            report.claims = []
            report.finance = nil
            report.subProjects = (0..<16).map { s in
                SubProject(id: "sp-\(s)", name: names[(n + s) % names.count], budget: Decimal(100 + (n * 7 + s) % 900),
                           spent: Decimal(60 + (n * 13 + s) % 900))
            }
            report.indicators = (0..<64).prefix(count - made).map { k in
                var indicator = templates[(n * 64 + k) % templates.count]
                indicator.id = "ind-\(k)"
                indicator.subProject = "sp-\(k / 4)"
                indicator.explicit = nil
                return indicator
            }
            made += report.indicators.count
            reports.append(report)
        }
        return reports
    }

    static func write(_ text: String, to path: String) {
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    /// Runs a program with its output thrown away; its wall time and peak memory (wait4's rusage).
    static func spawn(_ arguments: [String]) -> Run {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ) == 0 else { return Run(milliseconds: 0, maxRSSMiB: 0, status: -1) }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        return Run(milliseconds: ms, maxRSSMiB: Double(usage.ru_maxrss) / 1024, status: (status >> 8) & 0xFF)
    }

    /// The dashboard as a person starts it: `jixiao PATH` on a pseudo-terminal (util-linux `script`)
    /// of 200×50, timed from the spawn until its first frame with a report (the summary row's 执行率)
    /// reaches the terminal; then `q`. The memory is the dashboard's own peak (VmHWM) at that frame.
    static func dashboardFirstFrame(_ jixiao: String, _ path: String) -> Run {
        var output: [Int32] = [0, 0], input: [Int32] = [0, 0]
        guard Glibc.pipe(&output) == 0, Glibc.pipe(&input) == 0 else { return Run(milliseconds: .nan, maxRSSMiB: .nan, status: -1) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, input[0], 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        for fd in input + output { posix_spawn_file_actions_addclose(&actions, fd) }
        defer { posix_spawn_file_actions_destroy(&actions) }
        let quoted = [jixiao, path].map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let arguments = ["/usr/bin/script", "-q", "-f", "-e", "-c", quoted, "/dev/null"]
        let environment = ["TERM=xterm-256color", "COLUMNS=200", "LINES=50", "LANG=C.UTF-8", "HOME=/tmp", "PATH=/usr/bin:/bin"]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { for p in argv + envp { free(p) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, &argv, &envp)
        close(input[0])
        close(output[1])
        defer { close(input[1]); close(output[0]) }
        guard spawned == 0 else { return Run(milliseconds: .nan, maxRSSMiB: .nan, status: -1) }
        let marker = Array("执行率".utf8)
        var seen: [UInt8] = []
        var milliseconds = Double.nan
        var buffer = [UInt8](repeating: 0, count: 65536)
        while DispatchTime.now().uptimeNanoseconds - start < 600_000_000_000 {
            let count = read(output[0], &buffer, buffer.count)
            guard count > 0 else { break }
            seen += buffer[0..<count]
            if seen.count >= marker.count, (0...(seen.count - marker.count)).contains(where: { seen[$0..<$0 + marker.count].elementsEqual(marker) }) {
                milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
                break
            }
            if seen.count > 1 << 16 { seen.removeFirst(seen.count - 64) }
        }
        let peak = peakMemoryMiB(ofChildOf: pid)
        _ = Glibc.write(input[1], "q", 1)
        // Keep reading so the dashboard never blocks on a full terminal while it quits.
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, WNOHANG, &usage) == 0 {
            var descriptor = pollfd(fd: output[0], events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, 50) > 0 { _ = read(output[0], &buffer, buffer.count) }
        }
        return Run(milliseconds: milliseconds, maxRSSMiB: peak, status: (status >> 8) & 0xFF)
    }

    /// The peak resident memory (VmHWM) of the `jixiao` below `script` (its shell may stand between),
    /// read from /proc.
    static func peakMemoryMiB(ofChildOf parent: pid_t) -> Double {
        var queue = [String(parent)]
        while !queue.isEmpty {
            let pid = queue.removeFirst()
            if pid != String(parent), (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.hasPrefix("jixiao") == true,
               let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
               let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") {
                return kilobytes / 1024
            }
            let children = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
            queue += children.split(separator: " ").map(String.init)
        }
        return .nan
    }

    /// python3's json.load of the file, in milliseconds (its own clock, not its start-up).
    static func pythonLoad(_ path: String) -> Double {
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import json,sys,time;t=time.perf_counter();json.load(open(sys.argv[1],encoding='utf-8'));print((time.perf_counter()-t)*1000)", path]
        let pipe = Pipe()
        python.standardOutput = pipe
        guard (try? python.run()) != nil else { return .nan }
        python.waitUntilExit()
        return Double(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? .nan
    }

    /// p50 and p99 of update + render over 1,000 keys, on the first report's panes, in this process.
    static func keyToFrame(_ reports: [Report]) {
        let evaluations = reports.prefix(64).map { Evaluator.evaluate($0) }
        var state = AppState(evaluations: Array(evaluations), size: Size(width: 200, height: 50))
        let keys: [Key] = [.down, .down, .down, .char("2"), .enter, .down, .enter, .escape, .escape, .char("3"), .down, .char("]"), .char("1"), .down]
        var times: [Double] = []
        for i in 0..<1000 {
            let start = DispatchTime.now().uptimeNanoseconds
            state = update(state, .key(keys[i % keys.count])).0
            _ = Renderer.render(state)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        times.sort()
        print("  key→frame over 1,000 keys (200×50): p50 \(String(format: "%.2f", times[500])) ms, p99 \(String(format: "%.2f", times[990])) ms")
    }

    static func format(_ ms: Double) -> String { ms.isNaN ? "—" : String(format: "%.0f", ms) }
    static func ratio(_ ms: Double, _ reference: Double) -> String {
        reference.isNaN || reference == 0 ? "—" : String(format: "%.2f× python", ms / reference)
    }
}
