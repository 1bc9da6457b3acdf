/// What a column of a table holds, recognised from its header label.
enum ColumnRole: String, CaseIterable, Sendable {
    // Indicator tables.
    case level1, level2, name, nature, targetValue, target, unit, actual, weight, score, reviewScore, reason
    // Funds tables.
    case budget, adjustedBudget, spent, rate, adjustment
    // Long format: which report and project a row belongs to.
    case project, scope, department, implementingUnit, year, projectCode, fundingSource, goalExpected, goalActual
    case totalScore, grade

    /// Header labels as real forms and budget systems print them, in their `LabelText.key` form.
    /// An exact match is certain; a label that only begins with one of these is a loose match (noted).
    var labels: [String] {
        switch self {
        case .level1: ["一级指标", "一级", "FINDEX", "KPI_LV1", "LEVEL1"]
        case .level2: ["二级指标", "二级", "SINDEX", "KPI_LV2", "LEVEL2"]
        case .name: ["三级指标", "三级指标名称", "三级", "指标名称", "绩效指标名称", "NAME", "KPI_LV3", "KPI_NAME"]
        case .nature: ["指标性质", "计算符号", "运算符号", "指标值类型", "指标方向", "符号", "COMPUTESIGN"]
        case .targetValue: ["指标值", "INDEXVAL"]
        case .target: ["年度指标值", "目标值", "年度目标值", "预期指标值", "年初目标值", "绩效目标值", "预期值", "计划值",
                       "年度绩效目标值", "指标目标值", "TARGETVALUE"]
        case .unit: ["度量单位", "计量单位", "单位", "METERUNIT"]
        case .actual: ["实际完成值", "完成值", "实际值", "全年实际值", "实际完成", "实际完成情况", "全年实际完成值", "实际完成指标值",
                       "实现值", "实际值(完成值)", "ACTUALVALUE"]
        case .weight: ["分值", "权重", "指标分值", "权重分", "ACTUALWEIGHT", "WEIGHT"]
        case .score: ["得分", "自评得分", "指标得分", "评分", "SCORE"]
        case .reviewScore: ["复核分", "复核得分", "评审得分", "REVIEWSCORE"]
        case .reason: ["偏差原因分析及改进措施", "偏差原因及改进措施", "偏差原因", "未完成原因分析", "未完成原因", "原因分析",
                       "偏差原因分析", "未完成原因及改进措施", "未能完成预期值的原因", "未完成预期值的原因", "未达成原因", "偏差原因说明",
                       "KPI_REMARK"]
        case .budget: ["年初预算数", "年初预算", "年初预算金额", "AMT1"]
        case .adjustedBudget: ["全年预算数", "调整后预算数", "调整后预算", "调整后的预算", "全年预算", "预算数", "预算金额", "AMT3"]
        case .spent: ["全年执行数", "预算执行数", "执行数", "实际执行数", "实际支出", "实际支出数", "全年实际支出", "支出数", "实际支出金额", "支出金额", "AMT4"]
        case .rate: ["执行率", "预算执行率", "BGTGET"]
        case .adjustment: ["年度预算调整", "预算调整数", "AMT2"]
        case .project: ["项目名称", "二级项目", "项目", "PROJECT_NAME", "PRO_NAME"]
        case .scope: ["资金名称", "专项资金", "专项资金名称", "报告名称", "评价对象", "FUND_NAME"]
        case .department: ["主管部门", "部门", "部门名称", "预算部门", "AGENCY_NAME", "DEPT_NAME"]
        case .implementingUnit: ["实施单位", "项目实施单位", "单位名称", "EXEC_AGENCY"]
        case .year: ["年度", "预算年度", "评价年度", "SETYEAR", "YEAR"]
        case .projectCode: ["项目编码", "项目代码", "项目编号", "PRO_CODE", "PROJECT_CODE"]
        case .fundingSource: ["资金来源", "资金性质", "FUND_SOURCE"]
        case .goalExpected: ["预期目标", "年度总体目标", "项目年度目标", "年度目标"]
        case .goalActual: ["实际完成情况", "年度目标完成情况", "总体目标完成情况"]
        case .totalScore: ["总分", "自评总分", "自评分"]
        case .grade: ["绩效等级", "自评等级", "评价等级", "等级"]
        }
    }

    /// The role of a header label among `roles`, and whether the match was loose.
    static func match(_ text: String, among roles: [ColumnRole]) -> (role: ColumnRole, loose: Bool)? {
        var key = LabelText.key(text)
        // A unit after the label (年初预算数（元）, AMT1(万元), 权重(%)) names the unit, not the column.
        for unit in ["(万元)", "(元)", "(%)", "(分)"] where key.hasSuffix(unit) && key.count > unit.count {
            key.removeLast(unit.count)
            break
        }
        guard !key.isEmpty, key.count <= 40 else { return nil }
        for role in exact[key] ?? exact[key.uppercased()] ?? [] where roles.contains(role) { return (role, false) }
        // Loose: the label starts with a known one (年度指标值（2023）, 分值(20)), longest known label first.
        var best: (ColumnRole, Int)?
        for role in roles where !role.isExactOnly {
            for label in looseLabels[role] ?? [] where key.hasPrefix(label) {
                if best == nil || label.count > best!.1 { best = (role, label.count) }
            }
        }
        return best.map { ($0.0, true) }
    }

    /// Every label to the roles that print it (一 label may name two roles: 得分 in a funds and an indicator table).
    private static let exact: [String: [ColumnRole]] = {
        var map: [String: [ColumnRole]] = [:]
        for role in allCases { for label in role.labels { map[label, default: []].append(role) } }
        return map
    }()

    /// The labels a longer header may begin with: Chinese ones of two characters or more.
    private static let looseLabels: [ColumnRole: [String]] = Dictionary(uniqueKeysWithValues: allCases.map { role in
        (role, role.labels.filter { $0.count >= 2 && !$0.allSatisfy(\.isASCII) })
    })

    /// Roles whose short labels (项目, 部门, 单位) are too common to match loosely.
    var isExactOnly: Bool {
        switch self {
        case .project, .scope, .department, .implementingUnit, .unit, .year, .grade: true
        default: false
        }
    }

    static let indicatorRoles: [ColumnRole] = [.level1, .level2, .name, .nature, .targetValue, .target, .unit, .actual,
                                               .weight, .score, .reviewScore, .reason]
    static let fundsRoles: [ColumnRole] = [.budget, .adjustedBudget, .spent, .weight, .rate, .score, .adjustment]
}
