# Many reports at once (issue 9): the dashboard opens on the first report while the rest are read
# and evaluated in the background, every key works meanwhile, and the status line counts.

# 600 reports: the two seeds again and again, each with its own id (made for this test).
python3 - "$ROOT/data" many.json <<'PY'
import json, glob, sys
seeds = [json.load(open(f, encoding="utf-8"))["reports"][0] for f in sorted(glob.glob(sys.argv[1] + "/*.json"))]
reports = []
for n in range(300):
    for seed in seeds:
        r = dict(seed)
        r["id"] = "%s-%04d" % (seed["id"], n)
        reports.append(r)
json.dump({"formatVersion": 2, "reports": reports}, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY

S=many
start_session $S 120 30 "\"$JIXIAO\" many.json"
check_screen "many reports: the first report is drawn" $S "执行率" 60
check_screen "…and, once read, every report is counted in the title" $S "[1/600]" 60
tm send-keys -t $S ']'
check_screen "] moves to the next report meanwhile" $S "[2/600]" 30
tm send-keys -t $S 3
check_screen "3 opens its issues meanwhile" $S "› 问题清单"
if wait_gone $S "已评价" 120; then pass "the progress leaves the status line when every report is evaluated"; else fail "the progress leaves the status line when every report is evaluated" "$(capture $S)"; fi
tm send-keys -t $S '['
check_screen "[ goes back to the first report" $S "[1/600]"
tm send-keys -t $S q
if wait_gone $S "执行率" 20; then pass "q leaves the dashboard for the shell"; else fail "q leaves the dashboard for the shell" "$(capture $S)"; fi
