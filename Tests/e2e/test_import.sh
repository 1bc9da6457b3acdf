# Importing 自评表 as received: the import command's exit codes, its notes, the draft, and opening a workbook directly.
F=fixtures/import
expect_exit  "import a standard-form workbook exits 0" 0 "$JIXIAO" import $F/central-wan.xlsx -o draft.json
expect_output "import names every guess as SOURCE:PLACE: message" '^fixtures/import/central-wan\.xlsx:自评表!B7: the total'"'"'s 年初预算数' "$JIXIAO" import $F/central-wan.xlsx -o draft2.json
expect_exit  "the draft validates" 0 "$JIXIAO" validate draft.json
expect_exit  "import over an existing file exits 73" 73 "$JIXIAO" import $F/central-wan.xlsx -o draft.json
expect_exit  "--force overwrites it" 0 "$JIXIAO" import $F/central-wan.xlsx -o draft.json --force
expect_exit  "a missing input exits 66" 66 "$JIXIAO" import no-such.xlsx -o d3.json
expect_exit  "a workbook with no form exits 65" 65 "$JIXIAO" import $F/no-form.xlsx -o d3.json
expect_exit  "a corrupt workbook exits 65" 65 "$JIXIAO" import $F/corrupt.xlsx -o d3.json
if [ -e d3.json ]; then fail "nothing is written when an input fails" "d3.json exists"; else pass "nothing is written when an input fails"; fi
printf 'not really an xls' > old.xls
if command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1; then
  expect_exit "an .xls LibreOffice cannot read exits 65" 65 env "$JIXIAO" import old.xls -o d4.json
else
  expect_exit "an .xls without LibreOffice exits 69" 69 "$JIXIAO" import old.xls -o d4.json
  expect_output "…naming the package to install" 'libreoffice-calc' "$JIXIAO" import old.xls -o d4.json
fi
expect_exit  "GB18030 long format with its funds table imports" 0 "$JIXIAO" import $F/long-gb18030.csv $F/long-funds-gb18030.csv -o long.json
if python3 - long.json <<'PY'
import json, sys
raw = open(sys.argv[1], "rb").read()
raw.decode("utf-8")  # the draft is UTF-8 whatever the input was
d = json.loads(raw)
assert d["formatVersion"] == 2
r = d["reports"][0]
assert r["scope"] == "耕地地力提升项目" and r["subProjects"][0]["spent"] == 456, r["subProjects"]
PY
then pass "the draft is UTF-8 format v2 with the figures"; else fail "the draft is UTF-8 format v2 with the figures"; fi

# Opening a workbook directly gives the same report as importing it first.
"$JIXIAO" evaluate $F/sichuan-adjusted.xlsx --json > direct.json
"$JIXIAO" import $F/sichuan-adjusted.xlsx -o sichuan.json 2>/dev/null
"$JIXIAO" evaluate sichuan.json --json > viadraft.json
if python3 - direct.json viadraft.json <<'PY'
import json, sys
a, b = (json.load(open(p))["reports"][0] for p in sys.argv[1:3])
assert a == b, [k for k in a if a[k] != b.get(k)]
for key in ("scope", "department", "implementingUnit", "executionWeight", "statedExecutionScore"):
    assert key in a, key
assert a["scope"] == "2023年全县安可替代补助资金项目" and a["implementingUnit"] == "大英县司法局"
assert a["executionWeight"] == 10 and a["statedExecutionScore"] == 10
assert [i["statedScore"] for i in a["indicators"]] == [30, 30, 30]
assert [i["printedWeight"] for i in a["indicators"]] == [30, 30, 30]
assert any(i["kind"] == "importNote" for i in a["issues"])
PY
then pass "evaluate FILE.xlsx --json equals import then evaluate"; else fail "evaluate FILE.xlsx --json equals import then evaluate"; fi
expect_output "validate reads a workbook directly" '^ok: 1 file, 1 report' "$JIXIAO" validate $F/central-wan.xlsx
expect_exit  "validate a corrupt workbook exits 65" 65 "$JIXIAO" validate $F/corrupt.xlsx

# The dashboard on a workbook, as an analyst opens one.
S=import
start_session $S 100 30 "$JIXIAO $F/central-wan.xlsx"
check_screen "a workbook opens on its budget pane" $S "委托业务项目 2022 › 预算执行"
wait_settled $S
check_screen "the budget pane shows the funding sources" $S "本年财政拨款  年初 90.00"
check_screen "…and the annual goal" $S "年度总体目标：本项目共申请预算资金90万元"
tm send-keys -t $S 3
check_screen "the issue list holds the import notes" $S "导入说明"
tm send-keys -t $S 2 Enter
check_screen "the indicators read from the workbook" $S "ind-01 数量指标 基建工程委托业务项"
tm send-keys -t $S Enter
check_screen "an indicator shows its printed 分值 and 得分" $S "分值 8   得分 8"
tm send-keys -t $S q
wait_gone $S "委托业务项目 2022" 10 && pass "q leaves the workbook's dashboard" || fail "q leaves the workbook's dashboard" "$(capture $S)"

# Published reports as text and PDF, imported the way an analyst would.
T=fixtures/text
expect_exit  "import a published report's text exits 0" 0 "$JIXIAO" import $T/2022-jiangmen-industry-fund.txt -o text.json
expect_output "its notes name the line they concern" '^fixtures/text/2022-jiangmen-industry-fund\.txt:lines? [0-9]+' "$JIXIAO" import $T/2022-jiangmen-industry-fund.txt -o text2.json
expect_exit  "the text's draft validates" 0 "$JIXIAO" validate text.json
if python3 - text.json <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["reports"][0]
assert len(r["subProjects"]) == 16 and len(r["indicators"]) == 63, (len(r["subProjects"]), len(r["indicators"]))
assert r["year"] == 2022 and r["statedScore"] == 96 and r["statedGrade"] == "优"
kinds = {(c["kind"], (c.get("scope") or {}).get("level2"), c.get("value")) for c in r["claims"]}
assert ("indicatorCount", "数量指标", 36) in kinds and ("selfScore", None, 96) in kinds, kinds
assert r["problems"] and r["suggestions"]
PY
then pass "the draft holds the tables, the claims and the sections"; else fail "the draft holds the tables, the claims and the sections"; fi
expect_output "evaluate on the text finds what the transcription finds" '报告称数量指标完成 19 项，指标表显示完成 29 项' "$JIXIAO" evaluate $T/2022-jiangmen-industry-fund.txt
expect_exit  "import a report printed to PDF exits 0" 0 "$JIXIAO" import $T/2022-jiangmen-industry-fund.pdf -o pdf.json
expect_output "…and says which pdftotext reading it kept" 'read with pdftotext (in its default order|-layout)' "$JIXIAO" import $T/2022-jiangmen-industry-fund.pdf -o pdf2.json
expect_exit  "import a standard form printed to PDF exits 0" 0 "$JIXIAO" import $F/central-print.pdf -o formpdf.json
printf '这里只有说明，没有表格。\n' > notes.txt
expect_exit  "a text that holds no report exits 65" 65 "$JIXIAO" import notes.txt -o d5.json
mkdir -p withreadme && cp $T/2023-jiangmen-miit-department.txt withreadme/ && cp notes.txt withreadme/README.txt
expect_output "a README among a folder's reports is skipped" '^ok: 2 files, 1 report' "$JIXIAO" validate withreadme

S=textdash
start_session $S 80 24 "$JIXIAO $T/2023-jiangmen-miit-department.txt"
check_screen "a published report's text opens in the dashboard" $S "部门整体支出 2023"
wait_settled $S
tm send-keys -t $S 2 Enter
check_screen "its indicators are read from the wrapped table" $S "ind-01 数量指标 增产增收奖"
check_screen "…with their targets and actuals" $S "≥300         219"
tm send-keys -t $S q
wait_gone $S "部门整体支出 2023" 10 && pass "q leaves the text's dashboard" || fail "q leaves the text's dashboard" "$(capture $S)"
