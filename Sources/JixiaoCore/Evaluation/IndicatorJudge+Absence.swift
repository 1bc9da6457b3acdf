/// Targets that ask for something not to happen (无安全生产责任事故, 零差错, 不发生重大舆情, 杜绝挪用): the
/// actual meets them by reporting none (无, 没有, 未发生, 零, 0), and fails them by reporting an occurrence
/// (发现挪用2笔, 出现1次差错, 存在违规问题, 发生1起), however calmly it is worded.
extension IndicatorJudge {
    /// Words that open an absence target (after 确保, 实现, 做到, 保证, 力争).
    static let absenceOpeners = ["无", "零", "杜绝", "不发生", "未发生", "不出现", "未出现", "避免", "防止", "不存在", "没有", "严禁", "不得"]
    /// Words that open with 无 or 零 but name a thing, not an absence (无偿, 无线, 无纸化, 零售).
    static let absenceLookalikes = ["无偿", "无线", "无纸", "无障碍", "无人机", "无人驾驶", "无人值守", "无害", "无缝", "无公害", "无感",
                                    "无接触", "零售", "零星", "零散", "零工", "零距离", "零基"]
    /// Words that open with 无 or 没有 but report no absence: 无法统计 (cannot tell), 没有完成 (not done).
    static let noneLookalikes = ["无法", "无需", "无须", "无从", "没有完成", "没有达到", "没有实现"]
    /// Words before an occurrence verb, anywhere earlier in its clause, that deny it (`未发现存在`, `有效避免发生`).
    static let deniers = ["未", "没有", "没", "无", "不", "杜绝", "避免", "防止", "严禁"]
    /// An actual that reports none.
    static let noneOpeners = ["未发生", "未出现", "没有发生", "没有出现", "未发现", "没有发现", "无", "零", "杜绝", "不存在", "均未", "从未", "没有", "全年无", "全年未"]
    /// Verbs that report an occurrence, unless negated.
    static let occurrenceVerbs = ["发现", "出现", "发生", "存在", "查出", "查处", "造成", "引发"]
    /// Words of resolve before an absence target's opener (确保无…, 实现零…).
    static let targetLeads = ["确保", "实现", "做到", "保证", "力争"]

    static func isAbsenceTarget(_ text: String) -> Bool {
        var t = Substring(text)
        for lead in targetLeads where t.hasPrefix(lead) { t = t.dropFirst(lead.count); break }
        guard !absenceLookalikes.contains(where: { t.hasPrefix($0) }) else { return false }
        if absenceOpeners.contains(where: { t.hasPrefix($0) }) && t.count >= 2 { return true }
        // A subject first, then 零 or 无 and an incident: 会计核算零差错, 资金使用零违规, 全年无安全事故.
        return absenceWithin(text) != nil
    }

    /// Where 零 or 无 before an incident word stands inside a target (`零差错` in `会计核算零差错`).
    static func absenceWithin(_ text: String) -> String.Index? {
        for mark in ["零", "无"] {
            var from = text.startIndex
            while let r = text.range(of: mark, range: from..<text.endIndex) {
                from = r.upperBound
                let rest = text[r.upperBound...]
                if CompletionReader.incidentNames.contains(where: { rest.hasPrefix($0) }) { return r.lowerBound }
            }
        }
        return nil
    }

    /// The verdict on an absence target, or nil when the actual says neither none nor an occurrence.
    ///
    /// The actual is read clause by clause (，；。). A clause reports none when it opens with a word of
    /// none (`无`, `未发生`, `全年未…`) or holds one (`未发现违规`); it reports an occurrence when an occurrence verb
    /// (`发现`, `出现`, `发生`, `存在`…) is not negated, or when it counts (a number above 0 with a measure word)
    /// the very thing the target forbids (`接到群众有效投诉2件` against `零投诉`, `核算差错2处` against `零差错`). A
    /// clause of none that names the target's own grade of thing (`无重特大事故` against `杜绝重特大安全事故`) meets it
    /// even beside an occurrence of a lesser one (`发生一般安全事故1起`), when that occurrence does not name it.
    static func judgeAbsence(_ target: ParsedTarget, _ actual: ParsedActual) -> Verdict? {
        guard isAbsenceTarget(target.text) else { return nil }
        let text = actual.text
        guard !text.isEmpty, text.unicodeScalars.count <= 400 else { return nil }
        let core = text.trimmingTrailingPunctuation
        let met = Verdict.band(.achieved, "目标为不发生（“\(abbreviated(target.text))”），实际“\(abbreviated(core))”报告没有发生，按达成计")
        if ["无", "没有", "零", "0", "未发生", "未出现", "无发生", "杜绝"].contains(core) { return met }
        let object = absenceObject(target.text)
        let clauses = text.split(whereSeparator: { "，；。,;".contains($0) }).map(String.init).filter { !$0.isEmpty }
        let none = clauses.filter(reportsNone)
        let occurrences = clauses.filter { reportsOccurrence($0, object: object) }
        let grade = String(object.prefix(2))
        if grade.count == 2, none.contains(where: { $0.contains(grade) }), !occurrences.contains(where: { $0.contains(grade) }) {
            return met
        }
        if let occurrence = occurrences.first {
            return Verdict(status: .unmet, ratio: nil, score: 0,
                           reason: "目标为不发生（“\(abbreviated(target.text))”），实际报告发生：“\(abbreviated(occurrence))”，按未达成计（零目标有发生，得分 0）",
                           band: Completion.notAchieved.band)
        }
        return none.isEmpty ? nil : met
    }

    /// What an absence target forbids: the text after its opener (`重特大安全事故` of `杜绝重特大安全事故`).
    static func absenceObject(_ text: String) -> String {
        var t = Substring(text)
        for lead in targetLeads where t.hasPrefix(lead) { t = t.dropFirst(lead.count); break }
        if let opener = absenceOpeners.filter({ t.hasPrefix($0) }).max(by: { $0.count < $1.count }) {
            t = t.dropFirst(opener.count)
        } else if let mark = absenceWithin(String(t)) {
            t = t[mark...].dropFirst()
        }
        return String(t.prefix { !"，；。,;（(".contains($0) })
    }

    private static let noneWithin = ["未发生", "未出现", "未发现", "没有发生", "没有出现", "没有发现", "未接到", "未收到", "零"]

    /// Whether a clause reports none: a word of none opening it, or one inside it (`全年开展检查12次` is neither).
    static func reportsNone(_ clause: String) -> Bool {
        var core = Substring(clause)
        for lead in ["全年", "经核查", "经检查", "经审计", "本年度", "年度内", "均"] where core.hasPrefix(lead) { core = core.dropFirst(lead.count) }
        if noneLookalikes.contains(where: { core.hasPrefix($0) }) { return false }
        if noneOpeners.contains(where: { core.hasPrefix($0) }) && !absenceLookalikes.contains(where: { core.hasPrefix($0) }) { return true }
        return noneWithin.contains { clause.contains($0) }
    }

    /// Whether a clause reports an occurrence: an occurrence verb not negated and not of nothing
    /// (`发现0起`), or a count above 0 of what the target forbids.
    static func reportsOccurrence(_ clause: String, object: String) -> Bool {
        for verb in occurrenceVerbs {
            var searchStart = clause.startIndex
            while let r = clause.range(of: verb, range: searchStart..<clause.endIndex) {
                searchStart = r.upperBound
                // A denial anywhere before it in the clause (`经审计未发现存在违规`, `有效避免发生`), not inside a
                // word that uses 无 for a thing (`无人机巡查发现`).
                var before = String(clause[..<r.lowerBound])
                for word in absenceLookalikes + noneLookalikes where before.contains(word) { before = before.replacingOccurrences(of: word, with: "") }
                if deniers.contains(where: { before.contains($0) }) { continue }
                let after = clause[r.upperBound...]
                // 发现0起 is none; 发现问题, 出现1次 is one.
                if let digit = after.first(where: { $0.isASCII && $0.isNumber }), digit == "0", after.prefix(while: { !$0.isNumber }).count <= 4,
                   !after.contains(where: { $0.isASCII && $0.isNumber && $0 != "0" }) { continue }
                if !after.isEmpty { return true }
            }
        }
        guard countsAboveZero(clause), !reportsNone(clause) else { return false }
        return namesPart(of: object, in: clause)
    }

    /// Whether the clause holds a number above 0 followed by a measure word of a count (`2件`, `12户`, `1起`).
    static func countsAboveZero(_ clause: String) -> Bool {
        let chars = Array(clause)
        var i = 0
        while i < chars.count {
            guard chars[i].isASCII, chars[i].isNumber else { i += 1; continue }
            var j = i
            while j < chars.count, chars[j].isASCII, chars[j].isNumber || chars[j] == "." { j += 1 }
            let positive = chars[i..<j].contains { $0.isNumber && $0 != "0" }
            if positive, j < chars.count, ChineseNumerals.countMeasures.contains(chars[j]) { return true }
            i = j
        }
        return false
    }

    /// Whether the clause shares two consecutive characters with what the target forbids.
    static func namesPart(of object: String, in clause: String) -> Bool {
        let chars = Array(object)
        guard chars.count >= 2 else { return false }
        for k in 0..<(chars.count - 1) where chars[k].isLetter && chars[k + 1].isLetter {
            if clause.contains(String(chars[k...k + 1])) { return true }
        }
        return false
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
