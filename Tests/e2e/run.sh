#!/usr/bin/env bash
# End-to-end tests: the jixiao binary as a user runs it, on the command line and in tmux.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
JIXIAO=${JIXIAO:-$ROOT/.build/debug/jixiao}
case "$JIXIAO" in /*) ;; *) JIXIAO="$PWD/$JIXIAO" ;; esac
WORKDIR=$(mktemp -d)
trap 'rm -rf "$WORKDIR"' EXIT
cp -r "$ROOT/data" "$WORKDIR/data"
cp -r "$ROOT/Tests/Fixtures" "$WORKDIR/fixtures"
export JIXIAO WORKDIR ROOT
source "$HERE/lib.sh"
cd "$WORKDIR"

for t in "$HERE"/test_*.sh; do
  echo "$(basename "$t")"
  source "$t"
done
finish
