#!/usr/bin/env python3
"""Writes the hostile corpus (issue 12): data files that are broken, strange or made to attack.

Every valid part follows the fund seed, data/2022-jiangmen-industry-fund.json (江门市工业和信息化局,
2022年工业扶持专项资金绩效自评报告); each file changes one thing of it, or is no JSON at all. The
expected outcome of `jixiao validate` on each file (exit code and first line) is in expected.tsv,
checked by Tests/e2e/test_hostile.sh, which also makes the FIFO and reads every command's output on
the control-character files for raw control bytes. Run from anywhere: python3 generate.py
"""
import copy, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "..", "..", "..", "data", "2022-jiangmen-industry-fund.json")
seed = json.load(open(SEED, encoding="utf-8"))


def dump(obj, **kw):
    return json.dumps(obj, ensure_ascii=False, indent=1, **kw)


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def variant(change):
    doc = copy.deepcopy(seed)
    change(doc["reports"][0], doc)
    return dump(doc)


def setter(path, value):
    def change(report, doc):
        target = report
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return change


valid = dump(seed)
write("seed-copy.json", valid)

# --- syntax ---
write("empty.json", b"")
write("whitespace.json", b" \n\t\r\n  \n")
write("truncated.json", valid[: len(valid) // 2])
write("trailing-comma.json", valid.replace('"kind": "projectFund"', '"kind": "projectFund",', 1).replace('"kind": "projectFund",\n', '"kind": "projectFund",,\n', 1))
write("single-quotes.json", "{'formatVersion': 2, 'reports': []}")
write("comment.json", "// a comment\n" + valid)
write("two-documents.json", valid + "\n" + valid)
write("bare-array.json", dump(seed["reports"]))
write("unterminated-string.json", '{"formatVersion": 2, "reports": [{"id": "r1')
write("bad-escape.json", valid.replace('"jiangmen-industry-fund-2022"', '"jiangmen\\x-fund"', 1))
write("raw-newline-in-string.json", valid.replace('"jiangmen-industry-fund-2022"', '"jiangmen\nfund"', 1))
write("deep-nesting.json", '{"formatVersion": 2, "reports": ' + "[" * 100000 + "]" * 100000 + "}")

# --- types, missing and null fields ---
write("wrong-type-budget.json", variant(lambda r, d: r["subProjects"][0].__setitem__("budget", "三百万")))
write("wrong-type-reports.json", dump({"formatVersion": 2, "reports": {"id": "r1"}}))
write("null-title.json", variant(setter(["title"], None)))
write("missing-id.json", variant(lambda r, d: r.pop("id")))
write("year-fraction.json", variant(setter(["year"], 2022.5)))
write("format-version-3.json", variant(lambda r, d: d.__setitem__("formatVersion", 3)))
write("no-reports.json", dump({"formatVersion": 2, "reports": []}))

# --- duplicates ---
write("duplicate-key.json", valid.replace('"year": 2022,', '"year": 2022,\n "year": 2023,', 1))
write("duplicate-report-id.json", variant(lambda r, d: d["reports"].append(copy.deepcopy(r))))
write("duplicate-indicator-id.json", variant(lambda r, d: r["indicators"][1].__setitem__("id", r["indicators"][0]["id"])))

# --- numbers ---
FIRST_SPENT = '"spent": 103.81'  # the first sub-project's 实际支出 (上云上平台补助)
assert FIRST_SPENT in valid
for name, literal in [("nan.json", "NaN"), ("infinity.json", "Infinity"), ("exponent-400.json", "1e400"),
                      ("negative-zero.json", "-0"), ("forty-digits.json", "1234567890123456789012345678901234567890")]:
    write(name, valid.replace(FIRST_SPENT, '"spent": ' + literal, 1))
write("negative-budget.json", variant(lambda r, d: r["subProjects"][0].__setitem__("budget", -300)))

# --- encodings ---
write("bom-utf8.json", b"\xef\xbb\xbf" + valid.encode("utf-8"))
write("utf16le-bom.json", valid.encode("utf-16"))
write("utf16be-no-bom.json", valid.encode("utf-16-be"))
write("gbk.json", valid.encode("gb18030"))
write("overlong.json", valid.encode("utf-8").replace(b'"jiangmen-industry-fund-2022"', b'"jiangmen\xc0\xafjunk"', 1))
write("cesu-surrogate.json", valid.encode("utf-8").replace("工业扶持".encode(), b"\xed\xa0\x80\xed\xb0\x80", 1))
write("lone-surrogate-escape.json", valid.replace('"title": "', '"title": "\\ud800\\u0041', 1))
write("invalid-byte-ff.json", valid.encode("utf-8").replace("工业扶持".encode(), b"\xff", 1))

# --- control and bidi characters (each must come out escaped, never raw) ---
write("control-osc52.json", variant(setter(["title"], "\x1b]52;c;ZWNobyBwd25lZA==\x07专项资金")))
write("control-title-and-clear.json", variant(setter(["department"], "\x1b]0;pwned\x07\x1b[2J\x1b[H江门市工业和信息化局")))
write("control-c1-csi.json", variant(lambda r, d: r["subProjects"][0].__setitem__("name", "\u009b2J上云\u0085补助")))
write("control-bidi.json", variant(lambda r, d: r["indicators"][0].__setitem__("name", "\u202e数量\u2066指标\u2069\u200f")))
write("control-del-nul.json", variant(lambda r, d: r["indicators"][0].__setitem__("actual", "完成\u007f\u0000 8 个")))
write("control-line-break.json", variant(lambda r, d: r["subProjects"][0].__setitem__("name", "上云\n  [严重] 伪造的问题\t\u2028补助")))
write("control-sequence-in-target.json", variant(lambda r, d: r["indicators"][0].__setitem__("actual", r["indicators"][0]["actual"] + "\x1b[1;1H\x1b]52;c;OTk5OQ==\x07")))
write("control-in-field-name.json", valid.replace('"title":', '"ti\\u001b[31mtle":', 1))
write("control-in-enum.json", variant(setter(["kind"], "project\x1b[2JFund")))
write("control-in-id.json", variant(lambda r, d: r["indicators"][1].__setitem__("subProject", "sp-\x1b[5m99")))

# --- limits ---
write("weight-huge.json", variant(lambda r, d: r["indicators"][0].__setitem__("weight", 5e29)))
write("weights-sum-above-100.json", variant(setter(["weights"], {"execution": 10, "output": 90, "effect": 30, "satisfaction": 10})))
write("weights-above-100.json", variant(setter(["weights"], {"execution": 10, "output": 500, "effect": 30, "satisfaction": 10})))
def cut(report, doc):
    sp = report["subProjects"][0]
    sp["budget"] = 200
    sp.pop("adjustedBudget", None)
    sp["adjustments"] = [{"kind": "cut", "amount": 500}]
write("cut-exceeds-budget.json", variant(cut))
write("huge-string.json", variant(setter(["title"], "长" * (1 << 19))))  # 1.5 MiB: past the 1 MiB a field may hold

# --- links (the FIFO is made by the test: git keeps no FIFO) ---
for name, target in [("loop-a.json", "loop-b.json"), ("loop-b.json", "loop-a.json"), ("dangling.json", "gone.json")]:
    path = os.path.join(HERE, name)
    if os.path.lexists(path):
        os.remove(path)
    os.symlink(target, path)
