import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs Foundation's XMLParser over one part of a workbook with namespaces resolved,
/// so `x:row` and `row` read alike; the handler sees local element names.
final class XMLElementParser: NSObject, XMLParserDelegate {
    typealias Start = (_ name: String, _ attributes: [String: String]) -> Void
    typealias End = (_ name: String, _ text: String) -> Void

    private let start: Start
    private let end: End
    private var text = ""
    private var collecting = false
    private let collect: Set<String>

    /// `collect` names the elements whose character data `end` receives (`t`, `v`, `f`).
    init(collect: Set<String>, start: @escaping Start, end: @escaping End) {
        self.collect = collect; self.start = start; self.end = end
    }

    /// Parses `data`; throws with the parser's line when the XML is broken.
    func parse(_ data: Data) throws {
        if let offset = Self.firstByteNotUTF8(data) {
            let line = data.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw XMLPartError(line: line, message: "a byte is not UTF-8 (byte offset \(offset)), and the part names no other encoding")
        }
        // From a stream, not `XMLParser(data:)`: given all at once, libxml2 refuses a part over 10 MB ("huge input
        // lookup") unless told XML_PARSE_HUGE, which Foundation does not set; fed in chunks it reads any size.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        if !parser.parse() {
            throw XMLPartError(line: parser.lineNumber, message: Self.words(for: (parser.parserError as NSError?)?.code))
        }
    }

    /// Where a part that is UTF-8 by the XML rules (no UTF-16 byte-order mark or layout, no other encoding in
    /// its declaration) stops being UTF-8; nil when it is well formed or says it is in another encoding.
    /// Checked before parsing because libxml2 passes an element name with such bytes on to Foundation,
    /// which traps on it (a crash of `jixiao validate` found by fuzzing); libxml2 transcodes and checks
    /// the other encodings itself.
    static func firstByteNotUTF8(_ data: Data) -> Int? {
        let head = [UInt8](data.prefix(256))
        if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE])
            || head.starts(with: [0x3C, 0x00]) || head.starts(with: [0x00, 0x3C]) { return nil }
        // A UTF-8 byte-order mark makes the part UTF-8 whatever its declaration says (newer libxml2 follows
        // the mark), so only a part without one may name another encoding.
        if !head.starts(with: [0xEF, 0xBB, 0xBF]), head.starts(with: Array("<?xml".utf8)), let encoding = declaredEncoding(head),
           !["utf-8", "utf8"].contains(encoding.lowercased()) { return nil }
        let valid = data.withUnsafeBytes { String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) != nil }
        return valid ? nil : TextDecoding.firstInvalidUTF8([UInt8](data))
    }

    /// The `encoding` of an XML declaration (`<?xml version="1.0" encoding="GB2312"?>`), if it names one.
    private static func declaredEncoding(_ head: [UInt8]) -> String? {
        let text = String(decoding: head, as: UTF8.self)
        guard let end = text.range(of: "?>"), let key = text.range(of: "encoding", range: text.startIndex..<end.lowerBound) else { return nil }
        // By scalars: as Characters, "\r\n" is one, and a lone "\r" or "\n" would not be dropped.
        let rest = text[key.upperBound..<end.lowerBound].unicodeScalars.drop { " \t\r\n=".unicodeScalars.contains($0) }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(String.UnicodeScalarView(rest.dropFirst().prefix { $0 != quote }))
    }

    /// libxml2's error codes (as XMLParser passes them on) in words; Foundation on Linux gives none.
    static func words(for code: Int?) -> String {
        switch code {
        case 1: "the XML is too large or too deeply nested to read"
        case 4, 5: "the XML ends too soon (the file may be truncated)"
        case 9: "a character is not allowed in XML"
        case 23, 41, 73, 76: "a tag is not closed or not matched"
        case 26, 27: "an entity is not defined"
        case 64, 65, 66: "the XML declaration is damaged"
        case .some(let code): "the XML is malformed (parser error \(code))"
        case nil: "the XML is malformed"
        }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if collect.contains(name) { text = ""; collecting = true }
        start(name, attributes)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let collected = collect.contains(name)
        if collected { collecting = false }
        end(name, collected ? text : "")
    }
}

/// A part of the workbook that is not well-formed XML.
struct XMLPartError: Error {
    var line: Int
    var message: String
}
