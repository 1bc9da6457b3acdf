import Foundation
import JixiaoCore

/// How a stored number reads in its cell's display: `0.978` with a percent format is `97.8%`.
enum NumberText {
    static func display(_ number: Decimal, as display: GridCell.Display) -> String {
        switch display {
        case .percent: return "\((number * 100).significantDigits(15).plain)%"
        case .date: return date(serial: number) ?? number.plain
        case .number, .text: return number.plain
        }
    }

    /// A spreadsheet day count (1 = 1900-01-01, with Excel's phantom 1900-02-29) as `2023-06-30`.
    static func date(serial: Decimal) -> String? {
        var value = serial, whole = Decimal()
        NSDecimalRound(&whole, &value, 0, .down)
        let days = NSDecimalNumber(decimal: whole).intValue
        guard days > 0, days < 2_958_466 else { return nil }
        // Day 60 is the phantom 1900-02-29; from day 61 on, the count is off by one from the real calendar.
        var (year, month, day) = civil(fromDays: days - (days > 60 ? 2 : 1) - 25_567)
        if days == 60 { (year, month, day) = (1900, 2, 29) }
        let time = serial - Decimal(days)
        var text = String(format: "%04d-%02d-%02d", year, month, day)
        if time > 0 {
            let seconds = NSDecimalNumber(decimal: (time * 86_400).rounded(0)).intValue
            text += String(format: " %02d:%02d", seconds / 3600, seconds % 3600 / 60)
        }
        return text
    }

    /// Days since 1970-01-01 to a civil date (proleptic Gregorian).
    private static func civil(fromDays z: Int) -> (Int, Int, Int) {
        let z = z + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }
}
