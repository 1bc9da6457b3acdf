import Foundation

/// A report and the file it came from.
public struct LoadedReport: Sendable {
    public var file: String
    public var report: Report

    public init(file: String, report: Report) {
        self.file = file
        self.report = report
    }
}

/// What loading a set of paths produced: the good reports and every problem found.
public struct LoadResult: Sendable {
    /// Reports of the files that loaded cleanly, ordered by year, then id.
    public var reports: [LoadedReport]
    public var errors: [LoadError]
    /// Files that were read (good or bad).
    public var files: [String]
    /// Where the good reports stand, in the same order, when they were not kept
    /// (`load(…, keepingReports: false)`): read them a batch at a time with `ReportPlaces`.
    public var places: [ReportPlace] = []

    /// How many good reports there are, kept or placed.
    public var reportCount: Int { reports.count + places.count }

    public init(reports: [LoadedReport] = [], errors: [LoadError] = [], files: [String] = []) {
        self.reports = reports
        self.errors = errors
        self.files = files
    }

    /// Whether a path named on the command line does not exist.
    public var hasMissingPath: Bool { errors.contains { $0.kind == .missing } }

    /// Whether a file needs a converter that is not installed.
    public var needsConverter: Bool { errors.contains { $0.kind == .converterMissing } }
}

/// Reads data files and folders into reports, collecting every error instead of stopping at the first.
public enum ReportLoader {
    /// Turns files that are not JSON (workbooks, tables) into data-format JSON documents, one per report;
    /// given by the importer, which this module does not know.
    public typealias Importing = @Sendable (_ files: [String]) -> (documents: [(file: String, json: [UInt8])], errors: [LoadError])

    /// Loads files and folders (below a folder, every file with one of `extensions`, in name order);
    /// files other than `.json` go through `importer`.
    ///
    /// `onReport` sees each report as soon as it is read, in file order, when nothing in its file was
    /// wrong up to it (for a dashboard that shows the first at once); a later error in the file still
    /// rejects it, so the result is what counts.
    ///
    /// `keepingReports: false` checks every report as before but keeps only where each stands
    /// (`LoadResult.places`, ordered as `reports` would be), so that a province is never held whole:
    /// what `validate` and `evaluate` need.
    public static func load(paths: [String], extensions: Set<String> = ["json"], importer: Importing? = nil,
                            keepingReports: Bool = true, onReport: ((LoadedReport) -> Void)? = nil) -> LoadResult {
        var result = LoadResult()
        let fileManager = FileManager.default
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                result.errors.append(LoadError(kind: .missing, file: path, position: nil, path: "", message: FileReadFailure.whyMissing(path)))
                continue
            }
            if isDirectory.boolValue {
                let found = dataFiles(under: path, extensions: extensions)
                if found.isEmpty {
                    let kinds = extensions.sorted().map { ".\($0)" }.joined(separator: ", ")
                    result.errors.append(LoadError(kind: .missing, file: path, position: nil, path: "", message: "the folder holds no \(kinds) files"))
                }
                files += found
            } else {
                files.append(path)
            }
        }
        // The same file named twice (a folder and a file in it, a link to another) is read once: files
        // are the same when stat says so (one call a file, where resolving every link of a path was
        // most of the time before the first of 15,625 reports).
        struct Identity: Hashable { var device: UInt64, inode: UInt64 }
        var seenFiles = Set<Identity>()
        files = files.filter { file in
            var status = stat()
            guard stat(file, &status) == 0 else { return true }
            return seenFiles.insert(Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))).inserted
        }
        var seenReportIDs: [String: String] = [:]
        let imported = Set(files.filter { ($0 as NSString).pathExtension.lowercased() != "json" })
        // Data files first, then the imported reports: a draft beside its workbook (the same report id)
        // is the analyst's corrected version, so the workbook's report gives way to it. A data file is
        // read only when its turn comes, so a folder's files are never all in memory at once; and the
        // data files are read before anything is imported, so their first report is seen at once.
        let importing = importer != nil
        for file in files { result.files.append(file) }
        var decodeErrors: [LoadError] = []
        func take(_ file: String, _ read: Result<FileBytes, FileReadFailure>, isImported: Bool) {
            let bytes: FileBytes
            switch read {
            case .success(let read): bytes = read
            case .failure(let failure):
                decodeErrors.append(LoadError(kind: failure.isTooLarge ? .syntax : .missing, file: file, position: nil, path: "", message: failure.message))
                return
            }
            // An imported report is small and made in memory, and a pipe's or a device's bytes cannot be
            // read again: their reports are always kept.
            let keep = keepingReports || isImported || !bytes.isRegular
            var (decoded, errors, found) = decode(bytes, file: file, keep: keep,
                                                  onReport: onReport.map { see in { see(LoadedReport(file: file, report: $0)) } })
            // A line:column of the JSON made in memory would point nowhere in the workbook.
            if isImported { errors = errors.map { LoadError(kind: $0.kind, file: $0.file, position: nil, path: $0.path, message: $0.message + " (in the imported report)") } }
            decodeErrors += errors
            guard var decoded, errors.isEmpty else { return }
            if isImported {
                let drafted = { (id: String) in seenReportIDs[id].map { ($0 as NSString).pathExtension.lowercased() == "json" } ?? false }
                decoded.reports.removeAll { drafted($0.id) }
                found.removeAll { drafted($0.id) }
                if found.isEmpty { return }
            }
            var fileIsClean = true
            var inThisFile: [String: Int] = [:]
            for (index, report) in found.enumerated() {
                let where_ = inThisFile[report.id].map { "reports[\($0)] of the same file" } ?? seenReportIDs[report.id]
                if let where_ {
                    decodeErrors.append(LoadError(
                        kind: .consistency, file: file, position: isImported ? nil : JSONParser.position(of: "reports[\(index)].id", in: bytes),
                        path: "reports[\(index)].id", message: "report id \"\(JSONNode.abbreviated(report.id))\" is already used in \(where_)"))
                    fileIsClean = false
                }
                inThisFile[report.id] = inThisFile[report.id] ?? index
            }
            guard fileIsClean else { return }
            for report in found { seenReportIDs[report.id] = file }
            if keep {
                for report in decoded.reports { result.reports.append(LoadedReport(file: file, report: report)) }
            } else {
                for (index, report) in found.enumerated() {
                    result.places.append(ReportPlace(file: file, index: index, id: report.id, year: report.year,
                                                     range: report.held == nil ? report.range : nil, held: report.held, stamp: bytes.stamp))
                }
            }
        }
        for file in files where !(imported.contains(file) && importing) { take(file, FileBytes.read(file), isImported: false) }
        if let importer, !imported.isEmpty {
            let outcome = importer(files.filter(imported.contains))
            // The importer's own errors come first, as they always have.
            result.errors += outcome.errors
            var documents: [String: [[UInt8]]] = [:]
            for (file, json) in outcome.documents { documents[file, default: []].append(json) }
            for file in files where imported.contains(file) {
                for json in documents[file] ?? [] { take(file, .success(FileBytes(copying: json)), isImported: true) }
            }
        }
        result.errors += decodeErrors
        if !keepingReports {
            // Reports that had to be kept (imported, or from a pipe) are placed among the others, held.
            result.places += result.reports.map { ReportPlace(file: $0.file, index: 0, id: $0.report.id, year: $0.report.year, held: $0.report) }
            result.reports = []
        }
        result.reports.sort { ($0.report.year, $0.report.id) < ($1.report.year, $1.report.id) }
        result.places.sort { ($0.year, $0.id) < ($1.year, $1.id) }
        return result
    }

    /// Decodes one file's bytes; the file is nil when it is not JSON or not a report file at all.
    public static func decode(_ bytes: [UInt8], file: String, onReport: ((Report) -> Void)? = nil) -> (ReportFile?, [LoadError]) {
        let (decoded, errors, _) = decode(FileBytes(copying: bytes), file: file, onReport: onReport)
        return (decoded, errors)
    }

    /// What is kept of each report read from a file, in order: its id, year and bytes.
    struct Found {
        var id: String
        var year: Int
        var range: Range<Int>
        /// The report itself, for a file whose reports were not streamed (so have no range of their own).
        var held: Report? = nil
    }

    /// Decodes one file's bytes; with `keep` false the file's reports are checked and then let go
    /// (the `ReportFile` holds none), only what `Found` says of each kept.
    static func decode(_ bytes: FileBytes, file: String, keep: Bool = true,
                       onReport: ((Report) -> Void)? = nil) -> (ReportFile?, [LoadError], [Found]) {
        let context = ReadContext(file: file, bytes: bytes)
        var reports: [Report] = []
        var found: [Found] = []
        let root: JSONNode
        do {
            // Each report is read (and checked) as soon as it is parsed, from a tape of its own.
            root = try JSONParser.parse(bytes, streaming: "reports") { node, index, end in
                guard let report = Report.read(node, JSONPath("reports")[index], context) else { return }
                ConsistencyCheck.run(report, index: index, node: node, context: context)
                if keep { reports.append(report) }
                found.append(Found(id: report.id, year: report.year, range: node.offset..<end))
                // Only a report read without any error so far in its file is shown before the file
                // is known to be clean: a wrong field is never drawn as a figure.
                if context.errors.isEmpty { onReport?(report) }
                // What came before this report is read: a mapped file gives those pages back.
                bytes.release(before: node.offset)
            }
        } catch {
            return (nil, [LoadError(kind: .syntax, file: file, position: error.position, path: error.path, message: error.message)], [])
        }
        guard let reportFile = ReportFile.read(root, streamed: reports, streamedCount: found.count, context) else { return (nil, context.errors, []) }
        let errors = context.errors.enumerated().sorted { a, b in
            let pa = a.element.position ?? SourcePosition(line: 0, column: 0)
            let pb = b.element.position ?? SourcePosition(line: 0, column: 0)
            return (pa.line, pa.column, a.offset) < (pb.line, pb.column, b.offset)
        }.map(\.element)
        // A file whose reports are all in the document itself (not streamed) is found from them.
        if found.isEmpty { found = reportFile.reports.map { Found(id: $0.id, year: $0.year, range: 0..<0, held: $0) } }
        return (reportFile, errors, found)
    }

    /// A file's bytes, read straight into an array (no `Data` copy), or why they cannot be: the
    /// system's reason, or a file larger than `DataLimits.fileBytes`. A regular file is read into an
    /// array of its size; anything else (a pipe, a device) until its end.
    package static func readBytes(_ path: String) -> Result<[UInt8], FileReadFailure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            // A link to nothing, found in a folder, says so as a path named on the command line does.
            if code == ENOENT { return .failure(FileReadFailure(message: FileReadFailure.whyMissing(path))) }
            return .failure(FileReadFailure(errno: code))
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { return .failure(FileReadFailure(errno: errno)) }
        guard status.st_mode & S_IFMT != S_IFDIR else { return .failure(FileReadFailure(errno: EISDIR)) }
        let regular = status.st_mode & S_IFMT == S_IFREG
        if regular, Int(status.st_size) > DataLimits.fileBytes { return .failure(.tooLarge(Int(status.st_size))) }
        var bytes = [UInt8](repeating: 0, count: regular ? Int(status.st_size) : 0)
        var filled = 0
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let got: Int
            if filled < bytes.count {
                got = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
                if got > 0 { filled += got }
            } else {
                // At the size stat gave (or for a pipe): what more there is, if anything.
                got = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
                if got > 0 { bytes.append(contentsOf: chunk[0..<got]); filled += got }
            }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { return .failure(FileReadFailure(errno: errno)) }
            if got == 0 { break }
            if filled > DataLimits.fileBytes { return .failure(.tooLarge(filled)) }
        }
        if filled < bytes.count { bytes.removeLast(bytes.count - filled) }
        return .success(bytes)
    }

    /// Every file below a folder with one of `extensions` (lower case), in name order; hidden files,
    /// office lock files (`~$…`) and anything that is not a file (a FIFO, a device) left out.
    public static func dataFiles(under folder: String, extensions: Set<String>) -> [String] {
        let url = URL(fileURLWithPath: folder)
        guard let enumerator = FileManager.default.enumerator(
            at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else { return [] }
        var files: [String] = []
        for case let item as URL in enumerator where extensions.contains(item.pathExtension.lowercased())
            && !item.lastPathComponent.hasPrefix("~$") {
            // Only files: a FIFO or a device named like a data file would hang or never end the scan.
            // A link that leads nowhere is kept, so that its error is reported.
            var status = stat()
            if stat(item.path, &status) == 0, status.st_mode & S_IFMT != S_IFREG { continue }
            let relative = String(item.path.dropFirst(url.path.count)).drop { $0 == "/" }
            files.append(folder.hasSuffix("/") ? folder + relative : folder + "/" + relative)
        }
        return files.sorted()
    }
}
