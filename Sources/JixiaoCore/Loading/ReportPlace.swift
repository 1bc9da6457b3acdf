/// Where a good report stands, so that it can be read again when its turn comes: a province's
/// reports are checked once and then read a batch at a time (`ReportPlaces`), never all held.
public struct ReportPlace: Sendable {
    public var file: String
    /// Its position among its file's reports.
    public var index: Int
    public var id: String
    public var year: Int
    /// Its bytes in the file; nil for a report held in memory (an imported one, or one from a pipe).
    var range: Range<Int>?
    var held: Report?
    /// The file as it was checked.
    var stamp: FileStamp?

    init(file: String, index: Int, id: String, year: Int, range: Range<Int>? = nil, held: Report? = nil, stamp: FileStamp? = nil) {
        self.file = file; self.index = index; self.id = id; self.year = year; self.range = range; self.held = held; self.stamp = stamp
    }
}

/// Reads placed reports again, a range of them at a time, in their order.
///
/// Each was checked when it was placed. A file that is no longer the file checked (another size or
/// time of change, or gone) is an error naming it, once, and its reports are left out (`errors`).
public final class ReportPlaces {
    public let places: [ReportPlace]
    public private(set) var errors: [LoadError] = []
    /// Mapped files stay open between batches (a mapping costs no memory once its pages are given back).
    private var mappedFiles: [String: FileBytes] = [:]
    /// Files found changed or unreadable, said once.
    private var failed: Set<String> = []
    /// How many times a file was read (for the tests: once a batch a file, at most).
    private(set) var fileReads = 0

    public init(_ places: [ReportPlace]) { self.places = places }

    public var count: Int { places.count }

    /// The reports at `range` of the places, in order. Each file is read once for the batch, its
    /// reports taken together; the pages of a mapped file are given back once they are read.
    public func reports(in range: Range<Int>) -> [Report] {
        let batch = Array(places[range])
        var reports = [Report?](repeating: nil, count: batch.count)
        var files: [String] = []
        var byFile: [String: [Int]] = [:]
        for (i, place) in batch.enumerated() {
            if let held = place.held { reports[i] = held; continue }
            if byFile[place.file] == nil { files.append(place.file) }
            byFile[place.file, default: []].append(i)
        }
        for file in files {
            let indices = byFile[file]!
            guard let bytes = bytes(of: file, stamp: batch[indices[0]].stamp) else { continue }
            for i in indices {
                let place = batch[i]
                guard let bytesRange = place.range else { continue }
                reports[i] = read(place, bytesRange, from: bytes)
                bytes.release(bytesRange)
            }
        }
        return reports.compactMap { $0 }
    }

    private func read(_ place: ReportPlace, _ range: Range<Int>, from bytes: FileBytes) -> Report? {
        let context = ReadContext(file: place.file, bytes: bytes)
        let path = JSONPath("reports")[place.index]
        do {
            let node = try JSONParser.parseValue(in: bytes, at: range)
            if let report = Report.read(node, path, context), context.errors.isEmpty, report.id == place.id { return report }
        } catch {}
        // The stamp said the file is the one checked; it is not (changed within the same second and size).
        fail(place.file, "report \"\(JSONNode.abbreviated(place.id))\" is no longer what was checked")
        return nil
    }

    private func bytes(of file: String, stamp: FileStamp?) -> FileBytes? {
        guard !failed.contains(file) else { return nil }
        if let mapped = mappedFiles[file] { return mapped }
        guard let stamp, FileStamp.of(file) == stamp else {
            fail(file, "it is not the file that was checked (its size or time of change is another, or it is gone)")
            return nil
        }
        fileReads += 1
        switch FileBytes.read(file) {
        case .success(let bytes) where bytes.stamp == stamp:
            if bytes.mapped { mappedFiles[file] = bytes }
            return bytes
        case .success:
            fail(file, "it is not the file that was checked (its size or time of change is another)")
        case .failure(let failure):
            fail(file, failure.message)
        }
        return nil
    }

    private func fail(_ file: String, _ why: String) {
        guard failed.insert(file).inserted else { return }
        errors.append(LoadError(kind: .consistency, file: file, position: nil, path: "",
                                message: "the file changed while it was read: \(why); its reports from then on are left out"))
    }
}
