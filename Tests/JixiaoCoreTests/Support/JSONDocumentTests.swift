import Foundation
import Testing
@testable import JixiaoCore

/// The evaluate document written in parts on every core is the same bytes as written whole (issue 9).
@Suite("JSON written in parts")
struct JSONDocumentTests {
    static let items: [JSONValue] = [
        ["id": "r1", "n": .number(Decimal(string: "1.50")!), "list": [.number(1), "两所", ["a": .null]], "empty": [], "obj": [:]],
        ["id": "r2 \"quoted\"\n", "flag": .bool(true), "deep": [[[["x": "y"]]]]],
    ]

    @Test func partsJoinToTheWholeDocument() {
        let whole = JSONValue.object([("reports", .array(Self.items))]).serialized()
        #expect(JSONValue.reportsDocument(Self.items.map { $0.serialized(atLevel: 2) }) == whole)
        #expect(JSONValue.reportsDocument([]) == JSONValue.object([("reports", .array([]))]).serialized())
    }

    /// Quotes, backslashes, C0 and C1 controls, DEL and bidi overrides are escaped (issue 12), the rest of
    /// the text (curly quotes, an ellipsis: the same lead byte as an override) kept as it is.
    @Test func stringsAreEscapedAtTheirBytes() {
        let value: JSONValue = ["k\"ey": "a\"b\\c\n\r\t\u{01}\u{1F}两所 \u{7F}\u{9B}\u{202E}“引号”…"]
        #expect(value.serialized(compact: true) == #"{"k\"ey":"a\"b\\c\n\r\t\u0001\u001f两所 \u007f\u009b\u202e“引号”…"}"#)
        #expect(String(decoding: value.serializedBytes(atLevel: 2), as: UTF8.self) == value.serialized(atLevel: 2))
    }

    /// Every character `VisibleText.isControl` names comes out as a `\\u` escape (the writer's fast path
    /// looks only at lead bytes: this keeps the two in step), and its neighbours come out as they are.
    @Test func everyControlIsEscaped() {
        let controls = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter(VisibleText.isControl)
        for scalar in controls where !["\n", "\r", "\t"].contains(scalar) {
            let text = JSONValue.string("a" + String(scalar) + "b").serialized(compact: true)
            #expect(text == "\"a\\u" + String(format: "%04x", scalar.value) + "b\"", "\(scalar.value)")
        }
        #expect(controls.count == 32 + 33 + 5 + 4 + 3 + 2) // C0; DEL and C1; embeddings and overrides; isolates; marks; separators
        for neighbour: Unicode.Scalar in ["\u{A0}", "\u{2027}", "\u{202F}", "\u{2065}", "\u{206A}", "\u{061B}", "\u{200D}"] {
            #expect(JSONValue.string(String(neighbour)).serialized(compact: true) == "\"" + String(neighbour) + "\"")
        }
    }

    @Test func theEvaluationsDocumentIsTheirJSON() {
        let evaluations = (0..<9).map { i -> ReportEvaluation in
            var report = ReportBuilder.balanced
            report.id = "r\(i)"
            return Evaluator.evaluate(report)
        }
        #expect(ReportEvaluation.jsonDocument(evaluations) == ReportEvaluation.json(evaluations).serialized())
    }

    /// Written a batch at a time (batches of 4 over 9 reports, so a batch boundary falls inside), the
    /// document is the same bytes; and so for no reports and for one.
    @Test func theDocumentWrittenInBatchesIsTheSame() {
        let reports = (0..<9).map { i -> Report in
            var report = ReportBuilder.balanced
            report.id = "r\(i)"
            return report
        }
        for count in [0, 1, 4, 9] {
            let some = Array(reports.prefix(count))
            var written = ""
            var pieces = 0
            ReportEvaluation.writeJSONDocument(some, batch: 4) { written += $0; pieces += 1 }
            #expect(written == ReportEvaluation.jsonDocument(Evaluator.evaluateAll(some)))
            #expect(pieces == (count == 0 ? 1 : (count + 3) / 4 + 1))
        }
        var seen: [String] = []
        Evaluator.evaluateInBatches(reports, batch: 4) { batch in seen += batch.map(\.report.id) }
        #expect(seen == reports.map(\.id))
        // Letting go of each batch: the same order, the same document, and nothing left held.
        var held = reports
        var released: [String] = []
        Evaluator.evaluateInBatches(releasing: &held, batch: 4) { batch in released += batch.map(\.report.id) }
        #expect(released == reports.map(\.id) && held.isEmpty)
        held = reports
        var written = ""
        ReportEvaluation.writeJSONDocument(releasing: &held, batch: 4) { written += $0 }
        #expect(written == ReportEvaluation.jsonDocument(Evaluator.evaluateAll(reports)) && held.isEmpty)
    }

    @Test func aParallelMapKeepsTheOrder() {
        let items = Array(0..<1000)
        #expect(ParallelMap.map(items) { $0 * 2 } == items.map { $0 * 2 })
        #expect(ParallelMap.map([Int]()) { $0 } == [])
    }
}
