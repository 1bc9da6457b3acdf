import JixiaoCore

/// The language of the interface's own labels; report text stays as written.
public enum Language: String, Sendable, CaseIterable {
    case zh, en
}

/// Every label the dashboard draws, in one language.
public struct Labels: Sendable {
    public var app: String
    public var panes: [Pane: String]
    public var budget, adjusted, spent, rate, subProject, total, indicators, issues: String
    public var number, name, target, actual, status, ratio, score, weight: String
    public var severity, kind, place, message: String
    public var overspent, underspent: String
    public var statusNames: [IndicatorStatus: String]
    public var severityNames: [Finding.Severity: String]
    public var computedScore, statedScore, grade, difference: String
    public var legendAll, legendSome, legendFew, legendNone: String
    public var level1, level2, level3, parsed, reason, deviation, related, none: String
    public var filterFailing, filterSeverity, filterKind, search, noMatch: String
    public var loadErrors, loadErrorsHint, noReports: String
    public var tooSmall: String
    public var help, helpClose: String
    public var exported, exportFailed: String
    public var hints: String
    public var rows: String
    public var sortedBy: String
    public var weightNote: String
    public var department: String

    public static func of(_ language: Language) -> Labels { language == .zh ? .zh : .en }

    public func category(_ c: Category) -> String { self.app == Labels.zh.app ? c.chineseName : c.englishName }
    public func severity(_ s: Finding.Severity) -> String { severityNames[s] ?? s.name }
    public func status(_ s: IndicatorStatus) -> String { statusNames[s] ?? s.rawValue }

    public static let zh = Labels(
        app: "绩效", panes: [.budget: "预算执行", .heatmap: "指标热力图", .issues: "问题清单"],
        budget: "年初预算", adjusted: "调整后", spent: "实际支出", rate: "执行率", subProject: "二级项目", total: "合计",
        indicators: "指标", issues: "问题",
        number: "序", name: "三级指标", target: "目标值", actual: "实际值", status: "状态", ratio: "完成率", score: "得分",
        weight: "权重",
        severity: "级别", kind: "类型", place: "位置", message: "说明",
        overspent: "▲超支", underspent: "▼偏低",
        statusNames: [.met: "✓完成", .unmet: "✗未完成", .partial: "◐部分", .review: "?待核"],
        severityNames: [.error: "严重", .warning: "警告", .info: "提示"],
        computedScore: "得分", statedScore: "自评", grade: "等级", difference: "差",
        legendAll: "全部完成", legendSome: "半数以上", legendFew: "不足半数", legendNone: "未设置",
        level1: "一级", level2: "二级", level3: "三级", parsed: "解读", reason: "判定", deviation: "偏差原因",
        related: "相关问题", none: "无",
        filterFailing: "只看未完成", filterSeverity: "级别", filterKind: "类型", search: "搜索", noMatch: "没有匹配",
        loadErrors: "加载失败的文件", loadErrorsHint: "个文件加载失败，按 ! 查看", noReports: "没有可显示的报告",
        tooSmall: "终端太小", help: "按键", helpClose: "任意键关闭",
        exported: "已导出", exportFailed: "导出失败",
        hints: "↑↓移动 Enter进入 Esc返回 Tab切换 /搜索 f未完成 e导出 ?帮助 q退出",
        rows: "行", sortedBy: "排序", weightNote: "权重", department: "部门整体"
    )

    public static let en = Labels(
        app: "jixiao", panes: [.budget: "Budget", .heatmap: "Heatmap", .issues: "Issues"],
        budget: "Budget", adjusted: "Adjusted", spent: "Spent", rate: "Rate", subProject: "Sub-project", total: "Total",
        indicators: "Indicators", issues: "Issues",
        number: "#", name: "Indicator", target: "Target", actual: "Actual", status: "Status", ratio: "Ratio", score: "Score",
        weight: "Weight",
        severity: "Sev", kind: "Kind", place: "Where", message: "Message",
        overspent: "▲over", underspent: "▼low",
        statusNames: [.met: "✓met", .unmet: "✗unmet", .partial: "◐partial", .review: "?review"],
        severityNames: [.error: "error", .warning: "warn", .info: "info"],
        computedScore: "Score", statedScore: "stated", grade: "grade", difference: "diff",
        legendAll: "all", legendSome: "half+", legendFew: "under half", legendNone: "none",
        level1: "Level 1", level2: "Level 2", level3: "Level 3", parsed: "read as", reason: "Judgement",
        deviation: "Stated reason", related: "Issues here", none: "none",
        filterFailing: "failing only", filterSeverity: "severity", filterKind: "kind", search: "search", noMatch: "no match",
        loadErrors: "Files that failed to load", loadErrorsHint: "file(s) failed to load, press ! to see", noReports: "No report to show",
        tooSmall: "Terminal too small", help: "Keys", helpClose: "any key closes",
        exported: "exported", exportFailed: "export failed",
        hints: "↑↓ move  Enter open  Esc back  Tab pane  / search  f failing  e export  ? help  q quit",
        rows: "row", sortedBy: "sort", weightNote: "weights", department: "Department"
    )
}
