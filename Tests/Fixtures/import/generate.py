#!/usr/bin/env python3
"""Re-creates the import fixtures in this folder.

Run:  python3 Tests/Fixtures/import/generate.py   (it makes a venv with openpyxl under .build-fixtures/)

Each fixture follows a real published 自评表, named in its function's docstring; the rows are
taken from that table as printed (shortened where the table is long), with the quirks it has.
The tests in Tests/JixiaoImportTests check every field of every fixture.
"""
import csv
import io
import json
import os
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
VENV = os.path.join(ROOT, ".build-fixtures", "venv")

if not os.environ.get("JIXIAO_FIXTURE_VENV"):
    if not os.path.exists(os.path.join(VENV, "bin", "python")):
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
        subprocess.check_call([os.path.join(VENV, "bin", "pip"), "install", "-q", "openpyxl==3.1.5"])
    os.environ["JIXIAO_FIXTURE_VENV"] = "1"
    os.execv(os.path.join(VENV, "bin", "python"), [os.path.join(VENV, "bin", "python")] + sys.argv)

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment  # noqa: E402

FIXED_TIME = (2024, 3, 1, 0, 0, 0)


def save(wb, name, cached=None):
    """Saves a workbook with fixed metadata; `cached` maps (sheet index, cell) to the value Excel would cache for a formula."""
    import datetime
    wb.properties.created = datetime.datetime(2024, 3, 1)
    wb.properties.modified = datetime.datetime(2024, 3, 1)
    wb.properties.creator = "jixiao fixtures"
    buffer = io.BytesIO()
    wb.save(buffer)
    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out_path = os.path.join(HERE, name)
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "docProps/core.xml":
                # openpyxl stamps the time of saving; fixtures are the same bytes every run.
                import re
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*<", rb"<dcterms:modified\1>2024-03-01T00:00:00Z<", data)
            if cached:
                for (sheet, ref), value in cached.items():
                    if item.filename == f"xl/worksheets/sheet{sheet + 1}.xml":
                        text = data.decode("utf-8")
                        # openpyxl writes <c r="F9"><f>100%</f><v></v></c>; Excel stores the formula's value too.
                        start = text.index(f'<c r="{ref}"')
                        end = text.index("</c>", start)
                        cell = text[start:end]
                        cell = cell.replace("<v></v>", "").replace("<v />", "") + f"<v>{value}</v>"
                        text = text[:start] + cell + text[end:]
                        data = text.encode("utf-8")
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, data)
    print("wrote", name)


def put(ws, row, values, col=1):
    for i, v in enumerate(values):
        if v is not None:
            ws.cell(row=row, column=col + i, value=v)


def central_form(ws, top, spec, merge_levels=True, fmt_money=None, unit_label="项目资金（万元）"):
    """Writes the central 项目支出绩效自评表 (财政部 template) with its first row at `top`; returns the next free row."""
    r = top
    put(ws, r, ["项目支出绩效自评表"]); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10); r += 1
    put(ws, r, [spec["yearRow"]]); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10); r += 1
    put(ws, r, ["项目名称", None, spec["name"]]); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=10); r += 1
    put(ws, r, ["主管部门", None, spec["department"], None, None, None, "实施单位", spec["unit"]])
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2); r += 1
    funds_top = r
    put(ws, r, [unit_label, None, None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]); r += 1
    for label, amounts in spec["funds"]:
        put(ws, r, [None, label])
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        for i, v in enumerate(amounts):
            c = ws.cell(row=r, column=4 + i, value=v)
            if fmt_money and i < 3 and isinstance(v, (int, float)):
                c.number_format = fmt_money
            if i == 4 and isinstance(v, float):
                c.number_format = "0.00%"
        r += 1
    ws.merge_cells(start_row=funds_top, start_column=1, end_row=r - 1, end_column=1)
    put(ws, r, ["年度总体目标", "预期目标", None, None, None, "实际完成情况"])
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=10); r += 1
    put(ws, r, [None, spec["goal"][0], None, None, None, spec["goal"][1]])
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=10); r += 1
    head = r
    put(ws, r, ["绩效指标", "一级指标", "二级指标", "三级指标", "年度\n指标值", "实际\n完成值", "分值", "得分", "偏差原因分析及改进措施"])
    ws.cell(row=r, column=5).alignment = Alignment(wrap_text=True)
    r += 1
    first_data = r
    runs1, runs2 = [], []
    for row in spec["indicators"]:
        l1, l2 = row[0], row[1]
        if l1 is not None:
            runs1.append([r, r])
        else:
            runs1[-1][1] = r
        if l2 is not None:
            runs2.append([r, r])
        elif runs2:
            runs2[-1][1] = r
        put(ws, r, [None] + list(row))
        r += 1
    if merge_levels:
        for a, b in runs1:
            if b > a: ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
        for a, b in runs2:
            if b > a: ws.merge_cells(start_row=a, start_column=3, end_row=b, end_column=3)
    ws.merge_cells(start_row=head, start_column=1, end_row=r - 1, end_column=1)
    put(ws, r, ["总分", None, None, None, None, None, spec["total"][0], spec["total"][1], spec.get("grade")])
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6); r += 1
    return r, first_data


def wan_spec():
    """The rows of 棠溪镇's 委托业务项目 form (see central_wan)."""
    return {
        "yearRow": "(2022年度)", "name": "委托业务项目",
        "department": "219-池州市贵池区棠溪镇人民政府", "unit": "219001-池州市贵池区棠溪镇人民政府",
        "funds": [
            ("年度资金总额:", [0, 0, 0, 10, 0, 0]),
            ("其中:本年财政拨款", [90, 89.974, 89.974, None, None, None]),
            ("上年结转资金", [None, None, None, None, None, None]),
            ("其他资金", [None, None, None, None, None, None]),
        ],
        "goal": ("本项目共申请预算资金90万元。其中:30万元用于基建工程委托业务,60万元用于财务委托业务。",
                 "全年完成基建工程委托业务50个,委托业务报告合格率100%,资金支出89.974万元。"),
        "indicators": [
            ("产出指标(50分)", "数量指标", "基建工程委托业务项目数量", "≥50个", "50", 8, 8, None),
            (None, "质量指标", "委托业务报告合格率", "≥100百分比", "100", 8, 8, None),
            (None, None, "经费支出合规性", "严格执行相关制度规定", "达成预期指标", 8, 8, None),
            (None, "时效指标", "提交报告及时性", "在项目计划完成时间内完成", "达成预期指标", 8, 8, None),
            (None, "成本指标", "项目总成本", "≤90万元", "89.974", 8, 8, None),
            (None, None, "单项业务成本", "符合相关规定", "达成预期指标", 10, 10, None),
            ("效益指标(30分)", "经济效益指标", None, None, None, None, None, None),
            (None, "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", "达成预期指标", 10, 10, None),
            (None, "生态效益指标", "对节约资源的影响程度", "效果明显", "达成预期指标", 10, 10, None),
            (None, "可持续影响指标", "对委托业务规范化的持续影响", "效果明显", "达成预期指标", 10, 9, "部分业务流程尚待规范"),
            ("满意度指标(10分)", "满意度指标", "公众满意度", "≥90%", "95%", 10, 10, "无"),
        ],
        "total": (100, 99),
    }


def central_print():
    """central_wan's form laid out for printing, as a county publishes its 自评表 as a PDF: every cell wraps its
    text, columns are as wide as the printed form's, landscape, one page wide. LibreOffice turns it into
    central-print.pdf (committed, since LibreOffice is not needed to run the tests); the PDF must import to
    the same rows as central-wan.xlsx."""
    wb = Workbook(); ws = wb.active; ws.title = "自评表"
    put(ws, 1, ["附件:"])
    central_form(ws, 2, wan_spec())
    # As printed, the department's name spans the columns up to 实施单位, and the unit's the rest.
    ws.merge_cells("C5:F5"); ws.merge_cells("H5:J5")
    from openpyxl.styles import Alignment as A
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = A(wrap_text=True, vertical="center")
    widths = [8, 12, 12, 22, 14, 14, 8, 8, 10, 18]
    for col, width in zip("ABCDEFGHIJ", widths):
        ws.column_dimensions[col].width = width
    # Row heights that fit the wrapped text (LibreOffice keeps a row's height as saved): a CJK character
    # takes about two width units; each line 15 points.
    import math
    spans = {}
    for rng in ws.merged_cells.ranges:
        spans[(rng.min_row, rng.min_col)] = (sum(widths[c - 1] for c in range(rng.min_col, rng.max_col + 1)), rng.max_row - rng.min_row + 1)
    for row in ws.iter_rows():
        lines = 1
        for cell in row:
            if cell.value is None: continue
            text = str(cell.value)
            width, rows = spans.get((cell.row, cell.column), (widths[cell.column - 1], 1))
            needed = sum(math.ceil(max(1, sum(2 if ord(ch) > 0x2E80 else 1 for ch in part)) / max(1, width - 1)) for part in text.split("\n"))
            lines = max(lines, math.ceil(needed / rows))
        ws.row_dimensions[row[0].row].height = 15 * lines + 3
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    save(wb, "central-print.xlsx")
    import shutil
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found: central-print.pdf kept as committed")
        return
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.check_call([soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/profile",
                               "--convert-to", "pdf", "--outdir", tmp, os.path.join(HERE, "central-print.xlsx")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, "central-print.pdf"), os.path.join(HERE, "central-print.pdf"))
    print("wrote central-print.pdf")


def central_wan():
    """池州市贵池区棠溪镇人民政府《委托业务项目》项目支出绩效自评表（2022年度）, the 财政部 central template in 万元:
    weights inside the level-1 labels (产出指标(50分)), 其中:本年财政拨款, a 年度资金总额 row printed as 0 while its
    其中 row holds the money, codes before the department names, 一级/二级 merged down, an empty 经济效益指标 row."""
    wb = Workbook(); ws = wb.active; ws.title = "自评表"
    put(ws, 1, ["附件:"])
    spec = wan_spec()
    central_form(ws, 2, spec)
    save(wb, "central-wan.xlsx")


def yuan_thousands():
    """The central template as a city prints it in 元 with thousands separators (#,##0.00), as the disclosure
    tables of 昭通市大关县天星镇 print their amounts (金额单位:元); rows after 金寨县茶谷和美丽乡村建设服务中心's
    2023 table (指标1: prefixes, 9月前 / 7月 deadlines). 年初预算数 is left blank (money added mid-year), the
    percent targets are stored as numbers with a percent format, and 验收通过率's actual was typed as =100%."""
    wb = Workbook(); ws = wb.active; ws.title = "Sheet1"
    spec = {
        "yearRow": "（2023年度）", "name": "美丽乡村建设项目",
        "department": "金寨县农业农村局", "unit": "金寨县茶谷和美丽乡村建设服务中心",
        "funds": [
            ("年度资金总额", [None, 3297700, 3383100.5, 10, 1.0259, 10]),
            ("其中：当年财政拨款", [None, 3297700, 3383100.5, None, None, None]),
            ("上年结转资金", ["—", "—", "—", None, None, None]),
            ("其他资金", ["—", "—", "—", None, None, None]),
        ],
        "goal": ("1.建设徽风皖韵美丽乡村;2.完成农村户用卫生厕所改造。", "建成美丽宜居自然村庄202个,改造户用卫生厕所3061户。"),
        "indicators": [
            ("产出指标", "数量指标", "指标1:开展精品示范村建设数量", "≤4", "4", 10, 10, None),
            (None, None, "指标2:建设美丽宜居自然村庄数量", "≥200", "202", 10, 10, None),
            (None, None, "指标3:完成农村户用卫生厕所改造数量", "≥2000", "3061", 10, 10, None),
            (None, "质量指标", "指标1:美丽宜居自然村庄验收通过率", 0.95, None, 10, 10, None),
            (None, "时效指标", "指标1:完成美丽宜居自然村庄验收时间", "9月前", "7月", 5, 5, None),
            (None, None, "指标2:完成户用卫生厕所改造验收时间", "11月前", "10月", 5, 5, None),
            ("效益指标", "社会效益指标", "指标1:农村人居环境改善程度", "明显改善", "明显改善", 30, 28, "部分村庄长效管护机制待完善"),
            ("满意度指标", "满意度指标", "指标1:群众满意度", 0.9, 0.96, 10, 10, None),
        ],
        "total": (100, 98), "grade": "自评等级：优",
    }
    ws.cell(row=1, column=1, value="金额单位：元")
    _, first = central_form(ws, 2, spec, fmt_money="#,##0.00", unit_label="项目资金")
    # Percent targets stored as numbers; the formula typed as =100% (Excel caches 1).
    for r in range(first, first + len(spec["indicators"])):
        for c in (5, 6):
            v = ws.cell(row=r, column=c).value
            if isinstance(v, float):
                ws.cell(row=r, column=c).number_format = "0%"
    ws.cell(row=first + 3, column=5).number_format = "0%"
    ws.cell(row=first + 3, column=6, value="=100%")
    save(wb, "yuan-thousands.xlsx", cached={(0, f"F{first + 3}"): 1})


def sichuan_adjusted():
    """大英县司法局《2023年全县安可替代补助资金项目》部门预算项目支出绩效自评表（2023年度）, the 四川 layout:
    a project code before the name, 主管部门 and 实施单位 on one row, 预算执行情况(10分) with 年初预算 /
    调整后预算数 / 预算执行数 / 预算执行率 / 权重 / 得分 / 原因, 其中:财政资金 / 财政专户管理资金 / 单位资金,
    indicators as 指标性质 + 指标值 + 度量单位 in one header row, 合计, then 评价结论 / 存在问题 / 改进措施."""
    wb = Workbook(); ws = wb.active; ws.title = "自评表"
    put(ws, 1, ["部门预算项目支出绩效自评表(2023年度)"]); ws.merge_cells("A1:K1")
    put(ws, 2, ["项目名称", "51092324T000010263357-2023年全县安可替代补助资金项目"]); ws.merge_cells("B2:K2")
    put(ws, 3, ["主管部门", "大英县司法局部门", None, None, None, "实施单位", "大英县司法局"])
    put(ws, 4, ["项目基本情况", "1.项目年度目标完成情况", "项目年度目标", None, None, None, "年度目标完成情况"])
    put(ws, 5, [None, None, "根据要求购买安可设备,并完成项目资金支付。", None, None, None, "完成"])
    ws.merge_cells("A4:A5"); ws.merge_cells("B4:B5")
    put(ws, 6, ["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因"])
    put(ws, 7, [None, "总额", 0.00, 3.36, 3.36, 1.0, 10, 10,
                "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款."])
    put(ws, 8, [None, "其中:财政资金", 0.00, 3.36, 3.36, 1.0, "/", "/"])
    put(ws, 9, [None, "财政专户管理资金", 0.00, 0.00, 0.00, 0.0, "/", "/"])
    put(ws, 10, [None, "单位资金", 0.00, 0.00, 0.00, 0.0, "/", "/"])
    put(ws, 11, [None, "其他资金", None, None, None, None, "/", "/"])
    for r in range(7, 11):
        ws.cell(row=r, column=6).number_format = "0.00%"
        for c in (3, 4, 5):
            ws.cell(row=r, column=c).number_format = "0.00"
    ws.merge_cells("A6:A11")
    put(ws, 12, ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"])
    rows = [
        ("产出指标", "经济成本指标", "成本控制数", "≤", "30", "万元", "3.36", 30, 30, None),
        ("产出指标", "数量指标", "购置安可电脑台数", "≥", "13", "台", "13", 30, 30, None),
        ("产出指标", "质量指标", "完成安可产品购买并按要求支付资金", "=", "100", "%", "完成", 30, 30, None),
    ]
    for i, row in enumerate(rows):
        put(ws, 13 + i, [None] + list(row))
    ws.merge_cells("A12:A15")
    put(ws, 16, ["合计", None, None, None, None, None, None, None, 100, 100])
    put(ws, 17, ["评价结论", "按要求完成安可设备购置,资金支付及时。"]); ws.merge_cells("B17:K17")
    put(ws, 18, ["存在问题", "无"]); ws.merge_cells("B18:K18")
    put(ws, 19, ["改进措施", "无"]); ws.merge_cells("B19:K19")
    put(ws, 20, ["项目负责人:查小兵", None, None, None, None, None, "财务负责人:唐勇"])
    save(wb, "sichuan-adjusted.xlsx")


def split_two_row():
    """大英县《铁路沿线环境及安全整治》项目支出绩效自评表 rows (指标性质 / 指标值 / 度量单位, a 定性 row rated 优
    on 优良中低差), under the two-row header of the 财政部 template where 年度指标值 spans 指标性质 / 指标值 /
    度量单位, with the operators written as real workbooks do: ﹦ ≧ ≦ >= and 正向; 一级指标 written once, not merged."""
    wb = Workbook(); ws = wb.active; ws.title = "2023"
    put(ws, 1, ["2023年度项目支出绩效自评表"])
    put(ws, 2, ["项目名称", "铁路沿线环境及安全整治"])
    put(ws, 3, ["主管部门", "大英县交通运输局", "实施单位", "大英县交通运输局"])
    put(ws, 4, ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    put(ws, 5, [None, "年度资金总额", 10, 10, 9.6, 10, 0.96, 9.6])
    ws.cell(row=5, column=7).number_format = "0.00%"
    put(ws, 6, [None, "其中：当年财政拨款", 10, 10, 9.6])
    put(ws, 7, ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", None, None, "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    ws.merge_cells("E7:G7")
    put(ws, 8, [None, None, None, None, "指标性质", "指标值", "度量单位"])
    for c in (1, 2, 3, 4, 8, 9, 10, 11):
        ws.merge_cells(start_row=7, start_column=c, end_row=8, end_column=c)
    rows = [
        ("产出指标", "时效指标", "安全警示标志设置及时率", "﹦", "100", "%", "100", 10, 10, None),
        (None, "成本指标", "安全隐患排查成本预算", "≦", "6", "万元", "5.8", 10, 10, None),
        (None, None, "清理垃圾成本预算", "<=", "4", "万元", "3.8", 10, 10, None),
        (None, "数量指标", "整治铁路沿线里程", "≧", "20", "公里", "18", 10, 9, "部分路段施工延期"),
        (None, "质量指标", "整治验收合格率", ">=", "95", "%", "96", 10, 10, None),
        ("效益指标", "社会效益指标", "环境治理亮化美化率", "正向", "90", "%", "93", 10, 10, None),
        (None, "可持续影响指标", "铁路沿线环境及安全整治管理机制健全性", "定性", "优良中低差", None, "优", 10, 10, None),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥", "95", "%", "96", 10, 10, None),
        (None, None, "……", None, None, None, None, None, None, None),
    ]
    for i, row in enumerate(rows):
        put(ws, 9 + i, [None] + list(row))
    r = 9 + len(rows)
    put(ws, r, ["总分", None, None, None, None, None, None, None, 90, 88.6])
    save(wb, "split-two-row.xlsx")


def stacked():
    """Two forms stacked on one sheet and a third on a second sheet, as county bureaus paste every project of
    a year into one workbook (the 大英县 pages run one form's tail into the next form's title); indicator rows
    after 金寨县's 2023 tables; one sheet also holds a note that is no form."""
    wb = Workbook(); ws = wb.active; ws.title = "项目1-2"
    a = {
        "yearRow": "（2023年度）", "name": "农村公路养护项目", "department": "金寨县交通运输局", "unit": "金寨县公路事业发展中心",
        "funds": [("年度资金总额", [200, 180, 171, 10, 0.95, 9.5]), ("其中：当年财政拨款", [200, 180, 171, None, None, None])],
        "goal": ("完成农村公路日常养护300公里。", "完成日常养护312公里。"),
        "indicators": [
            ("产出指标", "数量指标", "日常养护里程", "≥300公里", "312公里", 20, 20, None),
            (None, "质量指标", "路况优良率", "≥80%", "78%", 20, 18, "雨季路面损坏较多"),
            (None, "时效指标", "养护任务完成时间", "2023年12月底前", "2023年12月", 10, 10, None),
            ("效益指标", "社会效益指标", "群众出行条件改善", "明显改善", "明显改善", 30, 30, None),
            ("满意度指标", "满意度指标", "沿线群众满意度", "≥90%", "92%", 10, 10, None),
        ],
        "total": (100, 97.5),
    }
    b = {
        "yearRow": "（2023年度）", "name": "桥梁安全检测项目", "department": "金寨县交通运输局", "unit": "金寨县公路事业发展中心",
        "funds": [("年度资金总额", [50, 50, 50, 10, 1.0, 10]), ("其中：当年财政拨款", [50, 50, 50, None, None, None])],
        "goal": ("完成全县桥梁定期检测。", "完成桥梁检测126座。"),
        "indicators": [
            ("产出指标", "数量指标", "桥梁检测数量", "≥120座", "126座", 50, 50, None),
            ("效益指标", "社会效益指标", "桥梁安全事故", "0起", "0起", 30, 30, None),
            ("满意度指标", "满意度指标", "管养单位满意度", "≥90%", "95%", 10, 10, None),
        ],
        "total": (100, 100),
    }
    nxt, _ = central_form(ws, 1, a)
    central_form(ws, nxt + 1, b, merge_levels=False)
    ws2 = wb.create_sheet("项目3")
    c = {
        "yearRow": "（2023年度）", "name": "公路安全生命防护工程", "department": "金寨县交通运输局", "unit": "金寨县交通运输局",
        "funds": [("年度资金总额", [300, 300, 240, 10, 0.8, 8]), ("其中：当年财政拨款", [300, 300, 240, None, None, None])],
        "goal": ("完成安防工程60公里。", "完成安防工程45公里。"),
        "indicators": [
            ("产出指标", "数量指标", "安防工程建设里程", "≥60公里", "45公里", 50, 37.5, "部分路段征地未完成"),
            ("效益指标", "社会效益指标", "交通事故发生率", "下降", "有所下降", 30, 25, None),
            ("满意度指标", "满意度指标", "群众满意度", "≥90%", "91%", 10, 10, None),
        ],
        "total": (100, 80.5),
    }
    central_form(ws2, 1, c)
    ws3 = wb.create_sheet("说明")
    put(ws3, 1, ["本工作簿由县交通运输局汇总填报。"])
    save(wb, "stacked.xlsx")


LONG_HEADER = ["年度", "主管部门", "实施单位", "资金名称", "项目名称", "一级指标", "二级指标", "三级指标", "年度指标值",
               "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
LONG_ROWS = [
    ["2023", "某县农业农村局", "某县农业技术推广中心", "", "耕地地力提升项目", "产出指标", "数量指标", "耕地地力提升面积", "≥5000亩", "5200亩", "20", "20", ""],
    ["2023", "某县农业农村局", "某县农业技术推广中心", "", "耕地地力提升项目", "", "质量指标", "土壤有机质含量提升", "≥0.1个百分点", "0.12个百分点", "20", "20", ""],
    ["2023", "某县农业农村局", "某县农业技术推广中心", "", "耕地地力提升项目", "", "时效指标", "项目完成时间", "2023年11月底前", "2023年11月", "10", "10", ""],
    ["2023", "某县农业农村局", "某县农业技术推广中心", "", "耕地地力提升项目", "效益指标", "经济效益指标", "亩均增产", "≥30公斤", "28公斤", "30", "28", "部分地块受旱"],
    ["2023", "某县农业农村局", "某县农业技术推广中心", "", "耕地地力提升项目", "满意度指标", "满意度指标", "农户满意度", "≥90%", "93%", "10", "10", "无"],
    ["2023", "某县农业农村局", "某县动物疫病预防控制中心", "", "动物防疫补助项目", "产出指标", "数量指标", "强制免疫畜禽数量", "≥20万头（只）", "21.3万头（只）", "25", "25", ""],
    ["2023", "某县农业农村局", "某县动物疫病预防控制中心", "", "动物防疫补助项目", "", "质量指标", "免疫密度", "≥90%", "95%", "25", "25", ""],
    ["2023", "某县农业农村局", "某县动物疫病预防控制中心", "", "动物防疫补助项目", "效益指标", "社会效益指标", "重大动物疫情发生", "无", "未发生", "30", "30", ""],
    ["2023", "某县农业农村局", "某县动物疫病预防控制中心", "", "动物防疫补助项目", "满意度指标", "满意度指标", "养殖户满意度", "≥90%", "88%", "10", "9", "宣传不够到位"],
]
FUNDS_HEADER = ["年度", "项目名称", "资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "得分"]
FUNDS_ROWS = [
    ["2023", "耕地地力提升项目", "合计", "500", "480", "456", "10", "9.5"],
    ["2023", "耕地地力提升项目", "当年财政拨款", "500", "480", "456", "", ""],
    ["2023", "动物防疫补助项目", "合计", "120", "120", "120", "10", "10"],
    ["2023", "动物防疫补助项目", "当年财政拨款", "100", "100", "100", "", ""],
    ["2023", "动物防疫补助项目", "上年结转资金", "20", "20", "20", "", ""],
]


def long_format():
    """The long format (docs/import.md) as a county 农业农村局 would export its 自评指标 from a budget system, one row
    per indicator, with the funds table beside it: as .xlsx (two sheets), as UTF-8 CSV with a byte-order mark, and as
    GB18030 CSV with CRLF line ends, as Excel on a Chinese Windows saves "CSV"; 一级指标 written once per level."""
    wb = Workbook(); ws = wb.active; ws.title = "绩效指标"
    ws.append(LONG_HEADER)
    for row in LONG_ROWS:
        ws.append([int(v) if i in (0, 10, 11) and v.isdigit() else v for i, v in enumerate(row)])
    ws2 = wb.create_sheet("资金")
    ws2.append(FUNDS_HEADER)
    for row in FUNDS_ROWS:
        ws2.append([float(v) if i >= 3 and v else (v if v else None) for i, v in enumerate(row)])
    save(wb, "long.xlsx")

    def write_csv(name, header, rows, encoding, newline, bom=False):
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator=newline)
        writer.writerow(header)
        writer.writerows(rows)
        data = buffer.getvalue().encode(encoding)
        if bom: data = b"\xef\xbb\xbf" + data
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        print("wrote", name)

    rows = [r[:] for r in LONG_ROWS]
    rows[3][12] = "部分地块受旱,\n亩均增产略低于目标"   # a quoted cell with a comma and a line break
    write_csv("long-utf8-bom.csv", LONG_HEADER, rows, "utf-8", "\n", bom=True)
    write_csv("long-funds-utf8-bom.csv", FUNDS_HEADER, FUNDS_ROWS, "utf-8", "\n", bom=True)
    write_csv("long-gb18030.csv", LONG_HEADER, rows, "gb18030", "\r\n")
    write_csv("long-funds-gb18030.csv", FUNDS_HEADER, FUNDS_ROWS, "gb18030", "\r\n")


def budget_system():
    """The field names of a provincial budget-performance system (pmkpi): its 自评指标（项目支出） export
    (PERF_T_SELFPERFINDEX: findex, sindex, name, computesign, indexval, actualvalue, meterunit, actualweight,
    score, kpi_remark) and its funds table (PERF_T_SELFPROFUND: NAME 资金来源, AMT1 年初预算, AMT3 调整后的预算,
    AMT4 全年执行数), each with a 项目名称 column added, as an analyst's query exports them."""
    header = ["PRO_NAME", "FINDEX", "SINDEX", "NAME", "COMPUTESIGN", "INDEXVAL", "ACTUALVALUE", "METERUNIT", "ACTUALWEIGHT", "SCORE", "KPI_REMARK"]
    rows = [
        ["城乡居民医疗救助", "产出指标", "数量指标", "救助人次", "≥", "1200", "1350", "人次", "30", "30", ""],
        ["城乡居民医疗救助", "产出指标", "时效指标", "救助资金发放及时率", "=", "100", "100", "%", "20", "20", ""],
        ["城乡居民医疗救助", "产出指标", "成本指标", "人均救助标准", "≤", "3000", "2860", "元", "20", "20", ""],
        ["城乡居民医疗救助", "效益指标", "社会效益指标", "困难群众医疗负担减轻", "定性", "有效减轻", "达成", "", "20", "18", "部分群众知晓率不高"],
        ["城乡居民医疗救助", "满意度指标", "服务对象满意度指标", "救助对象满意度", "≥", "90", "94", "%", "10", "10", ""],
    ]
    buffer = io.StringIO(); w = csv.writer(buffer, lineterminator="\r\n"); w.writerow(header); w.writerows(rows)
    with open(os.path.join(HERE, "budget-system-index.csv"), "wb") as f:
        f.write(buffer.getvalue().encode("gb18030"))
    funds = [["PRO_NAME", "NAME", "AMT1", "AMT3", "AMT4"],
             ["城乡居民医疗救助", "当年财政资金", "380", "400", "398.5"],
             ["城乡居民医疗救助", "上年结转资金", "0", "20", "20"],
             ["城乡居民医疗救助", "其他资金", "", "", ""]]
    buffer = io.StringIO(); w = csv.writer(buffer, lineterminator="\r\n"); w.writerows(funds)
    with open(os.path.join(HERE, "budget-system-funds.csv"), "wb") as f:
        f.write(buffer.getvalue().encode("gb18030"))
    print("wrote budget-system-index.csv, budget-system-funds.csv")


def bad():
    """Damaged inputs: a zip that is not a workbook, a workbook cut short, a workbook with no form."""
    with open(os.path.join(HERE, "corrupt.xlsx"), "wb") as f:
        f.write(b"PK\x03\x04" + b"\x00" * 26 + b"this is not a workbook")
    with open(os.path.join(HERE, "central-wan.xlsx"), "rb") as f:
        data = f.read()
    with open(os.path.join(HERE, "truncated.xlsx"), "wb") as f:
        f.write(data[: len(data) // 2])
    wb = Workbook(); ws = wb.active; ws.title = "通讯录"
    ws.append(["姓名", "电话"]); ws.append(["张三", "0551-1234567"])
    save(wb, "no-form.xlsx")


def roundtrip():
    """Each sub-project of the 2022 seed fund (data/2022-jiangmen-industry-fund.json) as a central-template workbook,
    and the whole fund in the long format, so that importing them can be compared with the seed itself."""
    seed = json.load(open(os.path.join(ROOT, "data", "2022-jiangmen-industry-fund.json"), encoding="utf-8"))["reports"][0]
    out = os.path.join(HERE, "roundtrip")
    os.makedirs(out, exist_ok=True)
    long_rows, funds_rows = [], []
    for sp in seed["subProjects"]:
        inds = [i for i in seed["indicators"] if i.get("subProject") == sp["id"]]
        rows, last1, last2 = [], None, None
        for ind in inds:
            l1 = ind["level1"] if ind["level1"] != last1 else None
            l2 = ind["level2"] if (ind["level2"] != last2 or l1 is not None) else None
            last1, last2 = ind["level1"], ind["level2"]
            rows.append((l1, l2, ind["name"], ind["target"], ind["actual"], None, None, ind.get("deviationReason")))
            long_rows.append(["2022", seed["department"], "", seed["scope"], sp["name"], ind["level1"], ind["level2"], ind["name"],
                              ind["target"], ind["actual"], "", "", ind.get("deviationReason") or ""])
        funds_rows.append(["2022", sp["name"], "合计", str(sp["budget"]), "", str(sp["spent"]), "", ""])
        spec = {"yearRow": "（2022年度）", "name": sp["name"], "department": seed["department"], "unit": seed["department"],
                "funds": [("年度资金总额", [sp["budget"], None, sp["spent"], None, None, None])],
                "goal": ("", ""), "indicators": rows, "total": (None, None)}
        wb = Workbook(); ws = wb.active; ws.title = "自评表"
        central_form(ws, 1, spec)
        save(wb, os.path.join("roundtrip", f"{sp['id']}.xlsx"))
    wb = Workbook(); ws = wb.active; ws.title = "绩效指标"
    ws.append(LONG_HEADER)
    for row in long_rows: ws.append(row)
    ws2 = wb.create_sheet("资金"); ws2.append(FUNDS_HEADER)
    for row in funds_rows: ws2.append(row)
    save(wb, os.path.join("roundtrip", "fund-long.xlsx"))


def docx_form():
    """The central template as a Word document (.docx), the way many bureaus publish their 自评表 attachments:
    the title as paragraphs above the table, 项目资金 and 绩效指标 merged down (vMerge), 项目名称's value spanning
    columns (gridSpan); rows after 金寨县's 2023 table."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def p(text):
        return f"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"

    def tc(text="", span=1, vmerge=None):
        props = ""
        if span > 1: props += f'<w:gridSpan w:val="{span}"/>'
        if vmerge == "restart": props += '<w:vMerge w:val="restart"/>'
        elif vmerge == "continue": props += "<w:vMerge/>"
        paragraphs = "".join(p(line) for line in str(text).split("\n")) if text != "" else "<w:p/>"
        return f"<w:tc><w:tcPr>{props}</w:tcPr>{paragraphs}</w:tc>"

    rows = [
        [tc("项目名称", 2), tc("农村饮水安全巩固提升工程", 7)],
        [tc("主管部门", 2), tc("金寨县水利局", 3), tc("实施单位"), tc("金寨县农村饮水安全管理站", 3)],
        [tc("项目资金\n（万元）", vmerge="restart"), tc(""), tc("年初预算数"), tc("全年预算数"), tc("全年执行数"), tc("分值"), tc("执行率"), tc("得分"), tc("")],
        [tc(vmerge="continue"), tc("年度资金总额"), tc("150"), tc("150"), tc("142.5"), tc("10"), tc("95%"), tc("9.5"), tc("")],
        [tc(vmerge="continue"), tc("其中：当年财政拨款"), tc("150"), tc("150"), tc("142.5"), tc("—"), tc(""), tc("—"), tc("")],
        [tc("绩效指标", vmerge="restart"), tc("一级指标"), tc("二级指标"), tc("三级指标"), tc("年度指标值"), tc("实际完成值"), tc("分值"), tc("得分"), tc("偏差原因分析及改进措施")],
        [tc(vmerge="continue"), tc("产出指标", vmerge="restart"), tc("数量指标"), tc("新建供水工程"), tc("≥5处"), tc("5处"), tc("25"), tc("25"), tc("")],
        [tc(vmerge="continue"), tc(vmerge="continue"), tc("质量指标"), tc("水质达标率"), tc("≥95%"), tc("93%"), tc("25"), tc("23"), tc("部分水源浊度偏高")],
        [tc(vmerge="continue"), tc("效益指标"), tc("社会效益指标"), tc("受益人口"), tc("≥1.2万人"), tc("1.26万人"), tc("30"), tc("30"), tc("")],
        [tc(vmerge="continue"), tc("满意度指标"), tc("满意度指标"), tc("受益群众满意度"), tc("≥90%"), tc("95%"), tc("10"), tc("10"), tc("")],
        [tc("总分", 6), tc("100"), tc("97.5"), tc("")],
    ]
    body = p("项目支出绩效自评表") + p("（2023年度）") + "<w:tbl>" + "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows) + "</w:tbl>"
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>'
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": document,
    }
    with zipfile.ZipFile(os.path.join(HERE, "central-form.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME); info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    print("wrote central-form.docx")


if __name__ == "__main__":
    docx_form()
    central_wan(); central_print(); yuan_thousands(); sichuan_adjusted(); split_two_row(); stacked(); long_format(); budget_system(); bad(); roundtrip()
