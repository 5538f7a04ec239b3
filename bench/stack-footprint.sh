#!/usr/bin/env bash
# The local stack's start-up time and idle memory (issue 18): `./stack up --no-build` on a fresh
# data folder, the time to "Local stack is UP", then, after it has been idle IDLE seconds, the
# resident (RSS) and proportional (PSS) memory of every process. With STARTS=2 (the default) the
# stack is then stopped (`./stack down`, which keeps the AOT caches the first run recorded) and
# started again on the same data folder: the second start is the one every later start repeats.
# Not a test.
#
#   bench/stack-footprint.sh
#   env: IDLE (seconds, default 20), STARTS (1 or 2, default 2), APP_JAVA_OPTS (extra JVM options
#        of the applications; the stack's own defaults otherwise), STACK_ARGS (extra `./stack up`
#        options, e.g. --no-aot-cache)
set -euo pipefail

IDLE=${IDLE:-20}
STARTS=${STARTS:-2}
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/stack-lib.sh"
if [[ -n "${APP_JAVA_OPTS:-}" ]]; then export LOCAL_STACK_APP_JAVA_OPTS=$APP_JAVA_OPTS; fi

kb() { awk -v f="$2" '$1 == f":" {print $2}' "/proc/$1/$3" 2>/dev/null || echo 0; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", b - a}'; }

# prints the table; sets total_rss and total_pss (KiB)
footprint() {
  total_rss=0; total_pss=0
  printf '| Process | RSS MiB | PSS MiB |\n|---|---|---|\n'
  row() { # name pid...
    local name=$1; shift
    local rss=0 pss=0 pid
    for pid in "$@"; do
      rss=$(( rss + $(kb "$pid" VmRSS status) ))
      pss=$(( pss + $(kb "$pid" Pss smaps_rollup) ))
    done
    total_rss=$(( total_rss + rss )); total_pss=$(( total_pss + pss ))
    printf '| %s | %d | %d |\n' "$name" $(( rss / 1024 )) $(( pss / 1024 ))
  }
  row "launcher + Kafka broker" "$(cat "$LOCAL_STACK_DATA/stack.pid")"
  while read -r _ pid name; do row "${name:-?}" "$pid"; done < "$LOCAL_STACK_DATA/apps.pids"
  # this stack's PostgreSQL only: its postmaster and the postmaster's children
  local postmaster postgres
  postmaster=$(head -1 "$LOCAL_STACK_DATA/postgres/postmaster.pid")
  mapfile -t postgres < <(echo "$postmaster"; pgrep -P "$postmaster" || true)
  row "PostgreSQL (${#postgres[@]} processes)" "${postgres[@]}"
  printf '| **Total** | **%d** | **%d** |\n' $(( total_rss / 1024 )) $(( total_pss / 1024 ))
}

starts=()
for (( n = 1; n <= STARTS; n++ )); do
  if (( n > 1 )); then
    down_began=$(date +%s.%N)
    "$ROOT/stack" down >/dev/null 2>&1
    wait "$STACK_PID" 2>/dev/null || true
    echo "stop after start $(( n - 1 )) (writes the AOT caches the first start recorded): $(elapsed "$down_began" "$(date +%s.%N)") s"
  fi
  began=$(date +%s.%N)
  # shellcheck disable=SC2086
  start_stack ${STACK_ARGS:-}
  starts+=("$(elapsed "$began" "$(date +%s.%N)")")
  grep -m1 "^AOT cache" "$WORK/stack.out" || true
  sleep "$IDLE"
  echo "start $n: ${starts[-1]} s to UP; idle memory after $IDLE s:"
  footprint
done
printf 'RESULT stack start=%ss first-start=%ss rss=%dMiB pss=%dMiB\n' "${starts[-1]}" "${starts[0]}" \
  $(( total_rss / 1024 )) $(( total_pss / 1024 ))
