import Foundation

/// A unit of measure written after a number (家, 万元, 人次, %, 个百分点…).
///
/// Units of one `family` convert into each other by `factor` (万元 = 10⁴ 元); units of
/// one `dimension` but different families (家 and 人次 are both counts) are comparable
/// only when nothing closer is written.
public struct MeasureUnit: Sendable, Equatable, Hashable, Encodable {
    /// What kind of thing the unit measures.
    public enum Dimension: String, Sendable, Encodable {
        case count, money, percent, percentagePoint, area, length, weight, duration, score, number
    }

    /// The unit as it is written, multiplier included ("万元", "万人次", "%").
    public var symbol: String
    public var dimension: Dimension
    /// Units convert only within one family ("count", "personTime", "money", "day"…).
    public var family: String
    /// How many of the family's base unit one of this unit is.
    public var factor: Decimal

    public init(symbol: String, dimension: Dimension, family: String, factor: Decimal = 1) {
        self.symbol = symbol; self.dimension = dimension; self.family = family; self.factor = factor
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(symbol)
    }

    /// Whether a number in this unit is printed without a space before it (90%, 5‰).
    var isSign: Bool { symbol == "%" || symbol == "‰" }

    /// Whether a value in `other` can be converted into this unit.
    func converts(from other: MeasureUnit) -> Bool {
        guard family == other.family else { return false }
        guard family == "count", symbol != other.symbol else { return true }
        // Measure words count different things (户 households, 人 people, 间 rooms, 批 batches): two of them
        // compare only as words for the same thing, or when one is a general classifier (个, 项, 件).
        return MeasureUnit.generalCounts.contains(symbol) || MeasureUnit.generalCounts.contains(other.symbol)
            || MeasureUnit.countSynonyms.contains { $0.contains(symbol) && $0.contains(other.symbol) }
    }

    /// Classifiers that count anything.
    static let generalCounts: Set<String> = ["个", "项", "件"]
    /// Measure words for the same things.
    static let countSynonyms: [Set<String>] = [
        ["人", "名", "位"], ["次", "场", "期", "轮", "届", "场次", "批次", "家次", "户次", "台次", "车次", "架次", "项次"],
        ["家", "户"], ["座", "栋", "幢", "处"], ["台", "套", "台套", "部", "辆", "艘", "架"], ["篇", "份", "本", "册", "部"],
        ["株", "棵"], ["起", "例", "宗", "单", "笔"],
    ]

    /// Whether it is a compound unit `X/Y` (元/千瓦时, 万元/人, 次/年): one unit, comparable only with the same.
    var isCompound: Bool { family.contains("/") }

    /// Whether it is a multiplier written alone after a number (`4800万`, `1.8亿`), with no base unit.
    var isBareMultiplier: Bool { dimension == .number }

    /// The multiplier written before the base unit (万 of 万元, 亿 of 亿元), with its factor; nil when none.
    var multiplierPrefix: (symbol: String, factor: Decimal)? {
        guard !isCompound, !isBareMultiplier, MeasureUnit.table[symbol] == nil else { return nil }
        for (word, factor) in MeasureUnit.multipliers where symbol.hasPrefix(word) {
            if MeasureUnit.table[String(symbol.dropFirst(word.count))] != nil { return (word, factor) }
        }
        return nil
    }

    /// Whether a bare multiplier (`1.5万`) can complete or scale a number in this unit: not a
    /// percentage, a point, a score, a multiple (倍) or a compound unit.
    var takesMultiplier: Bool {
        switch dimension {
        case .percent, .percentagePoint, .score, .number: false
        default: !isCompound && family != "times"
        }
    }

    /// A number written with the bare multiplier `multiplier` (`4800万`), in this unit: a
    /// multiplier that matches this unit's completes it (4800万 against 万元 is 4800 万元), any
    /// other scales the base (1.2万 against 人次 is 12000 人次). The number is multiplied once.
    func value(_ number: Decimal, withMultiplier multiplier: Decimal) -> Decimal {
        let own = multiplierPrefix?.factor ?? 1
        return own == multiplier ? number : number * multiplier / own
    }
}

extension MeasureUnit {
    static let percent = MeasureUnit(symbol: "%", dimension: .percent, family: "percent")
    static let percentagePoint = MeasureUnit(symbol: "个百分点", dimension: .percentagePoint, family: "percentagePoint")

    /// Base units by how they are written; a multiplier (万, 亿…) may precede most of them.
    static let table: [String: MeasureUnit] = {
        var units: [String: MeasureUnit] = [:]
        func add(_ symbols: [String], _ dimension: Dimension, _ family: String, _ factor: Decimal = 1) {
            for symbol in symbols {
                units[symbol] = MeasureUnit(symbol: symbol, dimension: dimension, family: family, factor: factor)
            }
        }
        add(["家", "个", "项", "人", "名", "户", "笔", "组", "次", "批", "场", "件", "宗", "只", "头", "座", "所",
             "台", "套", "篇", "条", "本", "份", "期", "类", "辆", "艘", "间", "株", "棵", "处", "支", "册", "张",
             "位", "款", "部", "起", "例", "单", "栋", "幢", "架", "枚", "轮", "届", "首", "家次", "户次", "场次",
             "批次", "台套", "台次", "车次", "架次", "项次"], .count, "count")
        add(["人次"], .count, "personTime")
        add(["元"], .money, "money")
        add(["%"], .percent, "percent")
        add(["‰"], .percent, "percent", Decimal(string: "0.1") ?? 1)
        add(["个百分点", "百分点"], .percentagePoint, "percentagePoint")
        add(["亩"], .area, "mu")
        add(["公顷"], .area, "mu", 15)
        add(["平方米", "㎡"], .area, "mu", Decimal(string: "0.0015") ?? 1)
        add(["平方公里"], .area, "mu", 1500)
        add(["米"], .length, "metre")
        add(["公里"], .length, "metre", 1000)
        add(["厘米"], .length, "metre", Decimal(string: "0.01") ?? 1)
        add(["毫米"], .length, "metre", Decimal(string: "0.001") ?? 1)
        add(["吨"], .weight, "kilogram", 1000)
        add(["公斤"], .weight, "kilogram")
        add(["克"], .weight, "kilogram", Decimal(string: "0.001") ?? 1)
        add(["天", "日"], .duration, "day")
        // A working day is not a fixed share of a calendar day or month: its own family.
        add(["工作日", "个工作日"], .duration, "workday")
        add(["小时"], .duration, "minute", 60)
        add(["分钟"], .duration, "minute")
        add(["个月"], .duration, "month")
        add(["季度", "个季度"], .duration, "month", 3)
        add(["年"], .duration, "month", 12)
        add(["分"], .score, "score")
        add(["倍"], .count, "times")
        return units
    }()

    /// Multipliers that may precede a base unit, or stand alone after a number (1.2万).
    static let multipliers: [(String, Decimal)] = [
        ("万亿", Decimal(sign: .plus, exponent: 12, significand: 1)),
        ("千万", Decimal(sign: .plus, exponent: 7, significand: 1)),
        ("百万", Decimal(sign: .plus, exponent: 6, significand: 1)),
        ("亿", Decimal(sign: .plus, exponent: 8, significand: 1)),
        ("万", Decimal(sign: .plus, exponent: 4, significand: 1)),
        ("千", Decimal(sign: .plus, exponent: 3, significand: 1)),
        ("百", Decimal(sign: .plus, exponent: 2, significand: 1)),
    ]

    /// The base units by their first scalar, longest symbol first, for matching without allocating.
    private static let byFirstScalar: [Unicode.Scalar: [(symbol: [Unicode.Scalar], unit: MeasureUnit)]] = {
        var index: [Unicode.Scalar: [(symbol: [Unicode.Scalar], unit: MeasureUnit)]] = [:]
        for (symbol, unit) in table {
            let scalars = Array(symbol.unicodeScalars)
            guard let first = scalars.first else { continue }
            index[first, default: []].append((scalars, unit))
        }
        return index.mapValues { $0.sorted { $0.symbol.count > $1.symbol.count } }
    }()

    private static let multiplierScalars: [(word: [Unicode.Scalar], symbol: String, factor: Decimal)] =
        multipliers.map { (Array($0.0.unicodeScalars), $0.0, $0.1) }

    /// The unit written exactly as `symbol` ("万元", "笔", "%"), or nil when it is not a unit ("含").
    public static func named(_ symbol: String) -> MeasureUnit? {
        let scalars = TextNormalizer.normalize(symbol)
        guard let match = longestMatch(in: scalars, at: 0), match.length == scalars.count else { return nil }
        return match.unit
    }

    /// The unit starting at `index` of `scalars`, longest first, with how many scalars it spans.
    static func longestMatch(in scalars: [Unicode.Scalar], at index: Int) -> (unit: MeasureUnit, length: Int)? {
        var best = baseMatch(in: scalars, at: index).map { (unit: $0.unit, length: $0.length) }
        for (word, symbol, factor) in multiplierScalars where TextScanner.matches(word, in: scalars, at: index) {
            let after = index + word.count
            if let base = baseMatch(in: scalars, at: after), base.length + word.count > (best?.length ?? 0) {
                // A multiplier before a percent or a point is no unit (百分点 is matched whole above).
                guard base.unit.dimension != .percent, base.unit.dimension != .percentagePoint else { continue }
                var unit = base.unit
                unit.symbol = symbol + unit.symbol
                unit.factor = factor * unit.factor
                best = (unit, base.length + word.count)
            } else if best == nil {
                best = (MeasureUnit(symbol: symbol, dimension: .number, family: "number", factor: factor), word.count)
            }
        }
        // `元/千瓦时`, `万元/人`, `次/年`: the part per unit belongs to the unit.
        if let found = best, !found.unit.isBareMultiplier, let per = perPart(in: scalars, at: index + found.length) {
            var unit = found.unit
            unit.symbol += "/" + per.symbol
            unit.family += "/" + per.symbol
            best = (unit, found.length + per.length)
        }
        return best
    }

    /// The part after `/` of a compound unit starting at `index` (the `/`): a unit (`人`, `年`, `吨`)
    /// or else a run of at most 4 ideographs (`千瓦时`), stopping before a comparator word (`以上`).
    private static func perPart(in scalars: [Unicode.Scalar], at index: Int) -> (symbol: String, length: Int)? {
        guard index < scalars.count, scalars[index] == "/" else { return nil }
        let start = index + 1
        if let base = baseMatch(in: scalars, at: start) {
            return (base.unit.symbol, base.length + 1)
        }
        var end = start
        while end < scalars.count, end - start < 4, scalars[end].properties.isIdeographic,
              !perStops.contains(scalars[end]) {
            end += 1
        }
        guard end > start else { return nil }
        return (TextScanner.string(scalars[start..<end]), end - start + 1)
    }

    /// Scalars that end the part per unit: the start of `以上`, `以下`, `以内`, `之内`, `及以上`, `内`, `左右`.
    private static let perStops: Set<Unicode.Scalar> = ["以", "之", "及", "内", "左", "上", "下"]

    private static func baseMatch(in scalars: [Unicode.Scalar], at index: Int) -> (unit: MeasureUnit, length: Int)? {
        guard index < scalars.count, let entries = byFirstScalar[scalars[index]] else { return nil }
        for (symbol, unit) in entries where TextScanner.matches(symbol, in: scalars, at: index) {
            return (unit, symbol.count)
        }
        return nil
    }
}
