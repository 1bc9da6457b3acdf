# Many reports at once (issue 9): the dashboard opens on the first report while the rest are read
# and evaluated in the background, every key works meanwhile, and the status line counts.

# Writes FILE with 2×N reports: the two seeds again and again, each with its own id (made for these tests).
seed_copies() {
  python3 - "$ROOT/data" "$1" "$2" <<'PY'
import json, glob, sys
seeds = [json.load(open(f, encoding="utf-8"))["reports"][0] for f in sorted(glob.glob(sys.argv[1] + "/*.json"))]
reports = []
for n in range(int(sys.argv[3])):
    for seed in seeds:
        r = dict(seed)
        r["id"] = "%s-%05d" % (seed["id"], n)
        reports.append(r)
json.dump({"formatVersion": 2, "reports": reports}, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
}

# 600 reports.
seed_copies many.json 300

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

# A data file of 32 MiB or more is mapped (issue 9); cut short by another program while it is read, it
# ends jixiao with a sentence naming it and exit 135, never a crash report, and the dashboard gives the
# terminal back first. The file is cut once /proc shows it mapped, while the rest is still being read.
seed_copies big.json 800
size=$(stat -c %s big.json)
if [ "$size" -ge 33554432 ]; then pass "the test file is large enough to be mapped ($size bytes)"; else fail "the test file is large enough to be mapped" "$size bytes"; fi

# Waits (at most 20 s) until process $1 has the file $2 mapped.
wait_mapped() {
  for _ in $(seq 200); do
    grep -q "$2" /proc/"$1"/maps 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

cp big.json cut.json
"$JIXIAO" validate "$WORKDIR/cut.json" > cut.out 2> cut.err &
pid=$!
wait_mapped $pid "$WORKDIR/cut.json"
truncate -s 0 cut.json
wait $pid; code=$?
if [ $code -eq 135 ]; then pass "validate of a mapped file cut short exits 135"; else fail "validate of a mapped file cut short exits 135" "exit $code: $(head -c 400 cut.err)"; fi
if grep -q "cut.json: the file was cut short or changed while it was being read" cut.err && ! grep -q "Crash\|Backtrace\|Thread 0" cut.err; then
  pass "…naming the file, with no crash report"
else fail "…naming the file, with no crash report" "$(head -c 600 cut.err)"; fi

S=cut
start_session $S 120 30 "\"$JIXIAO\" \"$WORKDIR/big.json\"; echo \"exit=\$?\""
if wait_for $S "执行率" 60; then
  pid=$(pgrep -f "^$JIXIAO $WORKDIR/big.json" | head -1)
  [ -n "$pid" ] && wait_mapped "$pid" "$WORKDIR/big.json"
  if grep -q "$WORKDIR/big.json" /proc/"$pid"/maps 2>/dev/null; then
    truncate -s 0 big.json
    if wait_for $S "exit=135" 20; then pass "the dashboard on a mapped file cut short exits 135"; else fail "the dashboard on a mapped file cut short exits 135" "$(capture $S)"; fi
    check_screen "…with the sentence on the shell's screen" $S "the file was cut short or changed"
    if [ "$(tm display -p -t $S '#{alternate_on} #{cursor_flag}')" = "0 1" ]; then pass "…the alternate screen left and the cursor shown"
    else fail "…the alternate screen left and the cursor shown" "$(tm display -p -t $S 'alternate_on=#{alternate_on} cursor_flag=#{cursor_flag}')"; fi
  else
    fail "the dashboard maps the big file while it reads it" "pid=$pid; $(capture $S)"
  fi
else fail "the dashboard opens on the big file" "$(capture $S)"; fi
tm kill-session -t $S
rm -f big.json cut.json
