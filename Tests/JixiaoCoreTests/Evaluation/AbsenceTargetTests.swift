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

    @Test func wordsThatOpenWithANumeralOrNoneAreNotAbsences() {
        #expect(!IndicatorJudge.isAbsenceTarget("无纸化办公"))
        #expect(!IndicatorJudge.isAbsenceTarget("无偿提供服务"))
        #expect(!IndicatorJudge.isAbsenceTarget("零售企业纳统"))
        #expect(IndicatorJudge.isAbsenceTarget("实现零投诉"))
    }
}
