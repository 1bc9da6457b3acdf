# The headless commands: exit codes and messages.
expect_exit  "validate data/ exits 0" 0 "$JIXIAO" validate data
expect_exit  "validate a missing path exits 66" 66 "$JIXIAO" validate no-such-dir
printf '{"formatVersion": 1, "reports": [' > bad-syntax.json
expect_exit  "validate a syntax error exits 65" 65 "$JIXIAO" validate bad-syntax.json
expect_output "a syntax error names file and line:column" '^bad-syntax\.json:1:[0-9]+: ' "$JIXIAO" validate bad-syntax.json
sed 's/"budget": 200,/"budget": "abc",/' data/2022-jiangmen-industry-fund.json > wrong-type.json
expect_output "a wrong type names the field path" 'wrong-type\.json:[0-9]+:[0-9]+: reports\[0\]\.subProjects\[0\]\.budget: expected a decimal number, found "abc"' "$JIXIAO" validate wrong-type.json
expect_exit  "a wrong type exits 65" 65 "$JIXIAO" validate wrong-type.json

# The stable machine interfaces: check and evaluate --json.
expect_output "check judges one indicator" '"status": "met"' "$JIXIAO" check --target "≥20 家" --actual "27 家"
expect_output "check gives the ratio" '"ratio": 1.35' "$JIXIAO" check --target "≥20 家" --actual "27 家"
expect_output "check says review for two readings" '"status": "review"' "$JIXIAO" check --target "400 万元" --actual "奖励资金合计 1720 万元，其中市本级承担资金 377.5 万元"
expect_exit  "check rejects an unknown category" 64 "$JIXIAO" check --target 1 --actual 1 --category nonsense
"$JIXIAO" evaluate data --json > evaluate.json
if python3 - evaluate.json <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
r = {x["id"]: x for x in d["reports"]}["jiangmen-industry-fund-2022"]
assert len(r["subProjects"]) == 16, len(r["subProjects"])
assert str(r["budget"]) == "8054.71" and str(r["spent"]) == "6983.74", (r["budget"], r["spent"])
assert str(r["executionRate"]) == "0.867", r["executionRate"]
assert r["statedScore"] == 96 and r["grade"] in "优良中差"
assert len(r["indicators"]) == 63 and all(k in r["indicators"][0] for k in ("id", "subProject", "category", "name", "status", "ratio", "score", "reason"))
kinds = {i["kind"] for i in r["issues"]}
assert {"indicatorUnmet", "overspent", "noEffectIndicator", "noSatisfactionIndicator", "claimMismatch"} <= kinds, kinds
PY
then pass "evaluate --json gives the fund's figures and issues"; else fail "evaluate --json gives the fund's figures and issues" "$(head -c 600 evaluate.json)"; fi
expect_exit  "evaluate with a bad file still exits 65" 65 "$JIXIAO" evaluate data bad-syntax.json
expect_exit  "export of an unknown report is a usage error" 64 "$JIXIAO" export --report nope data
expect_exit  "export with a bad file exits 65" 65 "$JIXIAO" export --pane budget data bad-syntax.json
# A full disk is said in the system's words, with exit 74 (EX_IOERR), not as a cut document and success.
if [ -w /dev/full ]; then
  expect_exit   "evaluate --json onto a full disk exits 74" 74 sh -c "\"$JIXIAO\" evaluate --json data > /dev/full"
  expect_output "evaluate --json onto a full disk says so" "cannot write the evaluation: No space left on device" sh -c "\"$JIXIAO\" evaluate --json data > /dev/full"
fi
if [ -w /dev/full ]; then
  expect_exit   "evaluate onto a full disk exits 74" 74 sh -c "\"$JIXIAO\" evaluate data > /dev/full"
fi
