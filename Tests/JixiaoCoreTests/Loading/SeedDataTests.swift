import Foundation
import Testing
@testable import JixiaoCore

@Suite("The seed reports in data/")
struct SeedDataTests {
    let result = ReportLoader.load(paths: [Paths.data.path])

    func report(_ id: String) throws -> Report {
        try #require(result.reports.first { $0.report.id == id }?.report)
    }

    @Test func bothLoadWithoutErrors() {
        #expect(result.errors.isEmpty, "\(result.errors.map(\.description))")
        #expect(result.reports.map(\.report.id) == ["jiangmen-industry-fund-2022", "jiangmen-miit-department-2023"])
    }

    @Test func fund2022SumsEqualThePrintedTotals() throws {
        let report = try report("jiangmen-industry-fund-2022")
        #expect(report.subProjects.count == 16)
        #expect(report.subProjects.reduce(Decimal(0)) { $0 + ($1.budget ?? 0) } == Decimal(string: "8054.71"))
        #expect(report.subProjects.reduce(Decimal(0)) { $0 + $1.spent } == Decimal(string: "6983.74"))
        #expect(report.statedScore == 96)
        #expect(report.statedGrade == "优")
    }

    /// Indicator rows per sub-project, counted from table 3 of the source report.
    @Test func fund2022IndicatorsPerSubProjectMatchTheSource() throws {
        let report = try report("jiangmen-industry-fund-2022")
        let expected = [4, 5, 8, 3, 3, 5, 3, 3, 3, 6, 5, 2, 2, 5, 3, 3]
        let counts = report.subProjects.map { sp in report.indicators.filter { $0.subProject == sp.id }.count }
        #expect(counts == expected)
        #expect(report.indicators.count == 63)
        let byLevel2 = Dictionary(grouping: report.indicators, by: \.level2).mapValues(\.count)
        #expect(byLevel2 == ["数量指标": 36, "质量指标": 6, "时效指标": 6, "经济效益": 2, "社会效益": 8, "可持续影响": 1, "满意度指标": 4])
    }

    @Test func department2023HoldsFundsAdjustmentsAndFinance() throws {
        let report = try report("jiangmen-miit-department-2023")
        #expect(report.kind == .department)
        #expect(report.indicators.count == 27)
        #expect(report.indicators.allSatisfy { $0.subProject == nil })
        let industry = try #require(report.subProject("fund-industry"))
        #expect(industry.adjustedBudget == Decimal(string: "10686.32"))
        #expect(industry.budget == Decimal(string: "58994.762"))
        let admin = try #require(report.subProject("fund-admin"))
        #expect(admin.adjustedBudget == 1135)
        #expect(admin.pending == Decimal(string: "100.63"))
        let finance = try #require(report.finance)
        #expect(finance.finalAccounts?.total == Decimal(string: "11940.41"))
        #expect(finance.threePublic?.parts.count == 3)
        #expect(finance.assets?.netAssets == Decimal(string: "17691.79"))
        #expect(report.statedScore == Decimal(string: "96.66"))
        let reasons = report.indicators.filter { $0.deviationReason != nil }.map(\.id)
        #expect(reasons == ["ind-01", "ind-05", "ind-06", "ind-07"])
    }

    @Test func decimalsAreExactNotBinary() throws {
        let report = try report("jiangmen-miit-department-2023")
        let industry = try #require(report.subProject("fund-industry"))
        // 58994.762 − 45288.442 − 3020 is exactly 10686.32 only in decimal arithmetic.
        #expect(industry.adjustedBudget - industry.spent == 0)
    }

    @Test func foundationDecoderAgreesWithTheLoader() throws {
        for path in [Paths.fund2022, Paths.department2023] {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let decoded = try JSONDecoder().decode(ReportFile.self, from: data)
            let loaded = ReportLoader.decode([UInt8](data), file: path).0
            #expect(decoded.reports.map(\.id) == loaded?.reports.map(\.id))
            #expect(decoded.reports.first?.indicators.map(\.target) == loaded?.reports.first?.indicators.map(\.target))
        }
    }

    @Test func aReportRoundTripsThroughTheEncoder() throws {
        let original = try report("jiangmen-industry-fund-2022")
        let data = try JSONEncoder().encode(ReportFile(reports: [original]))
        let (again, errors) = ReportLoader.decode([UInt8](data), file: "roundtrip.json")
        #expect(errors.isEmpty, "\(errors.map(\.description))")
        #expect(again?.reports.first == original)
    }
}
