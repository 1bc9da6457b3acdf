import Foundation

// Built by `make fuzz` (-sanitize=fuzzer,address and -DFUZZING), this is a libFuzzer binary whose
// target `JIXIAO_FUZZ_TARGET` names; built plainly, `jixiao-fuzz TARGET [FILE|FOLDER]...` runs TARGET
// on each file once (the regression inputs in Tests/Fixtures/fuzz/TARGET, as `make test` does).

#if FUZZING
private let fuzzTarget: FuzzTarget = {
    guard let name = ProcessInfo.processInfo.environment["JIXIAO_FUZZ_TARGET"], let target = FuzzTarget(rawValue: name) else {
        FileHandle.standardError.write(Data("JIXIAO_FUZZ_TARGET must be one of \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
        exit(64)
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    fuzzTarget.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
#else
// One binding, so that the -parse-as-library of the fuzzing build (which refuses even inactive
// top-level expressions) reads this file too.
let replayed: Void = replay(CommandLine.arguments)

func replay(_ arguments: [String]) {
    guard arguments.count >= 2, let target = FuzzTarget(rawValue: arguments[1]) else {
        FileHandle.standardError.write(Data("usage: jixiao-fuzz \(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")) [FILE|FOLDER]...\n".utf8))
        exit(64)
    }
    var files: [String] = []
    for path in arguments.dropFirst(2) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            FileHandle.standardError.write(Data("\(path): no such file or folder\n".utf8))
            exit(66)
        }
        if isDirectory.boolValue {
            files += ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 }
        } else {
            files.append(path)
        }
    }
    for file in files {
        guard let data = FileManager.default.contents(atPath: file) else { continue }
        target.run([UInt8](data))
    }
    print("\(target.rawValue): \(files.count) input\(files.count == 1 ? "" : "s"), no crash")
    FuzzTarget.removeScratch()
}
#endif
