#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A data file's bytes, in memory for as long as anything reads them.
///
/// A large regular file is mapped rather than read, so that the part already parsed can be given
/// back (`release(before:)`): a province's file of 655 MiB then never sits in memory whole beside the
/// reports read from it. Pages given back are read again from the file if an error's line:column
/// needs them. Anything smaller, and anything that is not a regular file, is read into memory.
///
/// A mapped file that another program cuts short while jixiao reads it raises SIGBUS: jixiao then
/// ends naming the file, with exit 135 (`handleFilesCutShort`); files below `mappedFrom` are never mapped.
package final class FileBytes: @unchecked Sendable {
    /// The bytes; valid for the life of this object.
    let buffer: UnsafeBufferPointer<UInt8>
    let mapped: Bool
    /// The file's identity, size and time of change when it was read (nil for bytes made in memory):
    /// a file read again must still be the file that was checked.
    let stamp: FileStamp?
    /// Whether the bytes came from a regular file (not a pipe or a device), which can be read again.
    let isRegular: Bool
    /// The slot that names this mapping to the SIGBUS handler.
    private var slot: Int?
    /// The start of the part not yet given back (a multiple of the page size), for a mapped file.
    private(set) var released = 0

    /// Files of this size or more are mapped.
    static let mappedFrom = 32 << 20

    /// A copy of bytes made in memory (an imported report, a test's text).
    init(copying bytes: [UInt8], stamp: FileStamp? = nil, isRegular: Bool = false) {
        let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = storage.initialize(from: bytes)
        buffer = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(storage)[0..<bytes.count])
        mapped = false
        self.stamp = stamp
        self.isRegular = isRegular
    }

    private init(mapping base: UnsafeRawPointer, count: Int, stamp: FileStamp, slot: Int?) {
        buffer = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count)
        mapped = true
        self.stamp = stamp
        isRegular = true
        self.slot = slot
    }

    deinit {
        if mapped {
            if let slot { Self.forgetMapping(slot) }
            munmap(UnsafeMutableRawPointer(mutating: buffer.baseAddress), buffer.count)
        } else {
            UnsafeMutableRawPointer(mutating: buffer.baseAddress)?.deallocate()
        }
    }

    var count: Int { buffer.count }
    subscript(index: Int) -> UInt8 { buffer[index] }
    subscript(range: Range<Int>) -> Slice<UnsafeBufferPointer<UInt8>> { buffer[range] }

    func withUnsafeBufferPointer<R, E>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
        try body(buffer)
    }

    /// Gives back the whole pages before `offset`, which nothing will read again but for an error's
    /// position; nothing for bytes held in memory.
    func release(before offset: Int) {
        guard mapped else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let end = min(offset, buffer.count) / page * page
        guard end > released, let base = buffer.baseAddress else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base) + released, end - released, MADV_DONTNEED)
        released = end
    }

    /// Gives back the whole pages within `range`, read and not needed again; nothing for bytes in memory.
    func release(_ range: Range<Int>) {
        guard mapped, let base = buffer.baseAddress else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (range.lowerBound + page - 1) / page * page, end = min(range.upperBound, buffer.count) / page * page
        guard end > start else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base) + start, end - start, MADV_DONTNEED)
    }

    /// A file's bytes: a regular file of `mappedFrom` bytes or more mapped, anything else read (see
    /// `ReportLoader.readBytes` for the reasons a file cannot be).
    static func read(_ path: String, mappedFrom: Int = mappedFrom) -> Result<FileBytes, FileReadFailure> {
        var status = stat()
        let known = stat(path, &status) == 0
        let isRegular = known && status.st_mode & S_IFMT == S_IFREG
        if isRegular, Int(status.st_size) >= mappedFrom, Int(status.st_size) <= DataLimits.fileBytes, let mapped = map(path) {
            return .success(mapped)
        }
        // Stamped before it is read: a change while it is read is then a change to the next reading.
        let stamp = isRegular ? FileStamp(status) : nil
        return ReportLoader.readBytes(path).map { FileBytes(copying: $0, stamp: stamp, isRegular: isRegular) }
    }

    /// The file mapped read-only, or nil when it cannot be (then it is read).
    private static func map(_ path: String) -> FileBytes? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0,
              Int(status.st_size) <= DataLimits.fileBytes else { return nil }
        let count = Int(status.st_size)
        guard let base = mmap(nil, count, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else { return nil }
        _ = madvise(base, count, MADV_SEQUENTIAL)
        let slot = noteMapping(path, start: UnsafeRawPointer(base), length: count)
        return FileBytes(mapping: UnsafeRawPointer(base), count: count, stamp: FileStamp(status), slot: slot)
    }
}

/// What tells a file from the same file changed: device, inode, size and time of change.
struct FileStamp: Equatable, Sendable {
    var device: UInt64, inode: UInt64, size: Int64, changedSeconds: Int, changedNanoseconds: Int

    init(_ status: stat) {
        device = UInt64(status.st_dev); inode = UInt64(status.st_ino); size = Int64(status.st_size)
        changedSeconds = status.st_mtim.tv_sec; changedNanoseconds = status.st_mtim.tv_nsec
    }

    /// The file's stamp now, or nil when it cannot be read.
    static func of(_ path: String) -> FileStamp? {
        var status = stat()
        return stat(path, &status) == 0 ? FileStamp(status) : nil
    }
}
