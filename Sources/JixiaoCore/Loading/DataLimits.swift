import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The largest input jixiao reads, so that a hostile or broken file is refused with a clear error
/// instead of taking minutes and gigabytes (docs/data-format.md, "Limits").
package enum DataLimits {
    /// A data file: 2 GiB. A province's year (1,000,000 indicators) is about 650 MiB; a larger set
    /// is given as a folder of files, which loads the same.
    package static let fileBytes = 2 << 30
    /// One text field (a title, a target, a sentence of the report): 1 MiB, a hundred times the
    /// longest report text seen.
    package static let textBytes = 1 << 20
    /// A weight, a printed score, a stated score: at most 100, the whole of a 100-point scale.
    package static let points = 100
    /// The largest figure a report may hold, in magnitude: 10^15 (万元, far beyond any national
    /// budget), so that totals over a province's reports stay exact in Decimal's 38 significant digits.
    package static let largestFigure = Decimal(sign: .plus, exponent: 15, significand: 1)
}

/// Why a data file's bytes could not be read: the system's reason, or its size.
package struct FileReadFailure: Error {
    package var message: String
    package var isTooLarge = false

    init(message: String) { self.message = message }

    init(errno code: Int32) {
        switch code {
        case ELOOP: message = "cannot be read: a loop of symbolic links (\(String(cString: strerror(code))))"
        case EISDIR: message = "cannot be read: it is a folder"
        default: message = "cannot be read: \(String(cString: strerror(code)))"
        }
    }

    static func tooLarge(_ size: Int) -> FileReadFailure {
        var failure = FileReadFailure(message: "is \(size) bytes, larger than the \(DataLimits.fileBytes >> 30) GiB a data file may be: split it into several files (a folder of files loads the same)")
        failure.isTooLarge = true
        return failure
    }

    /// Why a path that is not there as a file or folder is missing: no such name, a symbolic link to
    /// nothing, or a loop of links.
    package static func whyMissing(_ path: String) -> String {
        var status = stat()
        // A name that is not UTF-8 (GBK, from a zip made on Windows) comes out of a folder's listing with
        // U+FFFD in place of its bytes, and that name is not there.
        if path.unicodeScalars.contains("\u{FFFD}"), lstat(path, &status) != 0 {
            return "cannot be opened: its name is not UTF-8 (shown with � for the bytes that are not), and jixiao reads names as UTF-8: rename the file (convmv -f GBK -t UTF-8 renames such names)"
        }
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return "no such file or folder" }
        if stat(path, &status) != 0, errno != ENOENT { return FileReadFailure(errno: errno).message }
        var target = [CChar](repeating: 0, count: 4096)
        let count = readlink(path, &target, target.count - 1)
        let pointed = count > 0 ? String(decoding: target[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : "?"
        return "a symbolic link to nothing (\(pointed) does not exist)"
    }
}
