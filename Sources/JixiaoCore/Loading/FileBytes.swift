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
    /// The start of the part not yet given back (a multiple of the page size), for a mapped file.
    private(set) var released = 0

    /// Files of this size or more are mapped.
    static let mappedFrom = 32 << 20

    /// A copy of bytes made in memory (an imported report, a test's text).
    init(copying bytes: [UInt8]) {
        let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = storage.initialize(from: bytes)
        buffer = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(storage)[0..<bytes.count])
        mapped = false
    }

    private init(mapping base: UnsafeRawPointer, count: Int) {
        buffer = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count)
        mapped = true
    }

    deinit {
        if mapped {
            munmap(UnsafeMutableRawPointer(mutating: buffer.baseAddress), buffer.count)
            Self.unmapped()
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
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) >= mappedFrom,
           Int(status.st_size) <= DataLimits.fileBytes, let mapped = map(path) {
            return .success(mapped)
        }
        return ReportLoader.readBytes(path).map(FileBytes.init(copying:))
    }

    /// The file mapped read-only, or nil when it cannot be (then it is read).
    private static func map(_ path: String) -> FileBytes? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 else { return nil }
        let count = Int(status.st_size)
        guard let base = mmap(nil, count, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else { return nil }
        _ = madvise(base, count, MADV_SEQUENTIAL)
        mapped(path)
        return FileBytes(mapping: UnsafeRawPointer(base), count: count)
    }
}
