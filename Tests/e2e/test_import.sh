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
