#!/usr/bin/env bash
# The local stack's start-up time and idle memory (issue 18): `./stack up --no-build` on a fresh
# data folder, the time to "Local stack is UP", then, after it has been idle IDLE seconds, the
# resident (RSS) and proportional (PSS) memory of every process. Not a test.
#
#   bench/stack-footprint.sh
#   env: IDLE (seconds, default 20), APP_JAVA_OPTS (extra JVM options of the applications; the
#        stack's own defaults otherwise)
set -euo pipefail

IDLE=${IDLE:-20}
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/stack-lib.sh"

start=$(date +%s.%N)
if [[ -n "${APP_JAVA_OPTS:-}" ]]; then export LOCAL_STACK_APP_JAVA_OPTS=$APP_JAVA_OPTS; fi
start_stack
up=$(date +%s.%N)
sleep "$IDLE"

kb() { awk -v f="$2" '$1 == f":" {print $2}' "/proc/$1/$3" 2>/dev/null || echo 0; }
printf '| Process | RSS MiB | PSS MiB |\n|---|---|---|\n'
total_rss=0; total_pss=0
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
row "launcher + Kafka broker" "$(pgrep -f kz.cites.localstack.LocalStackMain | head -1)"
while read -r _ pid name; do row "${name:-?}" "$pid"; done < "$LOCAL_STACK_DATA/apps.pids"
mapfile -t postgres < <(pgrep -x postgres || true)
row "PostgreSQL (${#postgres[@]} processes)" "${postgres[@]}"
printf '| **Total** | **%d** | **%d** |\n' $(( total_rss / 1024 )) $(( total_pss / 1024 ))
printf 'RESULT stack start=%.1fs rss=%dMiB pss=%dMiB\n' "$(awk -v a="$start" -v b="$up" 'BEGIN {print b - a}')" \
  $(( total_rss / 1024 )) $(( total_pss / 1024 ))
