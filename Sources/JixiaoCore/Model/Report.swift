import Foundation

/// One performance self-evaluation report (绩效自评报告) as transcribed from its source.
public struct Report: Codable, Equatable, Sendable {
    /// What a report evaluates: one project fund or a department's whole spending.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// 项目支出绩效自评: one special fund and its sub-projects.
        case projectFund
        /// 部门整体支出绩效自评: everything a department spent.
        case department

        public var chineseName: String { self == .projectFund ? "项目支出" : "部门整体支出" }
    }

    public var id: String
    public var title: String
    public var department: String
    /// 实施单位, where the form names one apart from the 主管部门.
    public var implementingUnit: String?
    /// The fund or scope evaluated (工业扶持专项资金, 部门整体支出).
    public var scope: String
    public var year: Int
    public var kind: Kind
    /// The unit every amount of this report is written in; always 万元.
    public var moneyUnit: String
    /// The unit the source printed its amounts in, where it was not 万元 (元): the amounts were converted exactly.
    public var sourceMoneyUnit: String?
    /// 自评得分 as the report states it.
    public var statedScore: Decimal?
    /// 绩效等级 as the report states it (优, 良, 中, 差).
    public var statedGrade: String?
    /// Weights the report sets; absent means the defaults of the fiscal rules (docs/scoring.md).
    public var weights: Weights?
    /// The funds row's printed 分值 (the execution rate's weight), for a form that prints only that one.
    public var executionWeight: Decimal?
    /// The funds row's printed 得分.
    public var statedExecutionScore: Decimal?
    /// 复核分: a reviewer's total score, where printed.
    public var reviewScore: Decimal?
    /// 年度总体目标: 预期目标 beside 实际完成情况.
    public var goal: AnnualGoal?
    /// Printed level subtotals (产出指标 自评分 19 分).
    public var levelSubtotals: [PrintedSubtotal]
    public var subProjects: [SubProject]
    public var indicators: [Indicator]
    public var claims: [Claim]
    /// Prose sections that carry figures (background, what was achieved), verbatim.
    public var narrative: [Statement]
    public var problems: [Statement]
    public var suggestions: [Statement]
    public var rectifications: [Statement]
    /// For a department report: its finance summary (决算, 三公, 采购, 资产, 运行成本).
    public var finance: DepartmentFinance?
    /// Where the text came from and how it was transcribed.
    public var source: String?
    public var note: String?
    /// What the importer guessed about the report as a whole, and cells it could not place.
    public var importNotes: [ImportNote]

    public init(
        id: String, title: String, department: String, scope: String, year: Int, kind: Kind,
        moneyUnit: String = "万元", statedScore: Decimal? = nil, statedGrade: String? = nil,
        weights: Weights? = nil, subProjects: [SubProject] = [], indicators: [Indicator] = [],
        claims: [Claim] = [], narrative: [Statement] = [], problems: [Statement] = [], suggestions: [Statement] = [],
        rectifications: [Statement] = [], finance: DepartmentFinance? = nil,
        source: String? = nil, note: String? = nil, implementingUnit: String? = nil, sourceMoneyUnit: String? = nil,
        executionWeight: Decimal? = nil, statedExecutionScore: Decimal? = nil, reviewScore: Decimal? = nil,
        goal: AnnualGoal? = nil, levelSubtotals: [PrintedSubtotal] = [], importNotes: [ImportNote] = []
    ) {
        self.id = id; self.title = title; self.department = department; self.scope = scope
        self.year = year; self.kind = kind; self.moneyUnit = moneyUnit
        self.statedScore = statedScore; self.statedGrade = statedGrade; self.weights = weights
        self.subProjects = subProjects; self.indicators = indicators; self.claims = claims
        self.narrative = narrative
        self.problems = problems; self.suggestions = suggestions; self.rectifications = rectifications
        self.finance = finance; self.source = source; self.note = note
        self.implementingUnit = implementingUnit; self.sourceMoneyUnit = sourceMoneyUnit
        self.executionWeight = executionWeight; self.statedExecutionScore = statedExecutionScore
        self.reviewScore = reviewScore; self.goal = goal; self.levelSubtotals = levelSubtotals
        self.importNotes = importNotes
    }

    /// Every import note of the report, its sub-projects and its indicators.
    public var allImportNotes: [ImportNote] {
        importNotes + subProjects.flatMap(\.importNotes) + indicators.flatMap(\.importNotes)
    }

    /// The sub-project with this id, if any.
    public func subProject(_ id: String?) -> SubProject? {
        guard let id else { return nil }
        return subProjects.first { $0.id == id }
    }
}

/// The contents of one data file: one or more reports.
public struct ReportFile: Codable, Equatable, Sendable {
    /// The data format's version: 1 or 2 (v2 adds what real 自评表 print; v1 files load unchanged).
    public var formatVersion: Int
    public var reports: [Report]

    /// The version the writer produces.
    public static let currentVersion = 2

    public init(formatVersion: Int = ReportFile.currentVersion, reports: [Report]) {
        self.formatVersion = formatVersion
        self.reports = reports
    }
}

/// A stated problem, suggestion or rectification: a short title and its text.
public struct Statement: Codable, Equatable, Sendable {
    public var title: String
    public var text: String

    public init(title: String, text: String) {
        self.title = title
        self.text = text
    }
}

/// First-level weights of a report's score (the fiscal rules (docs/scoring.md): 10/50/30/10 by default).
public struct Weights: Codable, Equatable, Sendable {
    public var execution: Decimal
    public var output: Decimal
    public var effect: Decimal
    public var satisfaction: Decimal

    public init(execution: Decimal, output: Decimal, effect: Decimal, satisfaction: Decimal) {
        self.execution = execution; self.output = output
        self.effect = effect; self.satisfaction = satisfaction
    }

    /// The national default: execution 10, output 50, effect 30, satisfaction 10.
    public static let standard = Weights(execution: 10, output: 50, effect: 30, satisfaction: 10)

    public var total: Decimal { execution + output + effect + satisfaction }
}

extension Report {
    /// Decodes with the defaults of the data format: omitted lists are empty, the unit is 万元.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), title: try c.decode(String.self, forKey: .title),
            department: try c.decode(String.self, forKey: .department), scope: try c.decode(String.self, forKey: .scope),
            year: try c.decode(Int.self, forKey: .year), kind: try c.decode(Kind.self, forKey: .kind),
            moneyUnit: try c.decodeIfPresent(String.self, forKey: .moneyUnit) ?? "万元",
            statedScore: try c.decodeIfPresent(Decimal.self, forKey: .statedScore),
            statedGrade: try c.decodeIfPresent(String.self, forKey: .statedGrade),
            weights: try c.decodeIfPresent(Weights.self, forKey: .weights),
            subProjects: try c.decodeIfPresent([SubProject].self, forKey: .subProjects) ?? [],
            indicators: try c.decodeIfPresent([Indicator].self, forKey: .indicators) ?? [],
            claims: try c.decodeIfPresent([Claim].self, forKey: .claims) ?? [],
            narrative: try c.decodeIfPresent([Statement].self, forKey: .narrative) ?? [],
            problems: try c.decodeIfPresent([Statement].self, forKey: .problems) ?? [],
            suggestions: try c.decodeIfPresent([Statement].self, forKey: .suggestions) ?? [],
            rectifications: try c.decodeIfPresent([Statement].self, forKey: .rectifications) ?? [],
            finance: try c.decodeIfPresent(DepartmentFinance.self, forKey: .finance),
            source: try c.decodeIfPresent(String.self, forKey: .source), note: try c.decodeIfPresent(String.self, forKey: .note),
            implementingUnit: try c.decodeIfPresent(String.self, forKey: .implementingUnit),
            sourceMoneyUnit: try c.decodeIfPresent(String.self, forKey: .sourceMoneyUnit),
            executionWeight: try c.decodeIfPresent(Decimal.self, forKey: .executionWeight),
            statedExecutionScore: try c.decodeIfPresent(Decimal.self, forKey: .statedExecutionScore),
            reviewScore: try c.decodeIfPresent(Decimal.self, forKey: .reviewScore),
            goal: try c.decodeIfPresent(AnnualGoal.self, forKey: .goal),
            levelSubtotals: try c.decodeIfPresent([PrintedSubtotal].self, forKey: .levelSubtotals) ?? [],
            importNotes: try c.decodeIfPresent([ImportNote].self, forKey: .importNotes) ?? []
        )
    }
}
