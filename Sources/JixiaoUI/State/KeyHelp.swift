/// Every key the dashboard understands, with where it works: the help overlay and docs/keys.md come from here.
public enum KeyHelp {
    public struct Entry: Sendable, Equatable {
        public var keys: String
        public var zh: String
        public var en: String
        /// Nil: everywhere; otherwise the screens where the key does something.
        public var screens: Set<String>?
    }

    public static let all: [Entry] = [
        Entry(keys: "↑ ↓ / k j", zh: "上下移动", en: "move up and down", screens: ["budget", "heatmap", "issues", "indicators", "errors"]),
        Entry(keys: "↑ ↓ PgUp PgDn", zh: "滚动", en: "scroll", screens: ["detail", "issue", "subproject"]),
        Entry(keys: "k j", zh: "上一个 / 下一个指标", en: "previous / next indicator", screens: ["detail"]),
        Entry(keys: "PgUp PgDn / Space", zh: "翻页", en: "page up and down", screens: ["budget", "heatmap", "issues", "indicators", "errors"]),
        Entry(keys: "g G / Home End", zh: "到首行 / 末行", en: "first / last row", screens: nil),
        Entry(keys: "← → / h l", zh: "选择指标类别列", en: "choose the category column", screens: ["heatmap"]),
        Entry(keys: "← → / h l / s", zh: "换排序列", en: "sort by another column", screens: ["budget"]),
        Entry(keys: "S", zh: "反向排序", en: "reverse the sort", screens: ["budget"]),
        Entry(keys: "Tab / Shift-Tab", zh: "下一个 / 上一个面板", en: "next / previous pane", screens: nil),
        Entry(keys: "1 2 3", zh: "预算 / 热力图 / 问题面板", en: "budget / heatmap / issues pane", screens: nil),
        Entry(keys: "[ ]", zh: "上一份 / 下一份报告", en: "previous / next report", screens: nil),
        Entry(keys: "Enter", zh: "进入：项目的指标 / 指标或问题详情", en: "open the indicators, the detail or the issue", screens: ["budget", "heatmap", "issues", "indicators"]),
        Entry(keys: "Esc / Backspace", zh: "返回原处", en: "go back to where you were", screens: nil),
        Entry(keys: "/", zh: "搜索（可输入中文），Enter 确认", en: "search (Chinese works); Enter", screens: ["budget", "heatmap", "issues", "indicators", "errors"]),
        Entry(keys: "n N", zh: "下一个 / 上一个匹配", en: "next / previous match", screens: ["budget", "heatmap", "issues", "indicators", "errors"]),
        Entry(keys: "f", zh: "只看未完成 / 有问题的行", en: "show failing rows only", screens: ["budget", "heatmap", "issues", "indicators"]),
        Entry(keys: "v", zh: "按级别筛选问题", en: "filter issues by severity", screens: ["issues"]),
        Entry(keys: "t", zh: "按类型筛选问题", en: "filter issues by kind", screens: ["issues"]),
        Entry(keys: "!", zh: "查看加载失败的文件", en: "files that failed to load", screens: ["budget", "heatmap", "issues", "indicators", "detail", "issue", "subproject"]),
        Entry(keys: "e", zh: "把当前屏幕导出为文本文件", en: "export this screen as a text file", screens: nil),
        Entry(keys: "Ctrl-L", zh: "重画屏幕", en: "redraw the screen", screens: nil),
        Entry(keys: "?", zh: "本帮助（任意键关闭）", en: "this help (any key closes it)", screens: nil),
        Entry(keys: "q / Ctrl-C", zh: "退出", en: "quit", screens: nil),
    ]

    /// The entries that do something on a screen; `!` only when some file failed to load.
    public static func entries(for screen: Screen, loadErrors: Bool = false) -> [Entry] {
        all.filter { ($0.screens == nil || $0.screens!.contains(screen.exportName)) && ($0.keys != "!" || loadErrors) }
    }
}
