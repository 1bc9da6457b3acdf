import Foundation
import Testing
import JixiaoCore
@testable import JixiaoImport

/// Report text in the shapes other departments publish: each case follows a real published table,
/// named in its comment, shortened.
@Suite("Text variants")
struct TextVariantsTests {
    func read(_ text: String, file: String = "report.txt") throws -> Report {
        try #require(TextReport.read(text, file: file).report)
    }

    /// After 红河州数据发展中心《2024年度项目支出绩效单位自评报告》: the budget table in 元, as a county
    /// prints it, and an indicator table whose names wrap.
    static let yuan = """
    红河州数据发展中心2024年度项目支出绩效单位自评报告
    一、基本情况
    2024年数据发展专项资金下设 2个二级项目，具体预算安排及使用情况如下表所示。
    表1 2024年数据发展专项资金预算安排及使用情况表（单位：元）
    序号 二级项目 预算金额 实际支出金额
    1 “数说红河”展厅运维
    经费
    350,000.00 348,200.00
    2 一中心一平台六大库N应用经费 600,000.00 420,000.00
    合计 950,000.00 768,200.00
    二、绩效目标完成情况
    表2 二级项目绩效目标表
    序号 二级项目 二级指标 三级指标 目标值 实际完成值
    1 “数说红河”展 数量指标 展厅开放天数 ≥300 天 开放 312 天
    厅运维经费
    2 满意度指标 参观群众满意度 ≥90% 参观群众满意度 95%
    3 一中心一平台 数量指标 汇聚政务数据量 ≥5000 万条 汇聚政务数据 6200 万条
    六大库N应用
    经费
    4 质量指标 数据共享接口可用率 ≥99% 可用率 99.5%
    三、自评结论
    2024年数据发展专项资金项目共设置 4个绩效指标，已全部完成。绩效自评得分为 95分，评价等级为优。
    """

    @Test func aCaptionInYuanIsConvertedToWanYuan() throws {
        let report = try read(Self.yuan)
        #expect(report.subProjects.map(\.name) == ["“数说红河”展厅运维经费", "一中心一平台六大库N应用经费"])
        #expect(report.subProjects.map(\.budget) == [35, 60])
        #expect(report.subProjects.map(\.spent) == [Decimal(string: "34.82"), 42])
        #expect(report.sourceMoneyUnit == "元")
        // One note for the table, at its header, rather than one a row.
        #expect(report.importNotes.filter { $0.field == "moneyUnit" && $0.message.contains("元") }.map(\.place) == ["line 5"])
        // The name wrapped over two lines is joined, with a note naming its lines.
        #expect(report.subProjects[0].importNotes.contains { $0.field == "name" && $0.place == "lines 6–8" })
    }

    @Test func mergedProjectNamesAndTargetsWithSpaces() throws {
        let report = try read(Self.yuan)
        #expect(report.indicators.map(\.subProject) == ["sp-01", "sp-01", "sp-02", "sp-02"])
        #expect(report.indicators.map(\.target) == ["≥300 天", "≥90%", "≥5000 万条", "≥99%"])
        #expect(report.indicators.map(\.actual) == ["开放 312 天", "参观群众满意度 95%", "汇聚政务数据 6200 万条", "可用率 99.5%"])
        #expect(report.indicators.map(\.level2) == ["数量指标", "满意度指标", "数量指标", "质量指标"])
        #expect(report.year == 2024 && report.department == "红河州数据发展中心" && report.statedScore == 95 && report.statedGrade == "优")
        #expect(report.claims.contains { $0.kind == .indicatorCount && $0.value == 4 && $0.scope == nil })
        #expect(report.claims.contains { $0.kind == .metCount && $0.value == 4 })
    }

    @Test func theAnnualGoalIsTheTextUnderItsHeading() throws {
        let text = Self.yuan.replacingOccurrences(of: "二、绩效目标完成情况", with: "（一）年度总体目标\n全年保障展厅开放不少于300天，汇聚政务数据不少于5000万条。\n二、绩效目标完成情况")
        let report = try read(text)
        #expect(report.goal?.expected == "全年保障展厅开放不少于300天，汇聚政务数据不少于5000万条。")
        #expect(report.importNotes.contains { $0.field == "goal" })
    }

    @Test func aTotalThatDoesNotAddUpIsNoted() throws {
        let text = Self.yuan.replacingOccurrences(of: "合计 950,000.00 768,200.00", with: "合计 950,000.00 770,000.00")
        let reading = TextReport.read(text, file: "r.txt")
        let notes = try #require(reading.report).importNotes
        #expect(notes.contains { $0.field == "spent" && $0.place == "line 10" && $0.message.contains("76.82") })
    }

    /// After 岳阳市城市管理监督指挥中心's published 2018 self-evaluation, whose web page gives every
    /// table cell on a line of its own (blank lines between), the merged 一级/二级 cells printed once.
    @Test func oneCellPerLineAsAWebPageCopiesIt() throws {
        let text = """
        岳阳市城市管理监督指挥中心2018年度数字城管专项资金绩效自评报告
        三、绩效指标完成情况

        一级指标

        二级指标

        三级指标

        年度指标值

        实际完成值

        产出指标

        数量指标

        案件受理数

        ≥10000件

        12860件

        案件处置数

        ≥9000件

        11904件

        质量指标

        案件结案率

        ≥95%

        97.2%

        效益指标

        社会效益指标

        群众投诉办结率

        ≥90%

        96%

        四、自评结论
        项目共设置 4个指标，其中完成 4个。
        """
        let report = try read(text)
        #expect(report.indicators.map(\.name) == ["案件受理数", "案件处置数", "案件结案率", "群众投诉办结率"])
        #expect(report.indicators.map(\.level2) == ["数量指标", "数量指标", "质量指标", "社会效益指标"])
        #expect(report.indicators.map(\.level1) == ["产出指标", "产出指标", "产出指标", "效益指标"])
        #expect(report.indicators.map(\.target) == ["≥10000件", "≥9000件", "≥95%", "≥90%"])
        #expect(report.indicators.map(\.actual) == ["12860件", "11904件", "97.2%", "96%"])
    }

    /// The standard form copied from a web page one cell a line (after the 高标准农田建设 自评表 county
    /// agriculture bureaus publish): its funds block is the project's money, 满意度指标 names both levels,
    /// 总分 ends the table and gives the self-score.
    @Test func aStandardFormCopiedOneCellPerLine() throws {
        let lines = ["某区农业农村局2023年度高标准农田建设项目支出绩效自评表", "项目名称", "高标准农田建设项目", "主管部门", "某区农业农村局",
                     "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
                     "年度资金总额", "1500", "1450", "1305", "10", "90%", "9",
                     "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
                     "产出指标", "数量指标", "新建高标准农田面积", "≥1万亩", "1.02万亩", "20", "20", "无",
                     "质量指标", "工程验收合格率", "100%", "100%", "20", "20", "无",
                     "满意度指标", "满意度指标", "受益农户满意度", "≥90%", "92%", "10", "10", "无",
                     "总分", "100", "94"]
        let report = try read(lines.joined(separator: "\n"))
        #expect(report.subProjects.count == 1 && report.subProjects[0].name == "高标准农田建设项目")
        #expect(report.subProjects[0].budget == 1500 && report.subProjects[0].statedAdjustedBudget == 1450 && report.subProjects[0].spent == 1305)
        #expect(report.indicators.map(\.name) == ["新建高标准农田面积", "工程验收合格率", "受益农户满意度"])
        #expect(report.indicators.map(\.level1) == ["产出指标", "产出指标", "满意度指标"])
        #expect(report.indicators.map(\.weight) == [20, 20, 10] && report.indicators.map(\.statedScore) == [20, 20, 10])
        #expect(report.statedScore == 94)
    }

    /// After 池州市贵池区棠溪镇's 委托业务项目 自评表 as a web page prints it: the standard form as a `|` table.
    @Test func aFormCopiedAsAPipeTableGoesToTheFormReader() throws {
        let text = """
        | 项目支出绩效自评表 | | | | | | | |
        | （2022年度） | | | | | | | |
        | 项目名称 | 委托业务项目 | | | | | | |
        | 主管部门 | 池州市贵池区棠溪镇人民政府 | | | 实施单位 | 池州市贵池区棠溪镇人民政府 | | |
        | 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
        | | 年度资金总额 | 90 | 89.974 | 89.974 | 10 | 100% | 10 |
        | 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
        | | 产出指标 | 数量指标 | 基建工程委托业务项目数量 | ≥50个 | 50 | 20 | 20 |
        | | | 质量指标 | 委托业务报告合格率 | 100% | 100% | 20 | 20 |
        | | 效益指标 | 社会效益指标 | 对维护基建市场公平的影响程度 | 效果明显 | 达成预期指标 | 30 | 30 |
        | | 满意度指标 | 满意度指标 | 公众满意度 | ≥90% | 95% | 10 | 10 |
        | 总分 | | | | | | 100 | 100 |
        """
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pipe-form-\(UUID().uuidString).txt")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = Importer.run(files: [url.path])
        #expect(result.errors.isEmpty)
        let report = try #require(result.reports.first)
        #expect(report.scope == "委托业务项目" && report.year == 2022)
        #expect(report.subProjects.first?.spent == Decimal(string: "89.974"))
        #expect(report.indicators.map(\.name) == ["基建工程委托业务项目数量", "委托业务报告合格率", "对维护基建市场公平的影响程度", "公众满意度"])
        #expect(report.indicators[1].level2 == "质量指标" && report.indicators[1].level1 == "产出指标")
        // Places name the text's lines.
        #expect(report.allImportNotes.filter { !$0.place.isEmpty }.allSatisfy { $0.place.hasPrefix("line ") })
    }

    /// After the 学生资助 reports counties publish on their sites: the report's prose with its tables as the
    /// page's table cells copied (tabs, or a Markdown table), a 合计 row spanning 序号 and name.
    @Test(arguments: ["\t", "|"])
    func aReportWithItsTablesCopiedFromAWebPage(separator: String) throws {
        func row(_ cells: [String]) -> String { separator == "|" ? "| " + cells.joined(separator: " | ") + " |" : cells.joined(separator: "\t") }
        let text = ([
            "某县教育局2023年学生资助专项资金绩效自评报告",
            "一、项目基本情况",
            "2023年学生资助专项资金下设2个二级项目。",
            "表1 2023年学生资助专项资金预算及支出情况（单位：元）",
            row(["序号", "二级项目", "预算金额", "实际支出金额"]),
        ] + (separator == "|" ? ["|---|---|---|---|"] : []) + [
            row(["1", "学前教育幼儿资助", "300,000.00", "285,000.00"]),
            row(["2", "普通高中国家助学金", "300,000.00", "255,000.00"]),
            row(["合计", "", "600,000.00", "540,000.00"]),
            "二、项目绩效情况",
            row(["序号", "二级项目", "二级指标", "三级指标", "目标值", "实际完成值"]),
            row(["1", "学前教育幼儿资助", "数量指标", "资助幼儿人数", "≥500人", "480人"]),
            row(["2", "", "满意度指标", "受助家庭满意度", "≥90%", "95%"]),
            row(["3", "普通高中国家助学金", "数量指标", "资助学生人次", "≥800人次", "720人次"]),
            "三、自评结论",
            "本项目共设置3个绩效指标，完成1个，2个指标未完成。自评得分90分，等级为优。",
        ]).joined(separator: "\n")
        let report = try read(text)
        #expect(report.subProjects.map(\.name) == ["学前教育幼儿资助", "普通高中国家助学金"])
        #expect(report.subProjects.map(\.budget) == [30, 30] && report.subProjects.map(\.spent) == [Decimal(string: "28.5"), Decimal(string: "25.5")])
        #expect(!report.importNotes.contains { $0.message.contains("合计") })
        #expect(report.indicators.map(\.subProject) == ["sp-01", "sp-01", "sp-02"])
        #expect(report.indicators.map(\.target) == ["≥500人", "≥90%", "≥800人次"])
        #expect(report.indicators[1].importNotes.contains { $0.field == "subProject" })
        #expect(report.claims.contains { $0.kind == .unmetCount && $0.value == 2 })
    }

    @Test func gb18030TextIsReadAndSaysSo() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gb-\(UUID().uuidString).txt")
        // iconv (glibc's) writes the GB18030 bytes a Windows export would have.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", "GB18030"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input; process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(Self.yuan.utf8)); try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(String(data: data, encoding: .utf8) == nil)
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = Importer.run(files: [url.path])
        let report = try #require(result.reports.first)
        #expect(report.subProjects.map(\.budget) == [35, 60])
        #expect(report.importNotes.contains { $0.message == "read as GB18030" })
    }

    @Test func aTextWithNoReportFailsWhenNamedAndIsSkippedInAFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let readme = folder.appendingPathComponent("README.txt")
        try "这里是说明文字，没有表格。".write(to: readme, atomically: true, encoding: .utf8)
        try Self.yuan.write(to: folder.appendingPathComponent("report.txt"), atomically: true, encoding: .utf8)
        let named = Importer.run(files: [readme.path])
        #expect(named.errors.first?.kind == .unreadable)
        #expect(named.errors.first?.message.hasPrefix("holds no report jixiao can read") == true)
        let loaded = SourceLoader.load(paths: [folder.path])
        #expect(loaded.errors.isEmpty)
        #expect(loaded.reports.count == 1)
    }
}

/// The facts a report's text names, where it names several equally often.
@Suite("Text facts")
struct TextFactsTests {
    func facts(_ text: String) -> TextFacts {
        let doc = TextDocument(text: text, file: "report.txt")
        return TextFacts(doc, prose: TextProse(doc, skipping: []), file: "report.txt")
    }

    /// Six funds each named once after the year, all of four characters: the first named is the scope.
    /// It once was the pick of the dictionary's hash order, so the same file imported twice could get
    /// two scopes (found by comparing imports of the fuzz inputs run to run).
    @Test func aTieBetweenScopesGoesToTheFirstNamed() {
        let funds = ["甲乙专项资金", "丙丁专项资金", "戊己专项资金", "庚辛专项资金", "壬癸专项资金", "子丑专项资金"]
        let text = funds.map { "2023年\($0)已拨付。" }.joined(separator: "\n")
        #expect(facts(text).scope == "甲乙专项资金")
        #expect(facts(funds.reversed().map { "2023年\($0)已拨付。" }.joined(separator: "\n")).scope == "子丑专项资金")
    }

    /// Named more often still wins, then the shorter name.
    @Test func theScopeNamedMostOftenThenTheShortest() {
        #expect(facts("2023年甲乙专项资金。\n2023年丙丁戊专项资金。\n2023年丙丁戊专项资金。").scope == "丙丁戊专项资金")
        #expect(facts("2023年丙丁戊专项资金。\n2023年甲乙专项资金。").scope == "甲乙专项资金")
    }
}

extension TextFactsTests {
    /// A claim about "数量指标" is scoped to the level-2 name the table prints most often; of names
    /// printed as often, the first (it too was the hash order's pick).
    @Test func aClaimsLevel2GoesToTheFirstPrintedOfEquallyCommonNames() {
        let names = ["数量指标一", "数量指标二", "数量指标三", "数量指标四", "数量指标五", "数量指标六"]
        let indicators = names.enumerated().map { i, level2 in
            Indicator(id: "ind-\(i)", subProject: nil, level1: "产出指标", level2: level2, name: "指标\(i)", target: "≥1 个", actual: "1 个")
        }
        let doc = TextDocument(text: "本项目共设置6个数量指标，均已完成。", file: "report.txt")
        let claims = TextClaims(prose: TextProse(doc, skipping: []), scope: "", kind: .projectFund, indicators: indicators,
                                subProjects: [], file: "report.txt")
        #expect(claims.claims.first?.scope?.level2 == "数量指标一")
    }
}
