import Foundation
import Testing
@testable import JixiaoUI

@Suite("docs/keys.md")
struct KeyDocsTests {
    @Test func listsEveryKeyTheHelpOverlayKnows() throws {
        let doc = try String(contentsOf: SeedState.root.appendingPathComponent("docs/keys.md"), encoding: .utf8)
        for entry in KeyHelp.all {
            #expect(doc.contains("`\(entry.keys)`"), "docs/keys.md lacks \(entry.keys)")
            #expect(doc.contains(entry.en), "docs/keys.md lacks \(entry.en)")
        }
    }

    @Test func helpOnEachScreenListsOnlyKeysThatWorkThere() {
        #expect(KeyHelp.entries(for: .pane(.issues)).contains { $0.keys == "v" })
        #expect(!KeyHelp.entries(for: .pane(.budget)).contains { $0.keys == "v" })
        #expect(KeyHelp.entries(for: .detail(indicator: 0)).contains { $0.keys == "k j" })
    }
}
