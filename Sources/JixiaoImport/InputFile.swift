import Foundation
import JixiaoCore

/// An input's bytes as every reader takes them, or an error that says why not in the system's words:
/// no such file, a symbolic link to nothing or a loop of them, a folder, no permission, too large;
/// and an empty file (`/dev/null`) is said to be empty rather than unreadable.
enum InputFile {
    static func read(_ file: String) throws(ImportError) -> Data {
        guard FileManager.default.fileExists(atPath: file) else {
            throw ImportError(.missing, file: file, FileReadFailure.whyMissing(file))
        }
        switch ReportLoader.readBytes(file) {
        case .success(let bytes):
            guard !bytes.isEmpty else { throw ImportError(.unreadable, file: file, "is empty (0 bytes)") }
            return Data(bytes)
        case .failure(let failure):
            throw ImportError(.unreadable, file: file, failure.message)
        }
    }
}
