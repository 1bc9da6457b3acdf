import Foundation
import Testing
@testable import JixiaoCore

/// A new file is written whole or not at all and never over another (issue 12: a full disk left an
/// empty or a cut export behind, with the wrong reason).
@Suite("Writing a new file", .serialized)
struct NewFileTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-newfile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func contents(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test func theFirstFreeNameIsTakenAndNoFileIsReplaced() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let names = ["a.txt", "a-2.txt", "a-3.txt"]
        #expect(NewFile.write(Array("first".utf8), folder: folder, names: names) == .written(path: folder + "/a.txt"))
        #expect(NewFile.write(Array("second".utf8), folder: folder, names: names) == .written(path: folder + "/a-2.txt"))
        #expect(try String(contentsOfFile: folder + "/a.txt", encoding: .utf8) == "first")
        #expect(try String(contentsOfFile: folder + "/a-2.txt", encoding: .utf8) == "second")
        #expect(Self.contents(folder) == ["a-2.txt", "a.txt"], "no temporary file is left")
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: folder + "/a.txt")[.posixPermissions] as? Int)
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let mask = try #require(status.split(separator: "\n").first { $0.hasPrefix("Umask:") }.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) })
        #expect(mode == 0o666 & ~mask, "as readable as any file the user makes, not mkstemp's 0600")
    }

    /// Replacing (`import --force`): the old file is moved over whole, and nothing else is left.
    @Test func replacingMovesTheNewFileOverTheOld() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(NewFile.write(Array("old".utf8), folder: folder, names: ["d.json"]) == .written(path: folder + "/d.json"))
        #expect(NewFile.write(Array("new".utf8), folder: folder, names: ["d.json"]) == .failed(reason: "every name is taken (d.json…)"))
        #expect(NewFile.write(Array("new".utf8), folder: folder, names: ["d.json"], replacing: true) == .written(path: folder + "/d.json"))
        #expect(try String(contentsOfFile: folder + "/d.json", encoding: .utf8) == "new")
        #expect(Self.contents(folder) == ["d.json"])
    }

    /// A replaced file keeps its own mode: a private draft is not made readable by others.
    @Test func replacingKeepsTheOldFilesMode() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(NewFile.write(Array("old".utf8), folder: folder, names: ["p.json"]) == .written(path: folder + "/p.json"))
        #expect(chmod(folder + "/p.json", 0o600) == 0)
        #expect(NewFile.write(Array("new".utf8), folder: folder, names: ["p.json"], replacing: true) == .written(path: folder + "/p.json"))
        let mode = try FileManager.default.attributesOfItem(atPath: folder + "/p.json")[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    /// A write interrupted by a signal (EINTR) is tried again, not taken for a failure.
    @Test func anInterruptedWriteIsTriedAgain() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var interrupted = 0
        let outcome = NewFile.write(Array("数据".utf8), folder: folder, names: ["i.txt"]) { fd, chunk in
            if interrupted < 3 { interrupted += 1; errno = EINTR; return -1 }
            return write(fd, chunk.baseAddress, chunk.count)
        }
        #expect(outcome == .written(path: folder + "/i.txt"))
        #expect(interrupted == 3)
        #expect(try String(contentsOfFile: folder + "/i.txt", encoding: .utf8) == "数据")
        #expect(Self.contents(folder) == ["i.txt"])
    }

    /// A write that fails part way (the disk fills after 4,096 bytes) leaves nothing and says why.
    @Test func aFailedWriteLeavesNothingAndGivesTheSystemsReason() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var calls = 0
        let outcome = NewFile.write([UInt8](repeating: 0x41, count: 100_000), folder: folder, names: ["cut.txt"]) { fd, chunk in
            calls += 1
            if calls == 1 { return write(fd, chunk.baseAddress, min(4096, chunk.count)) }
            errno = ENOSPC
            return -1
        }
        #expect(outcome == .failed(reason: "No space left on device"))
        #expect(Self.contents(folder).isEmpty, "\(Self.contents(folder))")
    }

    /// A short write (a signal, a pipe) is continued, not taken for the whole.
    @Test func shortWritesAreContinued() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = (0..<10_000).map { UInt8($0 % 251) }
        let outcome = NewFile.write(bytes, folder: folder, names: ["s.txt"]) { fd, chunk in write(fd, chunk.baseAddress, min(333, chunk.count)) }
        #expect(outcome == .written(path: folder + "/s.txt"))
        #expect(FileManager.default.contents(atPath: folder + "/s.txt").map([UInt8].init) == bytes)
    }

    @Test func aFolderThatCannotBeWrittenIsSaid() {
        #expect(NewFile.write([1], folder: "/no/such/folder", names: ["x.txt"]) == .failed(reason: "No such file or directory"))
    }

    /// On a real full file system (a 16 KiB tmpfs, where the test may mount one).
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount")))
    func aFullFileSystemLeavesNothing() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", "size=16k", "tmpfs", folder]
        try mount.run()
        mount.waitUntilExit()
        guard mount.terminationStatus == 0 else {
            // No mounting in this container: the simulated failure above stands, and the skip is said.
            print("aFullFileSystemLeavesNothing: no tmpfs could be mounted here; the simulated full disk is the test")
            return
        }
        defer {
            let umount = Process()
            umount.executableURL = URL(fileURLWithPath: "/bin/umount")
            umount.arguments = [folder]
            try? umount.run()
            umount.waitUntilExit()
        }
        let outcome = NewFile.write([UInt8](repeating: 0x41, count: 1 << 20), folder: folder, names: ["big.txt"])
        #expect(outcome == .failed(reason: "No space left on device"))
        #expect(Self.contents(folder).isEmpty, "\(Self.contents(folder))")
    }
}
