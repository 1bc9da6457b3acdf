# The dashboard in tmux, driven by keys as an analyst would, read back from the screen.

S=dash
start_session $S 80 24 "\"$JIXIAO\" data"
check_screen "opens on the budget pane" $S "合计"
if wait_settled $S; then pass "every report is read and evaluated"; else fail "every report is read and evaluated" "$(capture $S)"; fi
check_screen "the status line shows where we are" $S "工业扶持专项资金 2022 › 预算执行"

# The headless export of the same screen is the same text.
capture $S > screen-budget.txt
"$JIXIAO" export --pane budget --width 80 --height 24 data > export-budget.txt
if diff <(sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' screen-budget.txt) <(sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' export-budget.txt) >/dev/null; then
  pass "jixiao export prints what the dashboard shows"
else
  fail "jixiao export prints what the dashboard shows" "$(diff screen-budget.txt export-budget.txt | head -20)"
fi

tm send-keys -t $S 2
check_screen "2 opens the heatmap" $S "› 指标热力图"
check_screen "the heatmap has a legend" $S "未设置"
tm send-keys -t $S Enter
check_screen "Enter on the first row lists its indicators" $S "ind-01 数量指标 扶持骨干企"
tm send-keys -t $S Enter
check_screen "the first unmet indicator shows its actual" $S "扶持 1家骨干企业"
check_screen "…its target and status" $S "✗未完成"
check_screen "…and the breadcrumb names it" $S "› 扶持骨干企业数量"
tm send-keys -t $S Escape
check_screen "Esc goes back to the list" $S "三级指标"
if wait_gone $S "› 扶持骨干企业数量" 10; then pass "…with the breadcrumb back to the sub-project"; else fail "…with the breadcrumb back to the sub-project" "$(capture $S)"; fi

# Export writes exactly what the screen shows, to a new file.
capture $S > before-export.txt
tm send-keys -t $S e
check_screen "e names the exported file" $S "已导出 jixiao-indicators-"
exported=$(ls jixiao-indicators-*.txt 2>/dev/null | head -1)
if [ -n "$exported" ] && diff <(sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' before-export.txt) <(sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$exported") >/dev/null; then
  pass "the exported file equals the captured screen"
else
  fail "the exported file equals the captured screen" "file: $exported
$(diff before-export.txt "$exported" 2>&1 | head -20)"
fi
tm send-keys -t $S e
n=0; for i in $(seq 1 100); do n=$(ls jixiao-indicators-*.txt 2>/dev/null | wc -l); [ "$n" -ge 2 ] && break; read -r -t 0.1 <> <(:) 2>/dev/null || true; done
if [ "$n" -ge 2 ]; then pass "a second export never overwrites the first"; else fail "a second export never overwrites the first" "$(ls)"; fi

# Search with Chinese input.
tm send-keys -t $S 1 /
tm send-keys -t $S -l "租金"
tm send-keys -t $S Enter
check_screen "/ search with Chinese text finds the row" $S "行 15/16"
tm send-keys -t $S n
check_screen "n moves to the next match" $S "行 16/16"

# An issue opens in full; a claim shows the report's own words. Home/End never read as Esc + [.
tm send-keys -t $S 3 /
tm send-keys -t $S -l "自述"
tm send-keys -t $S Enter Enter
check_screen "Enter on a claim issue shows the report's own words" $S "报告原文"
tm send-keys -t $S End Home
check_screen "Home and End keep the screen (no report switch)" $S "2022 › 问题清单 › 自述与表不符"
tm send-keys -t $S Escape
wait_gone $S "报告原文" 10
tm send-keys -t $S 1

# Help overlay.
tm send-keys -t $S "?"
check_screen "? shows the keys valid here" $S "反向排序"
tm send-keys -t $S x
if wait_gone $S "反向排序" 10; then pass "any key closes the help"; else fail "any key closes the help" "$(capture $S)"; fi

# Resize below the minimum and back.
tm resize-window -t $S -x 50 -y 10
check_screen "a small terminal says what it needs" $S "need 76×16, have 50×10"
tm resize-window -t $S -x 200 -y 50
check_screen "enlarging redraws the dashboard" $S "2022 › 预算执行"

# Switch report, then quit with q; the terminal is sane again.
tm send-keys -t $S "]"
check_screen "] switches to the department report" $S "部门整体支出 2023"
tm send-keys -t $S q
tm send-keys -t $S "stty -a | tr ' ;' '\n\n' | grep -xE -- '-?(icanon|echo)' | tr '\n' ' '; echo '<stty'" Enter
check_screen "after q the terminal has icanon and echo" $S "icanon echo <stty"
tm kill-session -t $S

# Ctrl-C, Ctrl-\ and every terminating signal restore the terminal (canonical input, echo, the cursor
# shown, the alternate screen left) and exit within a second with 128 + the signal's number.
signal_no=0
for how in C-c 'C-\' INT TERM HUP QUIT; do
  signal_no=$((signal_no + 1))
  case $how in C-c|INT) code=130 ;; 'C-\'|QUIT) code=131 ;; TERM) code=143 ;; HUP) code=129 ;; esac
  S=sig-$signal_no-$code
  start_session $S 80 24 "\"$JIXIAO\" \"$WORKDIR/data\"; echo \"exit=\$?\""
  if ! wait_for $S "合计" 20; then fail "starts before $how" "$(capture $S)"; tm kill-session -t $S; continue; fi
  case $how in C-*) tm send-keys -t $S "$how" ;; *) pkill -"$how" -f "$JIXIAO $WORKDIR/data" ;; esac
  if wait_for $S "exit=$code" 1; then pass "$how ends jixiao within a second with $code"; else fail "$how ends jixiao within a second with $code" "$(capture $S)"; fi
  if [ "$(tm display -p -t $S '#{alternate_on} #{cursor_flag}')" = "0 1" ]; then pass "after $how the alternate screen is left and the cursor shown"
  else fail "after $how the alternate screen is left and the cursor shown" "$(tm display -p -t $S 'alternate_on=#{alternate_on} cursor_flag=#{cursor_flag}')"; fi
  tm send-keys -t $S "stty -a | tr ' ;' '\n\n' | grep -xE -- '-?(icanon|echo)' | tr '\n' ' '; echo '<stty'" Enter
  check_screen "after $how the terminal has icanon and echo" $S "icanon echo <stty"
  tm kill-session -t $S
done

# A crash signal gives the terminal back before the runtime reports the crash (its backtrace can take
# a minute to symbolicate; the process is killed once the terminal is seen restored).
S=sig-segv
start_session $S 80 24 "SWIFT_BACKTRACE=enable=no \"$JIXIAO\" \"$WORKDIR/data\"; echo \"exit=\$?\""
if wait_for $S "合计" 20; then
  pkill -SEGV -f "$JIXIAO $WORKDIR/data"
  restored=no
  for _ in $(seq 50); do
    if [ "$(tm display -p -t $S '#{alternate_on} #{cursor_flag}')" = "0 1" ]; then restored=yes; break; fi
    sleep 0.1
  done
  if [ $restored = yes ]; then pass "after SIGSEGV the alternate screen is left and the cursor shown"
  else fail "after SIGSEGV the alternate screen is left and the cursor shown" "$(tm display -p -t $S 'alternate_on=#{alternate_on} cursor_flag=#{cursor_flag}')"; fi
  if wait_for $S "exit=139" 5; then pass "SIGSEGV is reported as the crash it is (exit 139)"; else fail "SIGSEGV is reported as the crash it is (exit 139)" "$(capture $S)"; fi
  pkill -KILL -f "$JIXIAO $WORKDIR/data" 2>/dev/null
else fail "starts before SIGSEGV" "$(capture $S)"; fi
tm kill-session -t $S

# Colours, and none with NO_COLOR or --no-color.
S=color
start_session $S 100 30 "\"$JIXIAO\" data"
wait_for $S "合计" 20
if tm capture-pane -e -p -t $S | grep -qE $'\e\\[[0-9;]*(3[0-7]|38;5;[0-9]+|9[0-7])m'; then pass "colours when the terminal has them"; else fail "colours when the terminal has them" "no colour codes seen"; fi
tm send-keys -t $S q
tm kill-session -t $S
for variant in "NO_COLOR=1 \"$JIXIAO\" data" "\"$JIXIAO\" --no-color data"; do
  S=mono
  start_session $S 100 30 "$variant"
  wait_for $S "合计" 20
  if tm capture-pane -e -p -t $S | grep -qE $'\e\\[[0-9;]*(3[0-7]|38;5;[0-9]+|4[0-7]|48;5;[0-9]+|9[0-7])m'; then
    fail "no colour with: $variant" "colour codes seen"
  elif tm capture-pane -e -p -t $S | grep -q $'\e\\[[0-9;]*7m'; then
    pass "no colour, reverse video for the selection, with: $variant"
  else
    fail "reverse video shows the selection with: $variant" "$(tm capture-pane -e -p -t $S | head -5 | cat -v)"
  fi
  tm send-keys -t $S q
  tm kill-session -t $S
done

# English labels.
S=en
start_session $S 80 24 "\"$JIXIAO\" --lang en data"
check_screen "--lang en shows English labels" $S "Sub-project"
tm send-keys -t $S q
tm kill-session -t $S

# A folder with a bad file: the good report opens and the errors are listed.
mkdir -p mixed && cp data/2022-jiangmen-industry-fund.json mixed/ && printf '{"formatVersion": 1,' > mixed/broken.json
S=mixed
start_session $S 100 30 "\"$JIXIAO\" mixed"
check_screen "a bad file does not stop the dashboard" $S "合计"
wait_settled $S
tm send-keys -t $S "!"
check_screen "! lists the file that failed with its place" $S "broken.json:1:"
tm send-keys -t $S q
tm kill-session -t $S
