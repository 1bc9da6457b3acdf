/// Targets that ask for something not to happen (无安全生产责任事故, 零差错, 不发生重大舆情, 杜绝挪用): the
/// actual meets them by reporting none (无, 没有, 未发生, 零, 0), and fails them by reporting an occurrence
/// (发现挪用2笔, 出现1次差错, 存在违规问题, 发生1起), however calmly it is worded.
extension IndicatorJudge {
    /// Words that open an absence target (after 确保, 实现, 做到, 保证, 力争).
    static let absenceOpeners = ["无", "零", "杜绝", "不发生", "未发生", "不出现", "未出现", "避免", "防止", "不存在", "没有", "严禁", "不得"]
    /// Words that open with 无 or 零 but name a thing, not an absence (无偿, 无线, 无纸化, 零售).
    static let absenceLookalikes = ["无偿", "无线", "无纸", "无障碍", "无人机", "无害", "无缝", "无公害", "无感", "无接触", "无人",
                                    "零售", "零星", "零散", "零工", "零距离", "零基"]
    /// An actual that reports none.
    static let noneOpeners = ["未发生", "未出现", "没有发生", "没有出现", "未发现", "没有发现", "无", "零", "杜绝", "不存在", "均未", "从未", "没有", "全年无", "全年未"]
    /// Verbs that report an occurrence, unless negated.
    static let occurrenceVerbs = ["发现", "出现", "发生", "存在", "查出", "查处", "造成", "引发"]
    static let negations = ["未", "没有", "没", "无", "不", "均未", "从未", "尚未"]

    static func isAbsenceTarget(_ text: String) -> Bool {
        var t = Substring(text)
        for lead in ["确保", "实现", "做到", "保证", "力争"] where t.hasPrefix(lead) { t = t.dropFirst(lead.count); break }
        guard !absenceLookalikes.contains(where: { t.hasPrefix($0) }) else { return false }
        return absenceOpeners.contains { t.hasPrefix($0) } && t.count >= 2
    }

    /// The verdict on an absence target, or nil when the actual says neither none nor an occurrence.
    static func judgeAbsence(_ target: ParsedTarget, _ actual: ParsedActual) -> Verdict? {
        guard isAbsenceTarget(target.text) else { return nil }
        let text = actual.text
        guard !text.isEmpty, text.unicodeScalars.count <= 400 else { return nil }
        let core = text.trimmingTrailingPunctuation
        if ["无", "没有", "零", "0", "未发生", "未出现", "无发生", "杜绝"].contains(core)
            || noneOpeners.contains(where: { core.hasPrefix($0) }) && !absenceLookalikes.contains(where: { core.hasPrefix($0) }) {
            return .band(.achieved, "目标为不发生（“\(abbreviated(target.text))”），实际“\(abbreviated(core))”报告没有发生，按达成计")
        }
        for verb in occurrenceVerbs {
            var searchStart = text.startIndex
            while let r = text.range(of: verb, range: searchStart..<text.endIndex) {
                searchStart = r.upperBound
                let before = text[..<r.lowerBound]
                if negations.contains(where: { before.hasSuffix($0) }) { continue }
                let after = text[r.upperBound...]
                // 发现0起 is none; 发现问题, 出现1次 is one.
                if let digit = after.first(where: { $0.isASCII && $0.isNumber }), digit == "0", after.prefix(while: { !$0.isNumber }).count <= 4,
                   !after.contains(where: { $0.isASCII && $0.isNumber && $0 != "0" }) { continue }
                guard !after.isEmpty else { continue }
                return .band(.notAchieved, "目标为不发生（“\(abbreviated(target.text))”），实际报告发生：“\(abbreviated(text))”，按未达成计")
            }
        }
        return nil
    }

    private static func abbreviated(_ text: String) -> String {
        text.count > 24 ? String(text.prefix(24)) + "…" : text
    }
}

private extension String {
    var trimmingTrailingPunctuation: String {
        var s = Substring(self)
        while let last = s.last, "。；，、.;,".contains(last) { s = s.dropLast() }
        return String(s)
    }
}
