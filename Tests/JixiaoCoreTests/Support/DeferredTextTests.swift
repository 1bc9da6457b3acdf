import Foundation
import Testing
@testable import JixiaoCore

/// Reasons and messages are made when read (issue 9): a judgement built for every indicator of a
/// province formats none of them until one is shown, exported or printed.
@Suite("Deferred text")
struct DeferredTextTests {
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func add() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }
    }

    @Test func theTextIsMadeOnlyWhenRead() {
        let made = Counter()
        let text = DeferredText { made.add(); return "实际 27 家 ≥ 目标 20 家" }
        #expect(made.count == 0)
        #expect(text.text == "实际 27 家 ≥ 目标 20 家")
        #expect(made.count == 1)
    }

    @Test func aFindingsMessageWaitsForItsReader() {
        let made = Counter()
        let finding = Finding(.warning, .underspent, .report, { made.add(); return "执行率 60.00%" }())
        #expect(made.count == 0)
        #expect(finding.message == "执行率 60.00%")
        var edited = finding
        edited.message += "，低于 90%"
        #expect(edited.message == "执行率 60.00%，低于 90%")
        #expect(edited != finding && finding == Finding(.warning, .underspent, .report, "执行率 60.00%"))
    }

    @Test func equalAndEncodedByTheirText() throws {
        #expect(DeferredText { "a" + "b" } == "ab")
        #expect(Set([DeferredText { "x" }, "x"]).count == 1)
        let data = try JSONEncoder().encode(["reason": DeferredText { "完成率 135.00%" }])
        #expect(String(decoding: data, as: UTF8.self) == #"{"reason":"完成率 135.00%"}"#)
    }

    @Test func aJudgementsReasonIsTheSameWhenReadTwice() {
        let judgement = IndicatorJudge.judge(name: "扶持企业数量", category: nil, target: "≥20家", actual: "27家")
        #expect(judgement.reason == judgement.reason)
        #expect(judgement.reason.contains("完成率 135.00%"))
    }
}
