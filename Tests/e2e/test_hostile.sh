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

# No raw control byte (C0 but tab and line feed, DEL, C1, bidi controls) in anything printed on the control files.
raw_controls() {
  python3 -c '
import re, sys
data = open(sys.argv[1], "rb").read()
bad = re.search(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\x8e\x8f\xaa-\xae]|\xe2\x81[\xa6-\xa9]|\xd8\x9c", data)
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
$JIXIAO check --target $'\e]0;x\a≥ 8 个' --actual $'完成 8 个\u202e' > "$WORKDIR/out.bin" 2>&1
found=$(raw_controls "$WORKDIR/out.bin")
if [ -n "$found" ]; then fail "no raw control byte: jixiao check" "$found"; else pass "no raw control byte: jixiao check"; fi
