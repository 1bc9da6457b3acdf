/// What an indicator's name (三级指标) says about how to read its target and actual.
///
/// `贷款金额（亿元）` gives the unit of bare numbers; `是否拉动规上工业发展` and
/// `促进企业扩大设备更新（是/否）` ask a yes/no question; `人均培训成本` measures
/// something that should stay low; `获得奖补的 3家企业…` names its subject with a number.
struct IndicatorName {
    let text: String
    /// The unit in the name's final parentheses; nil when they hold no unit (`（含）`).
    let unit: MeasureUnit?
    /// Whether the name asks a yes/no question.
    let asksYesNo: Bool
    /// Whether the name measures a cost or a rate of bad things, so a bare target is a ceiling.
    let measuresCost: Bool
    /// Numbers with units the name contains (`3 家`): in a target or actual they name the subject.
    let subjectKeys: Set<Mention.SubjectKey>

    init(_ name: String) {
        text = name
        let scanner = TextScanner(name)
        let scalars = scanner.scalars
        unit = Self.finalUnit(scalars)
        asksYesNo = scanner.contains(Self.whether) || scanner.contains(Self.yesOrNo) || scanner.contains(Self.yesOrNoSlash)
        measuresCost = Self.costWords.contains { scanner.contains($0) }
        subjectKeys = Set(scanner.mentions().filter { $0.role == .value && $0.hasOwnUnit }.map(\.subjectKey))
    }

    private static func finalUnit(_ scalars: [Unicode.Scalar]) -> MeasureUnit? {
        guard scalars.last == ")" else { return nil }
        var index = scalars.count - 2
        var depth = 0
        while index >= 0 {
            let scalar = scalars[index]
            if scalar == ")" { depth += 1 }
            if scalar == "(" {
                if depth == 0 { break }
                depth -= 1
            }
            index -= 1
        }
        guard index >= 0, scalars.count - index <= 16 else { return nil }
        var content = Array(scalars[(index + 1)..<(scalars.count - 1)])
        for prefix in unitPrefixes where TextScanner.matches(prefix, in: content, at: 0) {
            content.removeFirst(prefix.count)
            break
        }
        guard let unit = MeasureUnit.named(TextScanner.string(content[...])), unit.dimension != .number else { return nil }
        return unit
    }

    private static let whether = Array("是否".unicodeScalars)
    private static let yesOrNo = Array("是或否".unicodeScalars)
    private static let yesOrNoSlash = Array("是/否".unicodeScalars)
    private static let unitPrefixes = ["单位:", "单位"].map { Array($0.unicodeScalars) }
    private static let costWords = ["成本", "费用", "投诉率", "事故率", "差错率", "发生率", "失误率", "返工率", "不合格率"]
        .map { Array($0.unicodeScalars) }
}
