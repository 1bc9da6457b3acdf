import Foundation
import JixiaoCore

/// A funds total beside its funding sources, as forms and funds tables print them: a total left
/// blank or at 0 while its sources carry money takes their sum, and a total that differs from
/// them by more than their printing can explain is a warning naming both.
enum FundsTotals {
    struct Amounts: Equatable {
        var budget: Decimal?
        var adjustedBudget: Decimal?
        var spent: Decimal?
    }

    static func reconcile(_ total: Amounts, parts: [FundingSource], place: String, file: String, notes: inout [ImportNote]) -> Amounts {
        var result = total
        let fields: [(WritableKeyPath<Amounts, Decimal?>, KeyPath<FundingSource, Decimal?>, String)] = [
            (\.budget, \.budget, "年初预算数"), (\.adjustedBudget, \.adjustedBudget, "全年预算数"), (\.spent, \.spent, "全年执行数"),
        ]
        for (totalPath, partPath, label) in fields {
            let values = parts.compactMap { $0[keyPath: partPath] }
            guard !values.isEmpty else { continue }
            let sum = values.reduce(0, +)
            guard sum != 0 else { continue }
            let printed = total[keyPath: totalPath]
            if printed == nil || printed == 0 {
                notes.append(ImportNote(.warning, place: place, file: file, field: label,
                    "the total's \(label) is \(printed == nil ? "blank" : "0") while its funding sources add up to \(sum.plain) 万元: the sum was taken"))
                result[keyPath: totalPath] = sum
            } else if let printed, (printed - sum).magnitude > tolerance([printed] + values) {
                notes.append(ImportNote(.warning, place: place, file: file, field: label,
                    "the funding sources' \(label) add up to \(sum.plain) 万元, the total prints \(printed.plain)"))
            }
        }
        return result
    }

    /// Half a unit of the least precise figure's last decimal, once for each figure: what rounding each
    /// printed figure to its decimals can add up to.
    static func tolerance(_ figures: [Decimal]) -> Decimal {
        let decimals = figures.map { max(0, -Int($0.exponent)) }.min() ?? 2
        var half = Decimal(5)
        for _ in 0...decimals { half /= 10 }
        return half * Decimal(figures.count)
    }
}
