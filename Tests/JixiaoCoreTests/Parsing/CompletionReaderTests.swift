import Testing
@testable import JixiaoCore

@Suite("CompletionReader")
struct CompletionReaderTests {
    static let cases: [(String, Completion?, String?)] = [
        ("完成", .achieved, "完成"), ("已完成", .achieved, "已完成"), ("按时完成", .achieved, "按时完成"),
        ("达成", .achieved, "达成"), ("达成预期指标", .achieved, "达成"), ("达到预期", .achieved, "达到预期"),
        ("是", .achieved, "是"), ("是。", .achieved, "是"), ("促进企业扩大设备更新（是）", .achieved, "是"),
        ("阶段完成", .partial, "阶段完成"), ("基本完成", .partial, "基本完成"), ("部分完成", .partial, "部分完成"),
        ("部分达成", .partial, "部分达成"), ("未全部完成", .partial, "未全部完成"),
        ("未完成", .notAchieved, "未完成"), ("未达成", .notAchieved, "未达成"), ("未达到", .notAchieved, "未达到"),
        ("否", .notAchieved, "否"), ("（否）", .notAchieved, "否"), ("尚未开展", .notAchieved, "尚未"),
        ("没有效果", .notAchieved, "没有"), ("资金不足", .notAchieved, "不足"), ("无", .notAchieved, "无"),
        ("未明显提升", .notAchieved, "未"),
        ("为未来发展打下基础", nil, nil), ("是否拉动", nil, nil), ("完成率80%", nil, nil), ("持续促进", nil, nil),
        ("无线电保障", nil, nil), ("未发生安全事故", nil, nil), ("没有出现投诉", nil, nil), ("未超出预算", nil, nil),
        ("不合格", .notAchieved, "不合格"), ("按时发放", .achieved, "按时"),
    ]

    @Test(arguments: cases) func wordsOfCompletion(_ text: String, _ completion: Completion?, _ word: String?) {
        let reading = CompletionReader.read(TextScanner(text))
        #expect(reading?.completion == completion)
        #expect(reading?.word == word)
    }

    @Test func bandsScoreAtTheirTop() {
        #expect(Completion.achieved.bandTop == 1)
        #expect(Completion.partial.bandTop * 10 == 8)
        #expect(Completion.notAchieved.bandTop * 10 == 6)
    }
}
