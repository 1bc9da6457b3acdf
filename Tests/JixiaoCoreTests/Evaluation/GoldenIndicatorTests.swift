import Foundation
import Testing
@testable import JixiaoCore

/// Every seed indicator judged from the data files against the analyst's labels in
/// `Tests/Fixtures/golden-indicators.tsv`, which were written by reading the reports before the
/// parser existed. The TSV is the specification: a mismatch is a parser bug, not a fixture to edit.
@Suite("Golden: the 90 seed indicators")
struct GoldenIndicatorTests {
    /// One labelled row of the TSV.
    struct Row {
        var report: String
        var indicator: String
        var status: IndicatorStatus
        var ratio: Decimal?
        var why: String
    }

    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func rows() throws -> [Row] {
        let url = root.appendingPathComponent("Tests/Fixtures/golden-indicators.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let status = try #require(fields.count >= 4 ? IndicatorStatus(rawValue: fields[2]) : nil, "bad row: \(line)")
            let ratio = fields[3] == "-" ? nil : Decimal(string: fields[3])
            return Row(report: fields[0], indicator: fields[1], status: status, ratio: ratio,
                       why: fields.count > 4 ? fields[4] : "")
        }
    }

    static func reports() throws -> [Report] {
        let files = ["2022-jiangmen-industry-fund.json", "2023-jiangmen-miit-department.json"]
        return try files.flatMap { file in
            let data = try Data(contentsOf: root.appendingPathComponent("data").appendingPathComponent(file))
            return try JSONDecoder().decode(ReportFile.self, from: data).reports
        }
    }

    static func judge(_ indicator: Indicator) -> IndicatorJudgement {
        IndicatorJudge.judge(
            name: indicator.name, category: Category.classify(level1: indicator.level1, level2: indicator.level2),
            target: indicator.target, actual: indicator.actual, explicit: indicator.explicit
        )
    }

    @Test func everyRowMatchesTheAnalystsLabel() throws {
        let rows = try Self.rows()
        let reports = try Self.reports()
        #expect(rows.count == 90)
        var indicators: [String: Indicator] = [:]
        for report in reports {
            for indicator in report.indicators { indicators[report.id + "/" + indicator.id] = indicator }
        }
        #expect(indicators.count == rows.count, "the data files and the TSV list different indicators")

        var mismatches: [String] = []
        for row in rows {
            guard let indicator = indicators[row.report + "/" + row.indicator] else {
                mismatches.append("\(row.report) \(row.indicator): not in the data files")
                continue
            }
            let judgement = Self.judge(indicator)
            let ratio = judgement.ratio.map { DecimalText.rounded($0, places: 4) }
            if judgement.status != row.status || ratio != row.ratio {
                mismatches.append("""
                    \(row.report) \(row.indicator) 「\(indicator.name)」 target 「\(indicator.target)」 actual 「\(indicator.actual)」
                      expected \(row.status.rawValue) \(row.ratio.map(DecimalText.plain) ?? "-") (\(row.why))
                      got      \(judgement.status.rawValue) \(ratio.map(DecimalText.plain) ?? "-"): \(judgement.reason)
                    """)
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(rows.count) rows differ:\n\(mismatches.joined(separator: "\n"))")
    }

    /// The judgements a reader of the dashboard sees for a few rows, reason included.
    @Test func reasonsNameTheNumbersCompared() throws {
        let reports = try Self.reports()
        let fund = try #require(reports.first { $0.id == "jiangmen-industry-fund-2022" })
        func judgement(_ id: String) throws -> IndicatorJudgement {
            Self.judge(try #require(fund.indicators.first { $0.id == id }))
        }
        #expect(try judgement("ind-05").reason == "实际 27 家 ≥ 目标 20 家，完成率 135.00%；完成率高于 130%，目标可能偏低")
        #expect(try judgement("ind-05").exceedsTarget)
        #expect(try judgement("ind-28").usedExplicit)
        #expect(try judgement("ind-28").reason.contains("分析员认定"))
        #expect(try judgement("ind-59").scoreFraction == Decimal(string: "0.8"))
        #expect(try judgement("ind-20").kind == .compound)
    }
}
