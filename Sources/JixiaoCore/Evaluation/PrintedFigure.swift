import Foundation

/// How a figure printed with a few decimals relates to the exact one it stands for: a table
/// rounds half away from zero, or cuts the digits off (去尾), at the decimals it prints.
enum PrintedFigure {
    enum Rounding: Equatable {
        /// Rounded half away from zero at the printed decimals (99.985% printed 99.99%).
        case rounded
        /// Cut off at the printed decimals (9.91 printed 9; 99.985% printed 99%).
        case truncated

        var chineseName: String { self == .rounded ? "四舍五入" : "去尾取整" }
    }

    /// The rounding that turns `computed` into `printed`, rounding first; nil when neither does.
    static func rounding(_ printed: Decimal, _ computed: Decimal) -> Rounding? {
        // A division that does not terminate (9 × 30 ÷ 90 = 2.999…9) is first brought back to the
        // figure it stands for, so that it is not cut to 2.
        let settled = computed.rounded(10)
        if (settled - printed).magnitude <= printed.halfUnitOfLastDecimal { return .rounded }
        if truncate(settled, printed.writtenDecimals) == printed { return .truncated }
        return nil
    }

    /// `value` cut toward zero at `scale` decimals.
    static func truncate(_ value: Decimal, _ scale: Int) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, scale, value < 0 ? .up : .down)
        return result
    }
}
