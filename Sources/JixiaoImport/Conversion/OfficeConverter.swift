import Foundation

/// Converts old binary office files (.xls, .et, .doc, .wps) with LibreOffice, headless, when it is installed.
enum OfficeConverter {
    /// The extensions that need a converter, and what each becomes.
    static let targets: [String: String] = ["xls": "xlsx", "et": "xlsx", "ods": "xlsx", "doc": "docx", "wps": "docx", "odt": "docx"]

    /// The converter on the PATH (`soffice` or `libreoffice`), if any.
    static var executable: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["soffice", "libreoffice"] {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// The converted file's bytes; the work happens in a private temporary folder with its own profile.
    static func convert(_ file: String, to format: String) throws(ImportError) -> Data {
        guard let soffice = executable else {
            throw ImportError(.converterMissing, file: file,
                "reading .\((file as NSString).pathExtension) needs LibreOffice: install the Debian package libreoffice-calc (or libreoffice-writer for documents), or save the file as .\(format)")
        }
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("jixiao-convert-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: work) }
        do {
            try fm.createDirectory(at: work.appendingPathComponent("profile"), withIntermediateDirectories: true)
        } catch {
            throw ImportError(.unreadable, file: file, "cannot make a temporary folder for the conversion")
        }
        let input = work.appendingPathComponent("input." + (file as NSString).pathExtension)
        do { try fm.copyItem(at: URL(fileURLWithPath: file), to: input) } catch {
            throw ImportError(.missing, file: file, "cannot be read")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["-env:UserInstallation=\(work.appendingPathComponent("profile").absoluteString)", "--headless", "--norestore",
                             "--convert-to", format, "--outdir", work.path, input.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch {
            throw ImportError(.converterMissing, file: file, "LibreOffice (\(soffice)) could not be started")
        }
        // A converter that hangs (a dialog, a damaged file) is stopped after two minutes.
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw ImportError(.unreadable, file: file, "LibreOffice did not finish converting the file within two minutes")
        }
        let output = work.appendingPathComponent("input." + format)
        guard process.terminationStatus == 0, let data = fm.contents(atPath: output.path) else {
            throw ImportError(.unreadable, file: file, "LibreOffice could not convert the file to .\(format)")
        }
        return data
    }
}
