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

    @Test func absencesOfIncidentsAreNotNegations() {
        #expect(CompletionReader.negation(in: TextScanner("没有接到投诉")) == nil)
        #expect(CompletionReader.negation(in: TextScanner("无违规问题")) == nil)
        #expect(CompletionReader.negation(in: TextScanner("不存在未完成项目")) == nil)
        #expect(CompletionReader.negation(in: TextScanner("未整改问题")) == "未")
        #expect(CompletionReader.negation(in: TextScanner("没有效果")) == "没有")
    }

    static let absences: [(String, [String])] = [
        ("未发生安全事故", ["未发生安全事故"]), ("无投诉", ["无投诉"]), ("全年零事故", ["零事故"]), ("没有接到投诉", ["没有接到投诉"]),
        ("杜绝违规", ["杜绝违规"]), ("不存在问题", ["不存在问题"]), ("未发现违规问题，无重大事故", ["未发现违规", "无重大事故"]),
        ("未整改问题", []), ("未消除隐患", []), ("无法统计投诉", []), ("零星投诉", []), ("为未来发展", []), ("无", []),
    ]

    @Test(arguments: absences) func absencesNameTheIncident(_ text: String, _ expected: [String]) {
        let scanner = TextScanner(text)
        #expect(CompletionReader.absences(in: scanner).map { scanner.text($0.lowerBound, $0.upperBound) } == expected)
    }

    static let qualifiers: [(String, [String], String?, String?)] = [
        ("100% (部分项目未验收)", [], "未", "部分项目未验收"),
        ("95%，但仍有2家未完成", [], "仍有", "但仍有2家未完成"),
        ("扶持 24 家，基本完成", [], "基本完成", "基本完成"),
        ("不足 90%", [], "不足", "不足90%"),
        ("完成 24 家；验收滞后", [], "滞后", "验收滞后"),
        ("满意度 95%，未收到投诉", [], nil, nil),
        ("满意度 95%，没有接到投诉", [], nil, nil),
        ("按期完成，未延期，扶持 24 家", [], nil, nil),
        ("共 12 个，不存在未完成项目", [], nil, nil),
        ("不合格率 2%", [], nil, nil),
        ("未完成率 3%", [], nil, nil),
        ("未达标企业整改 6 家", ["未达标企业整改数量", "≥5家"], nil, nil),
        ("未达标企业整改 6 家", ["企业整改数量", "≥5家"], "未达标", "未达标企业整改6家"),
        ("扶持 24 家，为未来发展打下基础", [], nil, nil),
    ]

    @Test(arguments: qualifiers) func qualifiersOfANumber(_ text: String, _ context: [String], _ word: String?, _ clause: String?) {
        let found = CompletionReader.qualifier(in: TextScanner(text), context: context)
        #expect(found?.word == word)
        #expect(found?.clause == clause)
    }

    @Test func keepingACeilingIsStated() {
        #expect(CompletionReader.withinLimit(in: TextScanner("未超出预算")) == "未超出")
        #expect(CompletionReader.withinLimit(in: TextScanner("超出预算")) == nil)
        #expect(CompletionReader.isWholeAbsence(TextScanner("无。")))
        #expect(!CompletionReader.isWholeAbsence(TextScanner("无投诉")))
    }

    @Test func bandsScoreAtTheirTop() {
        #expect(Completion.achieved.bandTop == 1)
        #expect(Completion.partial.bandTop * 10 == 8)
        #expect(Completion.notAchieved.bandTop * 10 == 6)
        #expect(Completion.partial.bandBottom * 10 == 6)
        #expect(Completion.notAchieved.bandBottom == 0)
    }
}
