# The hostile corpus (issue 12): every file's exit code and first line, as Tests/Fixtures/hostile/expected.tsv
# says; a FIFO read to its end; and no raw control byte in any command's output on the control files.
HOSTILE="$WORKDIR/fixtures/hostile"
table_ok=0; table_bad=0
while IFS=$'\t' read -r file want_rc want_line; do
  case $file in '#'*|'') continue ;; esac
  got=$(cd "$HOSTILE" && timeout 30 "$JIXIAO" validate "$file" 2>&1); rc=$?
  line=$(printf '%s\n' "$got" | head -1)
  if [ "$rc" = "$want_rc" ] && [ "$line" = "$want_line" ]; then table_ok=$((table_ok + 1))
  else table_bad=$((table_bad + 1)); fail "hostile $file" "exit $rc (wanted $want_rc); first line:
$line
wanted:
$want_line"; fi
done < "$HOSTILE/expected.tsv"
if [ "$table_bad" = 0 ] && [ "$table_ok" -ge 40 ]; then pass "hostile corpus: $table_ok files give their exit code and first line"
else fail "hostile corpus: at least 40 files, all as expected" "$table_ok as expected, $table_bad not"; fi

# A FIFO is read to its end like a file.
mkfifo "$WORKDIR/fifo.json"
( timeout 30 cat "$HOSTILE/seed-copy.json" > "$WORKDIR/fifo.json" ) &
expect_output "a FIFO is read to its end" "^ok: 1 file, 1 report" timeout 30 "$JIXIAO" validate "$WORKDIR/fifo.json"
wait
rm -f "$WORKDIR/fifo.json"

# A file that cannot be read at all still counts among the files of the summary.
expect_output "a link to nothing is one of the files counted" "^1 error in 1 of 2 files; 1 report loaded$" \
  bash -c "cd '$HOSTILE' && '$JIXIAO' validate seed-copy.json dangling.json"

# No raw control byte (C0 but tab and line feed, DEL, C1, bidi controls) in anything printed on the control files.
raw_controls() {
  python3 -c '
import re, sys
data = open(sys.argv[1], "rb").read()
bad = re.search(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\x8e\x8f\xa8\xa9\xaa-\xae]|\xe2\x81[\xa6-\xa9]|\xd8\x9c", data)
print("" if bad is None else "byte offset %d: %r" % (bad.start(), data[max(0, bad.start() - 20):bad.start() + 8]))
' "$1"
}
for file in "$HOSTILE"/control-*.json; do
  name=$(basename "$file")
  for cmd in "validate" "evaluate" "evaluate --json" "export --pane budget --width 200 --height 50" \
             "export --pane issues --width 200 --height 50" "export --pane heatmap" "export --pane indicators --width 120 --height 40"; do
    $JIXIAO $cmd "$file" > "$WORKDIR/out.bin" 2>&1
    found=$(raw_controls "$WORKDIR/out.bin")
    if [ -n "$found" ]; then fail "no raw control byte: jixiao $cmd $name" "$found"; else pass "no raw control byte: jixiao $cmd $name"; fi
  done
done
# ArgumentParser's own messages repeat the argument: they are escaped too.
for args in "export --pane x"$'\e]52;c;ZXZpbA==\a\e[2J' "evaluate --bogus"$'\e]0;t\a' "check --year 20"$'\u202e'"22 --target 8 --actual 8"; do
  # shellcheck disable=SC2086
  $JIXIAO $args data > "$WORKDIR/out.bin" 2>&1; rc=$?
  found=$(raw_controls "$WORKDIR/out.bin")
  if [ -n "$found" ] || [ "$rc" != 64 ]; then fail "a usage error shows its argument escaped: jixiao ${args%% *}" "exit $rc; $found"
  else pass "a usage error shows its argument escaped: jixiao ${args%% *}"; fi
done
$JIXIAO check --target $'\e]0;x\a≥ 8 个' --actual $'完成 8 个\u202e' > "$WORKDIR/out.bin" 2>&1
found=$(raw_controls "$WORKDIR/out.bin")
if [ -n "$found" ]; then fail "no raw control byte: jixiao check" "$found"; else pass "no raw control byte: jixiao check"; fi

# Data cannot forge a line of the summary, and a control sequence's parameters are never figures.
if "$JIXIAO" evaluate "$HOSTILE/control-line-break.json" | grep -q '^  \[严重\] 伪造'; then
  fail "a line break in a name cannot start a line of evaluate's summary" "$("$JIXIAO" evaluate "$HOSTILE/control-line-break.json" | grep -n 伪造)"
else pass "a line break in a name cannot start a line of evaluate's summary"; fi
if python3 - "$JIXIAO" "$HOSTILE" <<'PY'
import json, subprocess, sys
jixiao, folder = sys.argv[1], sys.argv[2]
def first(name):
    out = subprocess.run([jixiao, "evaluate", "--json", f"{folder}/{name}"], capture_output=True, check=True).stdout
    i = json.loads(out)["reports"][0]["indicators"][0]
    return i["status"], i["ratio"]
assert first("control-sequence-in-target.json") == first("seed-copy.json"), (first("control-sequence-in-target.json"), first("seed-copy.json"))
PY
then pass "an escape sequence in an actual does not change its judgement"; else fail "an escape sequence in an actual does not change its judgement"; fi
expect_output "an id from the data in a usage error is escaped" 'no report has the id "x\\u\{1b\}\]0;PWN\\u\{7\}"' "$JIXIAO" export --report $'x\e]0;PWN\a' "$WORKDIR/data"
"$JIXIAO" export --report $'x\e]0;PWN\a' "$WORKDIR/data" > "$WORKDIR/out.bin" 2>&1
found=$(raw_controls "$WORKDIR/out.bin")
if [ -n "$found" ]; then fail "no raw control byte: export --report with a control" "$found"; else pass "no raw control byte: export --report with a control"; fi

# A FIFO or another non-file named like a data file in a folder is left out of the scan (it would hang it).
mkdir -p "$WORKDIR/withfifo" && cp "$HOSTILE/seed-copy.json" "$WORKDIR/withfifo/" && mkfifo "$WORKDIR/withfifo/pipe.json"
expect_output "a folder with a FIFO in it is read without waiting on it" "^ok: 1 file, 1 report" timeout 30 "$JIXIAO" validate "$WORKDIR/withfifo"
rm -rf "$WORKDIR/withfifo"

# Every command says when its output cannot be written (exit 74), never exits 0 having lost it.
if [ -w /dev/full ]; then
  for cmd in "validate" "evaluate" "evaluate --json" "export"; do
    expect_exit "jixiao $cmd onto a full disk exits 74" 74 sh -c "\"$JIXIAO\" $cmd \"$WORKDIR/data\" > /dev/full"
  done
  expect_exit "jixiao check onto a full disk exits 74" 74 sh -c "\"$JIXIAO\" check --target 8个 --actual 8个 > /dev/full"
  # With standard error on the full disk too, the message is lost but the exit code still says so.
  expect_exit "jixiao evaluate with stdout and stderr on a full disk exits 74" 74 sh -c "\"$JIXIAO\" evaluate \"$WORKDIR/data\" > /dev/full 2>&1"
  expect_exit "jixiao validate of a bad file with stderr on a full disk exits 65" 65 sh -c "\"$JIXIAO\" validate \"$HOSTILE/trailing-comma.json\" 2> /dev/full"
fi
