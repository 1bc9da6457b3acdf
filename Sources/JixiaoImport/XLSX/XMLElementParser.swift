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
