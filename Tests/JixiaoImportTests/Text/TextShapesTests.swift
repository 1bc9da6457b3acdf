import Foundation
import Testing
import JixiaoCore
@testable import JixiaoImport

/// Ordinary variants of published reports that a reader tuned to two reports would miss: page
/// numbers, a 合计 printed first, a budget table without 序号, a row number skipped, 基本支出 beside the
/// spending, score columns, a bare level word inside a name, a title over two lines.
@Suite("Text shapes")
struct TextShapesTests {
    func read(_ lines: [String]) throws -> Report {
        try #require(TextReport.read(lines.joined(separator: "\n"), file: "r.txt").report)
    }

    static let head = ["某市数据中心2024年数据发展专项资金绩效自评报告", "一、基本情况", "表1 预算安排及使用情况表（单位：万元）"]

    @Test func pageNumbersAreLeftOutOfTheTables() throws {
        let report = try read(Self.head + [
            "序号 二级项目 预算金额 实际支出金额", "1 展厅运维经费 35 34.82", "2 数据平台经费 60 42", "合计 95 76.82",
            "二、绩效目标完成情况", "序号 二级项目 二级指标 三级指标 目标值 实际完成值",
            "1 展厅运维经费 数量指标 展厅开放天数 ≥300 天 开放 312 天", "- 3 -",
            "2 满意度指标 参观群众满意度 ≥90% 参观群众满意度 95%", "",
            "3 数据平台经费 数量指标 汇聚政务数据量 ≥5000 万条 汇聚政务数据 6200 万条", "4",
            "三、自评结论", "项目共设置 3个绩效指标，已全部完成。",
        ])
        #expect(report.indicators.map(\.actual) == ["开放 312 天", "参观群众满意度 95%", "汇聚政务数据 6200 万条"])
        #expect(report.importNotes.contains { $0.message.contains("page number") && $0.place == "line 11" })
        #expect(report.allImportNotes.contains { $0.message.contains("「4」") && $0.place == "line 15" })
    }

    @Test func aTotalPrintedFirstAndATableWithoutSequenceNumbers() throws {
        let first = try read(Self.head + ["序号 二级项目 预算金额 实际支出金额", "合计 600.00 540.00",
                                          "1 学前教育幼儿资助 300.00 285.00", "2 普通高中国家助学金 300.00 255.00", "二、结论"])
        #expect(first.subProjects.map(\.spent) == [285, 255])
        let unnumbered = try read(Self.head + ["项目名称 预算数 执行数 执行率", "科技型企业培育 500 480 96%",
                                               "研发机构建设", "（含平台） 300 240 80%", "合计 800 720 90%", "二、结论"])
        #expect(unnumbered.subProjects.map(\.name) == ["科技型企业培育", "研发机构建设（含平台）"])
        #expect(unnumbered.subProjects.map(\.budget) == [500, 300])
    }

    @Test func aSkippedRowNumberIsWarnedNotMerged() throws {
        let report = try read(Self.head + ["序号 二级项目 预算金额 实际支出金额", "1 展厅运维经费 35 34.82", "2 数据平台经费 60 42",
                                           "4 网络安全经费 20 18", "合计 115 94.82", "二、结论"])
        #expect(report.subProjects.map(\.name) == ["展厅运维经费", "数据平台经费", "网络安全经费"])
        #expect(report.importNotes.contains { $0.severity == .warning && $0.message.contains("no row 3") })
    }

    @Test func basicSpendingIsNotTheSpending() throws {
        let report = try read(["某市教育局2023年学生资助专项资金绩效自评报告", "一、项目基本情况",
                               "2023年学生资助专项资金预算安排 600 万元，其中基本支出 100 万元，项目支出 500 万元，实际支出金额为 540 万元，支出率为 90%。"]
                              + ["表1 预算及支出情况（单位：万元）", "序号 二级项目 预算金额 实际支出金额", "1 学前教育幼儿资助 300.00 285.00",
                                 "2 普通高中国家助学金 300.00 255.00", "合计 600.00 540.00", "二、结论"])
        #expect(report.claims.first { $0.kind == .spentTotal }?.value == 540)
        #expect(!Evaluator.evaluate(report).findings.contains { $0.kind == .totalMismatch })
    }

    @Test func scoreColumnsAndAReasonOnTheValuesLine() throws {
        let report = try read(["某县卫生健康局2023年度部门整体支出绩效自评报告", "一、绩效指标完成情况",
                               "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因",
                               "产出指标 数量指标 培训人数 ≥100人 120人 10 10 无",
                               "效益指标 社会效益 群众知晓率 ≥90% 85% 10 8 宣传不足", "二、自评结论"])
        #expect(report.indicators.map(\.actual) == ["120人", "85%"])
        #expect(report.indicators.map(\.weight) == [10, 10] && report.indicators.map(\.statedScore) == [10, 8])
        #expect(report.indicators.map(\.deviationReason) == [nil, "宣传不足"])
    }

    @Test func aBareLevelWordInsideANameIsTheName() throws {
        let report = try read(["某市某局2023年度部门整体支出绩效自评报告", "一、绩效指标完成情况",
                               "一级指标 二级指标 三级指标 预期值 实现值 未能完成预期值的原因",
                               "产出指标 数量指标 扶持企业数量 ≥300 219 /", "满意度指标 服务对象满意度指标",
                               "参训企业", "满意度", "≥90% 95% /", "二、自评结论"])
        #expect(report.indicators.map(\.name) == ["扶持企业数量", "参训企业满意度"])
        #expect(report.indicators.last?.level2 == "服务对象满意度指标")
    }

    @Test func theDepartmentAfterAYearAndATitleOverTwoLines() throws {
        let report = try read(["江门市工业和信息化局2023年度部门整体支出", "绩效自评报告", "一、部门基本情况",
                               "2023年江门市工业和信息化局是主管全市工业和信息化工作的政府工作部门。", "二、绩效指标完成情况",
                               "一级指标 二级指标 三级指标 预期值 实现值 未能完成预期值的原因", "产出指标 数量指标 扶持企业数量 ≥300 219 /"])
        #expect(report.department == "江门市工业和信息化局")
        #expect(report.title == "江门市工业和信息化局2023年度部门整体支出绩效自评报告")
    }

    /// Through the importer, as `jixiao import` reads a file: a report whose tables are tab-separated.
    @Test func aReportTextWithTabTablesImportsAsAReport() throws {
        let text = ["某县教育局2023年学生资助专项资金绩效自评报告", "一、项目基本情况", "表1 预算及支出情况（单位：元）",
                    "序号\t二级项目\t预算金额\t实际支出金额", "1\t学前教育幼儿资助\t300,000.00\t285,000.00", "合计\t\t300,000.00\t285,000.00",
                    "二、项目绩效情况", "序号\t二级项目\t二级指标\t三级指标\t目标值\t实际完成值",
                    "1\t学前教育幼儿资助\t数量指标\t资助幼儿人数\t≥500人\t480人"].joined(separator: "\n")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tabs-\(UUID().uuidString).txt")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = Importer.run(files: [url.path])
        #expect(result.errors.isEmpty, "\(result.errors)")
        let report = try #require(result.reports.first)
        #expect(report.subProjects.map(\.spent) == [Decimal(string: "28.5")])
        #expect(report.indicators.map(\.actual) == ["480人"])
    }

    /// Counties publish their project forms in one PDF: each is a report.
    @Test func severalPrintedFormsInOnePDF() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("two-\(UUID().uuidString).pdf")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdfunite")
        process.arguments = [Fixtures.path("central-print.pdf"), Fixtures.path("central-print.pdf"), url.path]
        try process.run(); process.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: url) }
        let result = Importer.run(files: [url.path])
        #expect(result.reports.count == 2)
        #expect(result.reports.allSatisfy { $0.indicators.count == 10 })
    }
}
