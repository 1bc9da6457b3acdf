/// Where a good report stands, so that it can be read again when its turn comes: a province's
/// reports are checked once and then read a batch at a time (`ReportPlaces`), never all held.
public struct ReportPlace: Sendable {
    public var file: String
    /// Its position among its file's reports.
    public var index: Int
    public var id: String
    public var year: Int
    /// Its bytes in the file; nil for a report held in memory (an imported one).
    var range: Range<Int>?
    var held: Report?

    init(file: String, index: Int, id: String, year: Int, range: Range<Int>? = nil, held: Report? = nil) {
        self.file = file; self.index = index; self.id = id; self.year = year; self.range = range; self.held = held
    }
}

/// Reads placed reports again, a range of them at a time, in their order.
///
/// Each was checked when it was placed, so reading it again finds nothing wrong unless its file
/// changed since: then what is wrong is an error (`errors`) and the report is left out.
public final class ReportPlaces {
    public let places: [ReportPlace]
    public private(set) var errors: [LoadError] = []
    /// The file read last, kept while the next reports come from it too.
    private var current: (file: String, bytes: FileBytes)?

    public init(_ places: [ReportPlace]) { self.places = places }

    public var count: Int { places.count }

    /// The reports at `range` of the places; the pages of a mapped file they were read from are given
    /// back once they are.
    public func reports(in range: Range<Int>) -> [Report] {
        var reports: [Report] = []
        reports.reserveCapacity(range.count)
        for place in places[range] {
            if let held = place.held { reports.append(held); continue }
            guard let bytesRange = place.range, let bytes = bytes(of: place.file) else { continue }
            let context = ReadContext(file: place.file, bytes: bytes)
            let path = JSONPath("reports")[place.index]
            do {
                let node = try JSONParser.parseValue(in: bytes, at: bytesRange)
                if let report = Report.read(node, path, context), context.errors.isEmpty, report.id == place.id {
                    reports.append(report)
                } else if context.errors.isEmpty {
                    errors.append(LoadError(kind: .consistency, file: place.file, position: nil, path: path.description,
                                            message: "the file changed while it was read: report \"\(JSONNode.abbreviated(place.id))\" is no longer there"))
                }
                errors += context.errors
            } catch {
                errors.append(LoadError(kind: .syntax, file: place.file, position: error.position, path: path.description,
                                        message: "the file changed while it was read: " + error.message))
            }
            bytes.release(bytesRange)
        }
        return reports
    }

    private func bytes(of file: String) -> FileBytes? {
        if let current, current.file == file { return current.bytes }
        switch FileBytes.read(file) {
        case .success(let bytes):
            current = (file, bytes)
            return bytes
        case .failure(let failure):
            current = nil
            errors.append(LoadError(kind: .missing, file: file, position: nil, path: "", message: "the file changed while it was read: " + failure.message))
            return nil
        }
    }
}
