import Foundation
import Testing
@testable import JixiaoCore

/// A tiny seeded generator (SplitMix64), so every run judges the same strings.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random indicator texts built from the pieces real ones are made of, and some that no table has.
struct IndicatorTextGenerator {
    var random: SplitMix64

    static let pieces = [
        "≥", "≧", ">", "≤", "≦", "<", "=", "═", "＝", "不少于", "不低于", "以上", "以下", "超过", "高于", "低于", "以内",
        "不超过", "不高于", "达到", "大于", "小于", "至少", "家", "个", "项", "人", "名", "人次", "万人次", "户", "笔", "亩",
        "万亩", "组", "次", "批", "场", "件", "宗", "米", "公里", "千米", "厘米", "天", "日", "月", "年", "元", "万元",
        "亿元", "%", "％", "个百分点", "百分点", "完成", "已完成", "阶段完成", "基本完成", "未完成", "未", "否", "是",
        "（是）", "（含）", "(", ")", "（", "）", "，", "。", "；", "、", ",", ";", "-", "～", "~", "至", "到", ":", "：",
        "/", ".", " ", "\n", "2023年前", "2023 年上半年", "12 月底前", "2022年底之前", "2022 年 11 月", "2023-12-31",
        "第", "号", "〔2021〕", "5G", "1：1", "2-3", "2,000", "0", "00", ".5", "1e9", "∞", "NaN", "-1", "−3",
        "９", "１２", "．", "万", "亿", "千", "百万", "企业", "满意度", "提升", "有效", "持续促进", "合计", "其中",
        "约", "左右", "上下", "近", "接近", "预计", "有所", "显著", "一定", "部分", "未发生", "事故", "投诉", "零", "无",
        "0.95", "仍有", "未超出", "杜绝", "不存在", "整改",
    ]

    mutating func int(_ bound: Int) -> Int { Int(random.next() % UInt64(max(bound, 1))) }

    mutating func piece() -> String {
        switch int(10) {
        case 0...2:
            return String(repeating: "0", count: 0) + String(int(100_000)) + (int(3) == 0 ? "." + String(int(1000)) : "")
        case 3...4:
            let scalar = Unicode.Scalar(UInt32(0x4E00 + int(0x51A5))) ?? "中"
            return String(Character(scalar))
        case 5:
            return String(Character(Unicode.Scalar(UInt32(0x21 + int(0x5E))) ?? "!"))
        default:
            return Self.pieces[int(Self.pieces.count)]
        }
    }

    mutating func text(maximumPieces: Int) -> String {
        var text = ""
        for _ in 0..<int(maximumPieces + 1) { text += piece() }
        return text
    }

    mutating func longText(length: Int) -> String {
        var text = ""
        switch int(5) {
        case 0: text = String(repeating: "1", count: length)
        case 1: text = String(repeating: "2-", count: length / 2)
        case 2: text = String(repeating: "1,000", count: length / 5)
        case 3: text = String(repeating: "2023年", count: length / 5)
        default:
            while text.unicodeScalars.count < length { text += piece() }
        }
        return text
    }
}

@Suite("IndicatorJudge on random text")
struct IndicatorJudgePropertyTests {
    static let categories: [Category?] = Category.allCases.map { $0 } + [nil]

    /// Checks what must hold of every judgement, whatever the text.
    static func violations(_ judgement: IndicatorJudgement) -> [String] {
        var found: [String] = []
        let ratio = judgement.ratio
        if let ratio, ratio.isNaN || ratio < 0 { found.append("ratio \(ratio) is not ≥ 0") }
        if judgement.scoreFraction.isNaN || judgement.scoreFraction < 0 || judgement.scoreFraction > 1 {
            found.append("scoreFraction \(judgement.scoreFraction) is outside 0…1")
        }
        if judgement.reason.isEmpty { found.append("no reason") }
        switch judgement.status {
        case .review:
            if ratio != nil { found.append("review with a ratio") }
            if judgement.scoreFraction != 0 { found.append("review with a score") }
        case .met:
            if judgement.scoreFraction != 1 { found.append("met without the full score") }
            let upward = judgement.target.clauses.contains { $0.kind != .reverse }
            if let ratio, [.positive, .range].contains(judgement.kind) || (judgement.kind == .compound && upward), ratio < 1 {
                found.append("met \(judgement.kind) with ratio \(ratio) < 1")
            }
            if let ratio, judgement.kind == .reverse, ratio > 1 { found.append("met reverse with ratio \(ratio) > 1") }
        case .unmet:
            if let ratio, judgement.kind == .positive, ratio >= 1 { found.append("unmet positive with ratio \(ratio) ≥ 1") }
            if let ratio, judgement.kind == .reverse, ratio <= 1 { found.append("unmet reverse with ratio \(ratio) ≤ 1") }
        case .partial:
            break
        }
        if [.qualitative, .deadline, .empty].contains(judgement.kind), ratio != nil {
            found.append("\(judgement.kind) with a ratio")
        }
        if judgement.exceedsTarget, (ratio ?? 0) <= Decimal(string: "1.3") ?? 0 { found.append("exceeds without ratio > 1.3") }
        if !judgement.candidates.isEmpty, judgement.status != .review { found.append("candidates without review") }
        let numeric: [TargetKind] = [.positive, .reverse, .equal, .range, .compound]
        if numeric.contains(judgement.kind), judgement.status == .met || judgement.status == .unmet {
            let values = judgement.actual.values.compactMap { $0 }
            if values.contains(where: { $0.hedge != nil }) { found.append("\(judgement.status) on an estimate") }
            if values.contains(where: { $0.unitFromTarget && $0.quantity.unit?.symbol == "%" && $0.quantity.value > 0 && $0.quantity.value <= 1 }) {
                found.append("\(judgement.status) on a bare fraction against %")
            }
            if judgement.status == .unmet, values.isEmpty, judgement.scoreFraction != 0 {
                found.append("unmet on a word against a number scores \(judgement.scoreFraction)")
            }
        }
        return found
    }

    @Test func twentyThousandRandomIndicatorsKeepTheInvariants() throws {
        var generator = IndicatorTextGenerator(random: SplitMix64(seed: 0x6A69_7861_6F))
        let encoder = JSONEncoder()
        var failures: [String] = []
        for index in 0..<20_000 {
            let name = generator.text(maximumPieces: 6)
            let target = generator.text(maximumPieces: 8)
            let actual = generator.text(maximumPieces: 12)
            let category = Self.categories[generator.int(Self.categories.count)]
            let judgement = IndicatorJudge.judge(name: name, category: category, target: target, actual: actual)
            let problems = Self.violations(judgement)
            if !problems.isEmpty, failures.count < 20 {
                failures.append("#\(index) name「\(name)」target「\(target)」actual「\(actual)」: \(problems.joined(separator: ", "))")
            }
            if index % 10 == 0 { _ = try encoder.encode(judgement) }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// Signed bounds and actuals: the invariants hold, and a bound is met exactly when the signed
    /// actual is on its side of it (`≤-2%` by -3%, not by -1%); a bound below 0 has no ratio.
    @Test func signedNumbersAreComparedWithTheirSign() {
        var random = SplitMix64(seed: 0x2D)
        func int(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        let minusSigns = ["-", "−", "－"]
        let units = ["%", "个百分点", "万元", ""]
        var failures: [String] = []
        for index in 0..<5_000 {
            let atLeast = int(2) == 0
            let target = Decimal(int(41) - 20) / (int(2) == 0 ? 1 : 2)
            let actual = Decimal(int(41) - 20) / (int(2) == 0 ? 1 : 2)
            let unit = units[int(units.count)]
            func written(_ value: Decimal) -> String {
                (value < 0 ? minusSigns[int(minusSigns.count)] : "") + DecimalText.plain(value < 0 ? 0 - value : value) + unit
            }
            let targetText = (atLeast ? "≥" : "≤") + written(target)
            let actualText = ["", "实际", "同比 "][int(3)] + written(actual)
            let judgement = IndicatorJudge.judge(name: "增长率", category: .economic, target: targetText, actual: actualText)
            var problems = Self.violations(judgement)
            let met = atLeast ? actual >= target : actual <= target
            if judgement.status != (met ? .met : .unmet) { problems.append("status \(judgement.status), expected met \(met)") }
            if target < 0, judgement.ratio != nil { problems.append("a ratio for a bound below 0") }
            if actual < 0, target > 0, atLeast, judgement.ratio != 0 { problems.append("ratio \(String(describing: judgement.ratio)), expected 0") }
            if !problems.isEmpty, failures.count < 20 {
                failures.append("#\(index) target「\(targetText)」actual「\(actualText)」: \(problems.joined(separator: ", ")) — \(judgement.reason)")
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test func longTextsAreJudgedQuickly() throws {
        var generator = IndicatorTextGenerator(random: SplitMix64(seed: 42))
        let clock = ContinuousClock()
        for round in 0..<8 {
            let target = round % 2 == 0 ? generator.longText(length: 10_000) : "≥ 20 家"
            let actual = generator.longText(length: 10_000)
            let name = round % 3 == 0 ? generator.longText(length: 10_000) : "扶持企业数量（家）"
            let started = clock.now
            let judgement = IndicatorJudge.judge(name: name, category: .quantity, target: target, actual: actual)
            let elapsed = clock.now - started
            #expect(Self.violations(judgement).isEmpty, "round \(round): \(Self.violations(judgement))")
            #expect(elapsed < .seconds(5), "round \(round) took \(elapsed)")
        }
    }

    @Test func explicitValuesKeepTheInvariants() {
        var generator = IndicatorTextGenerator(random: SplitMix64(seed: 7))
        var failures: [String] = []
        for index in 0..<2_000 {
            let status: IndicatorStatus? = generator.int(3) == 0 ? IndicatorStatus.allCases[generator.int(4)] : nil
            let value: Decimal? = generator.int(2) == 0 ? Decimal(generator.int(10_000)) : nil
            let explicit = ExplicitValue(actual: value, unit: generator.int(2) == 0 ? "万元" : nil, status: status, note: "n")
            let judgement = IndicatorJudge.judge(
                name: generator.text(maximumPieces: 4), category: .quantity,
                target: generator.text(maximumPieces: 6), actual: generator.text(maximumPieces: 6), explicit: explicit
            )
            var problems = Self.violations(judgement).filter { !$0.hasPrefix("met without") && !$0.hasPrefix("unmet") && !$0.hasPrefix("met ") }
            if status == nil, value == nil, judgement.usedExplicit { problems.append("used an empty explicit value") }
            if let status, judgement.status != status { problems.append("explicit status \(status) not taken") }
            if !problems.isEmpty, failures.count < 20 { failures.append("#\(index): \(problems)") }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
