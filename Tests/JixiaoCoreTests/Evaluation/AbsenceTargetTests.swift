import Testing
@testable import JixiaoCore

/// Absence targets (issue 11, rule 2): a target that asks for something not to happen is met by an
/// actual reporting none and failed by one reporting an occurrence, however the actual is worded.
@Suite("Absence targets")
struct AbsenceTargetTests {
    func status(_ target: String, _ actual: String) -> IndicatorStatus {
        IndicatorJudge.judge(name: "安全管理", category: .quality, target: target, actual: actual).status
    }

    @Test(arguments: [("无安全生产责任事故", "无"), ("无安全生产责任事故", "未出现安全生产责任事故"), ("零差错", "零差错"),
                      ("不发生重大舆情", "未发生"), ("无违规使用资金", "没有"), ("杜绝资金挪用", "无挪用"),
                      ("确保不发生安全事故", "全年未发生安全事故"), ("无重大安全事故", "发现0起")])
    func noneMeetsIt(target: String, actual: String) {
        #expect(status(target, actual) == .met)
    }

    @Test(arguments: [("零差错", "出现1次差错"), ("无违规使用资金", "发现挪用2笔"), ("无违规使用资金", "存在违规问题"),
                      ("不发生安全事故", "发生一般事故1起")])
    func anOccurrenceFailsIt(target: String, actual: String) {
        #expect(status(target, actual) == .unmet)
    }

    /// Found in review: an occurrence counted without a verb of occurrence, a subject before 零, and an
    /// occurrence of a lesser grade beside the absence of the grade the target forbids.
    @Test(arguments: [("实现零投诉", "接到群众有效投诉2件"), ("会计核算零差错", "核算差错2处，已更正"), ("未发生负面舆情", "有1起负面舆情"),
                      ("不得重复发放补贴", "经核查重复发放补贴12户，已追回"), ("无安全事故", "发生一般事故1起，无重大事故")])
    func aCountOfTheForbiddenThingFailsIt(target: String, actual: String) {
        let judgement = IndicatorJudge.judge(name: "安全管理", category: .quality, target: target, actual: actual)
        #expect(judgement.status == .unmet)
        #expect(judgement.scoreFraction == 0)
    }

    @Test(arguments: [("杜绝重特大安全事故", "发生一般安全事故1起，无重特大事故"), ("无重大安全隐患", "排查发现一般隐患5处，已整改，无重大隐患"),
                      ("无违规使用资金", "全年开展检查12次，未发现违规"), ("会计核算零差错", "全年零差错"), ("资金使用零违规", "无")])
    func noneOfTheForbiddenGradeMeetsIt(target: String, actual: String) {
        #expect(status(target, actual) == .met)
    }

    /// Found in the code review: a denial anywhere before the verb, 无人 as the start of 无人员, words that open
    /// with 无 or 没有 and report nothing.
    @Test func denialsLookalikesAndNonAnswers() {
        #expect(status("无人员伤亡事故", "无") == .met)
        #expect(status("无违规问题", "经审计，未发现存在违规问题") == .met)
        #expect(status("杜绝挪用", "严格杜绝发生挪用") == .met)
        #expect(status("无安全隐患", "无人机巡查发现隐患2处") == .unmet)
        #expect(status("无安全事故", "没有完成") == .unmet)
        #expect(status("无人员伤亡事故", "无法统计") == .review)
    }

    @Test func wordsThatOpenWithANumeralOrNoneAreNotAbsences() {
        #expect(!IndicatorJudge.isAbsenceTarget("无纸化办公"))
        #expect(!IndicatorJudge.isAbsenceTarget("无偿提供服务"))
        #expect(!IndicatorJudge.isAbsenceTarget("零售企业纳统"))
        #expect(IndicatorJudge.isAbsenceTarget("实现零投诉"))
    }
}
