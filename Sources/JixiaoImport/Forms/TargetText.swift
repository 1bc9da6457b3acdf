/// Joins a target printed in pieces (指标性质 + 指标值 + 度量单位) into the text the judge reads:
/// `≤` + `30` + `万元` → `≤30万元`; 定性 and 定量 say what kind of target it is and are not part of it.
enum TargetText {
    /// The joined target, and whether the nature was a word jixiao does not know (noted by the caller).
    static func join(nature: String, value: String, unit: String) -> (text: String, unknownNature: Bool) {
        let n = LabelText.key(nature)
        let v = value.trimmed
        var u = LabelText.isPlaceholder(unit) ? "" : unit.trimmed
        // A unit already written into the value (28.8万元 with 度量单位 万元) is not repeated.
        if !u.isEmpty, v.hasSuffix(u) { u = "" }
        let body = v + u
        if n.isEmpty || LabelText.isPlaceholder(n) || ["定量", "定性", "定量指标", "定性指标"].contains(n) { return (body, false) }
        if let op = operators[n] { return (op + body, false) }
        if n.count <= 3, n.allSatisfy({ "≥≤><=＝﹦≧≦≠".contains($0) }) { return (n + body, false) }
        return (body, true)
    }

    /// Words for 指标性质 that stand for an operator.
    static let operators: [String: String] = [
        "正向": "≥", "正向指标": "≥", "反向": "≤", "反向指标": "≤",
        "大于等于": "≥", "大于或等于": "≥", "不低于": "≥", "不少于": "≥", "小于等于": "≤", "小于或等于": "≤", "不高于": "≤", "不超过": "≤",
        "大于": ">", "小于": "<", "等于": "=",
    ]
}
