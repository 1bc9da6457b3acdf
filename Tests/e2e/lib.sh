# Helpers for the end-to-end tests: run jixiao as a user would and check what it shows.
# Every wait polls with a bound; nothing sleeps and hopes.

PASSED=0
FAILED=0
FAILURES=()

pass() { PASSED=$((PASSED + 1)); echo "  ok   $1"; }
fail() { FAILED=$((FAILED + 1)); FAILURES+=("$1"); echo "  FAIL $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/       /'; return 0; }

# expect_exit NAME CODE CMD...: the command exits with CODE.
expect_exit() {
  local name=$1 want=$2; shift 2
  local out rc
  out=$("$@" 2>&1); rc=$?
  if [ "$rc" = "$want" ]; then pass "$name"; else fail "$name" "exit $rc, wanted $want; output:
$out"; fi
}

# expect_output NAME PATTERN CMD...: the combined output matches the extended regex PATTERN.
expect_output() {
  local name=$1 pattern=$2; shift 2
  local out
  out=$("$@" 2>&1)
  if printf '%s' "$out" | grep -Eq -- "$pattern"; then pass "$name"; else fail "$name" "no match for /$pattern/ in:
$out"; fi
}

# --- tmux ---
TMUX_SOCKET="jixiao-e2e-$$"
tm() { tmux -L "$TMUX_SOCKET" "$@"; }

# start_session NAME W H CMD: a detached session of W×H running CMD in a shell.
start_session() {
  local name=$1 w=$2 h=$3; shift 3
  tm kill-session -t "$name" 2>/dev/null
  tm new-session -d -s "$name" -x "$w" -y "$h" "bash --norc --noprofile"
  tm set-option -t "$name" -g default-terminal "xterm-256color" >/dev/null 2>&1
  tm send-keys -t "$name" "cd '$WORKDIR' && export LANG=C.UTF-8 TERM=xterm-256color PS1='$ ' && $*" Enter
}

capture() { tm capture-pane -p -t "$1"; }

# wait_for NAME PATTERN [SECONDS]: poll the pane until the fixed string PATTERN shows; 0 if it did.
wait_for() {
  local name=$1 pattern=$2 limit=${3:-20}
  local deadline=$((SECONDS + limit))
  while [ $SECONDS -le $deadline ]; do
    if capture "$name" | grep -qF -- "$pattern"; then return 0; fi
    tmux -L "$TMUX_SOCKET" has-session -t "$name" 2>/dev/null || return 1
    read -r -t 0.1 <> <(:) 2>/dev/null || true
  done
  return 1
}

# wait_gone NAME PATTERN [SECONDS]: poll until PATTERN is no longer on screen.
wait_gone() {
  local name=$1 pattern=$2 limit=${3:-20}
  local deadline=$((SECONDS + limit))
  while [ $SECONDS -le $deadline ]; do
    if ! capture "$name" | grep -qF -- "$pattern"; then return 0; fi
    read -r -t 0.1 <> <(:) 2>/dev/null || true
  done
  return 1
}

# wait_settled NAME [SECONDS]: once a report is drawn, poll until the dashboard has read and
# evaluated everything (no background progress left in its status line); 0 if it did.
wait_settled() {
  local limit=${2:-60}
  wait_gone "$1" "[读取中" "$limit" && wait_gone "$1" "[已评价" "$limit" \
    && wait_gone "$1" "[reading:" "$limit" && wait_gone "$1" "[evaluated " "$limit"
}

# check_screen TESTNAME SESSION PATTERN: pass when PATTERN shows within the bound.
check_screen() {
  if wait_for "$2" "$3" "${4:-20}"; then pass "$1"; else fail "$1" "never saw '$3'; screen:
$(capture "$2")"; fi
}

finish() {
  tm kill-server 2>/dev/null
  echo
  echo "e2e: $PASSED passed, $FAILED failed"
  [ "$FAILED" = 0 ]
}
