import Foundation
import JixiaoCore
@testable import JixiaoImport

/// Grids written row by row in a test, as a sheet would hold them (nil for an empty cell).
enum Grids {
    static func make(_ rows: [[String?]], merges: [String] = [], name: String = "表1") -> Grid {
        var grid = Grid(name: name)
        for (r, row) in rows.enumerated() {
            for (c, text) in row.enumerated() {
                guard let text else { continue }
                grid.set(GridCell(text: text), at: CellAddress(row: r, column: c))
            }
        }
        for merge in merges { grid.merge(CellRange(Substring(merge))!) }
        return grid
    }

    /// Every report of every form of a grid, as the importer reads them.
    static func reports(_ grid: Grid, file: String = "t.xlsx") -> [Report] {
        StandardForm.bands(of: grid).flatMap { band in
            StandardForm.spans(in: band).enumerated().compactMap { i, span in
                var form = StandardForm(grid: band, span: span, file: file, ordinal: i + 1)
                return form.read()
            }
        }
    }

    /// A small central-template form: title, head, funds, indicators, 总分.
    static func form(name: String = "某项目", title: [String?] = ["项目支出绩效自评表"], year: String? = "（2023年度）",
                     fundsLabel: String = "项目资金（万元）",
                     funds: [[String?]] = [[nil, "年度资金总额", "100", "100", "90", "10", "90%", "9"]],
                     indicators: [[String?]] = [[nil, "产出指标", "数量指标", "培训人数", "≥100人", "120人", "50", "50", nil]]) -> [[String?]] {
        var rows: [[String?]] = title.map { [$0] }
        if let year { rows.append([year]) }
        rows.append(["项目名称", name])
        rows.append(["主管部门", "某局", nil, "实施单位", "某中心"])
        rows.append([fundsLabel, nil, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
        rows += funds
        rows.append(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
        rows += indicators
        rows.append(["总分", nil, nil, nil, nil, nil, "100", "95"])
        return rows
    }
}
