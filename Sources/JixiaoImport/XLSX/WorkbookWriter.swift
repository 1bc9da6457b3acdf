import Foundation
import ZIPFoundation

/// Writes a minimal .xlsx workbook (one sheet of shared strings and numbers, with merges): what the
/// benchmark and the tests feed the reader when they need workbooks too large or odd to commit.
package enum WorkbookWriter {
    package enum Value: Sendable { case text(String), number(String) }

    /// A zip of the given parts (path → text), for documents the tests need; deflated unless `stored`.
    package static func zip(_ parts: [String: String], stored: Bool = false) throws -> Data {
        try zip(entries: parts.sorted(by: { $0.key < $1.key }).map { (path: $0.key, data: Data($0.value.utf8), stored: stored) })
    }

    /// A zip of the given entries in their order, each stored or deflated.
    package static func zip(entries: [(path: String, data: Data, stored: Bool)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data, stored) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: stored ? .none : .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try require(archive.data)
    }

    package static func xlsx(sheet: String = "Sheet1", rows: [[Value?]], merges: [String] = []) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        try add("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/></Types>
            """)
        try add("xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
            <sheet name="\(escape(sheet))" sheetId="1" r:id="rId1"/></sheets></workbook>
            """)
        try add("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
            </Relationships>
            """)
        // Text goes to the shared-string table, as Excel, WPS and openpyxl write it.
        var strings: [String] = []
        var stringIndex: [String: Int] = [:]
        func shared(_ text: String) -> Int {
            if let i = stringIndex[text] { return i }
            stringIndex[text] = strings.count
            strings.append(text)
            return strings.count - 1
        }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        for (r, row) in rows.enumerated() {
            xml += "<row r=\"\(r + 1)\">"
            for (c, value) in row.enumerated() {
                guard let value else { continue }
                let ref = "\(CellAddress(row: r, column: c))"
                switch value {
                case .text(let t): xml += "<c r=\"\(ref)\" t=\"s\"><v>\(shared(t))</v></c>"
                case .number(let n): xml += "<c r=\"\(ref)\"><v>\(n)</v></c>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if !merges.isEmpty { xml += "<mergeCells>" + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>" }
        xml += "</worksheet>"
        try add("xl/worksheets/sheet1.xml", xml)
        try add("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"\(strings.count)\" uniqueCount=\"\(strings.count)\">"
            + strings.map { "<si><t xml:space=\"preserve\">\(escape($0))</t></si>" }.joined() + "</sst>")
        return try require(archive.data)
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// Writes data to a new temporary file with this name and returns its path.
    package static func temporary(_ data: Data, name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    private static func require<T>(_ value: T?) throws -> T {
        guard let value else { throw CocoaError(.fileWriteUnknown) }
        return value
    }
}
