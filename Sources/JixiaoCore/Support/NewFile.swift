import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file whole or not at all: the dashboard's exports (never over an existing file) and
/// `import -o` (over one only with `--force`, which keeps the old file's mode).
///
/// The bytes go to a temporary file in the same folder (`mkstemp`), which is flushed, closed and then
/// linked under the first free name of the list (`link` fails rather than replace a file) and
/// unlinked. On any failure the temporary file is removed and the system's own reason returned
/// (`No space left on device`), so a full disk leaves neither an empty nor a cut file behind. Where
/// the file system has no hard links, the file is created under its name with `O_EXCL` instead and
/// removed if its writing fails.
package enum NewFile {
    package enum Outcome: Equatable, Sendable {
        case written(path: String)
        case failed(reason: String)
    }

    /// Writes one chunk, as `write(2)` does: the count written, or -1 with `errno` set.
    package typealias ChunkWriter = (Int32, UnsafeRawBufferPointer) -> Int

    /// Writes `bytes` under the first name of `names` (in `folder`) that does not exist yet; with
    /// `replacing`, under the first name whether it exists or not (moved into place with `rename`,
    /// so the old file is there whole until the new one is, as `import --force` wants).
    package static func write(_ bytes: [UInt8], folder: String = ".", names: [String], replacing: Bool = false,
                             writer: ChunkWriter = { fd, chunk in Glibc.write(fd, chunk.baseAddress, chunk.count) }) -> Outcome {
        let folder = folder.isEmpty ? "." : folder
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        var template = Array((prefix + ".jixiao-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return failure(errno) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC) // mkostemp is not in Swift's Glibc module
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // mkstemp makes the file 0600; a new file is as readable as any file the user makes, and a file
        // replaced keeps its own mode (a private 0600 draft stays private).
        var old = stat()
        if replacing, let name = names.first, stat(name.hasPrefix("/") ? name : prefix + name, &old) == 0 {
            fchmod(fd, old.st_mode & 0o777) // not set-id or sticky bits
        } else {
            fchmod(fd, 0o666 & ~userMask)
        }
        if let error = fill(fd, bytes, writer) {
            close(fd)
            unlink(temporary)
            return failure(error)
        }
        guard close(fd) == 0 else { let error = errno; unlink(temporary); return failure(error) }
        if replacing, let name = names.first {
            let path = name.hasPrefix("/") ? name : prefix + name
            // Once renamed the temporary name is no longer ours to remove.
            guard rename(temporary, path) == 0 else { let error = errno; unlink(temporary); return failure(error) }
            syncFolder(of: path)
            return .written(path: folder == "." ? name : path)
        }
        defer { unlink(temporary) }
        for name in names {
            let path = name.hasPrefix("/") ? name : prefix + name
            if link(temporary, path) == 0 { syncFolder(of: path); return .written(path: folder == "." ? name : path) }
            switch errno {
            case EEXIST: continue
            case EPERM, ENOTSUP, EOPNOTSUPP, EMLINK, EXDEV:
                unlink(temporary) // before writing again: a nearly full disk may not hold two copies
                return writeInPlace(bytes, names: names, prefix: prefix, folder: folder, writer: writer)
            case let error: return failure(error)
            }
        }
        return .failed(reason: "every name is taken (\(names.first ?? "")…)")
    }

    /// Flushes the folder that now holds the file's name, so the name survives a crash as the data does
    /// (best effort: a folder that cannot be opened or synced changes nothing).
    private static func syncFolder(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    /// Writes all of `bytes` and flushes them to the disk; the errno of a failure.
    private static func fill(_ fd: Int32, _ bytes: [UInt8], _ writer: ChunkWriter) -> Int32? {
        if let error = bytes.withUnsafeBytes({ writeAll(fd, $0, writer) }) { return error }
        return fsync(fd) == 0 || errno == EINVAL || errno == EROFS ? nil : errno
    }

    /// Writes all of `bytes` to `fd`, going on after a short write or an interrupted one; the errno of a
    /// failure (ENOSPC for a write that wrote nothing).
    package static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer,
                                 _ writer: ChunkWriter = { fd, chunk in Glibc.write(fd, chunk.baseAddress, chunk.count) }) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = writer(fd, UnsafeRawBufferPointer(rebasing: bytes[offset...]))
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if written == 0 { return ENOSPC }
            offset += written
        }
        return nil
    }

    /// A file system without hard links: each name tried with `O_EXCL`, the file removed if writing fails.
    private static func writeInPlace(_ bytes: [UInt8], names: [String], prefix: String, folder: String,
                                     writer: ChunkWriter) -> Outcome {
        for name in names {
            let path = name.hasPrefix("/") ? name : prefix + name
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666) // less the umask, as above
            if fd < 0 {
                if errno == EEXIST { continue }
                return failure(errno)
            }
            if let error = fill(fd, bytes, writer) { close(fd); unlink(path); return failure(error) }
            guard close(fd) == 0 else { let error = errno; unlink(path); return failure(error) }
            return .written(path: folder == "." ? name : path)
        }
        return .failed(reason: "every name is taken (\(names.first ?? "")…)")
    }

    /// The process's file mode creation mask, read once from `/proc/self/status` (never by setting
    /// it, which would race with files made meanwhile on other threads); 022 where it cannot be read.
    private static let userMask: mode_t = {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
              let mask = mode_t(line.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) else { return 0o022 }
        return mask
    }()

    private static func failure(_ error: Int32) -> Outcome { .failed(reason: String(cString: strerror(error))) }
}
