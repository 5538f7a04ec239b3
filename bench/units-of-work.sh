#!/usr/bin/env bash
# The units of work one application causes in the whole system (issue 18): the open model of
# bench/open-model.sh (the same stack, settings and load generator, OpenModelLoad.java), with the
# system's own counters read around its timed phase. Per application it prints the transactions
# committed in each service's database (pg_stat_database), the rows inserted/updated per table
# (pg_stat_user_tables: outbox, inbox, history, ...), the HTTP requests each service served and
# the Kafka records each consumed and produced (Micrometer, from each management port's
# /actuator/prometheus), and the CPU of every process. Before the load, IDLE seconds of the idle
# stack give each counter's background rate (schedulers, outbox polls, health probes), shown
# apart. Loopback only, bounded duration. Not a test.
#
#   bench/units-of-work.sh [rate-per-second] [seconds] [warmup-seconds]   (defaults 2 30 20)
#   env: IDLE (seconds of the idle stack measured before the load, default 30); APP_JAVA_OPTS (as
#        open-model.sh); KEEP_LOGS=1 (keeps the raw snapshots, WORK/snap-*)
#
# The counted window runs from the first timed arrival (WARMUP seconds after the first arrival)
# until the load generator has read every permit; the history reads it makes to find them
# (GET /api/v1/applications/{id}, through the gateway) are in the window and shown as such.
set -euo pipefail

RATE=${1:-2}
SECONDS_MEASURED=${2:-30}
WARMUP_SECONDS=${3:-20}
IDLE=${IDLE:-30}
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/stack-lib.sh"
export PGPASSWORD=cites
PG=(-h localhost -p 15432 -U cites)
DATABASES=(application verification fee permit)

# a snapshot of every counter into $WORK/snap-<name>/
snapshot() {
  local dir="$WORK/snap-$1" db port
  mkdir -p "$dir"
  date +%s.%N > "$dir/time"
  psql "${PG[@]}" -d postgres -At -F ' ' -c \
    "select datname, xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted, tup_returned, tup_fetched
       from pg_stat_database where datname in ('application','verification','fee','permit')" > "$dir/databases"
  for db in "${DATABASES[@]}"; do
    psql "${PG[@]}" -d "$db" -At -F ' ' -c \
      "select '$db', relname, n_tup_ins, n_tup_upd, n_tup_del, coalesce(seq_scan, 0), coalesce(idx_scan, 0)
         from pg_stat_user_tables" >> "$dir/tables"
  done
  for port in 18080 18081 18082 18083 18084 18090; do
    curl -fs "http://localhost:$port/actuator/prometheus" > "$dir/prometheus-$port" || true
  done
  # per application: all its CPU, and its JIT compiler threads' (warm-up, not work)
  while read -r app pid instance; do
    echo "${instance:-$app} $(awk '{ s = $0; sub(/^.*\) /, "", s); split(s, f, " "); print f[12] + f[13] }' /proc/$pid/stat)"
    echo "jit:${instance:-$app} $(cat /proc/$pid/task/[0-9]*/stat 2>/dev/null |
      awk 'index($0, "CompilerThre") { s = $0; sub(/^.*\) /, "", s); split(s, f, " "); t += f[12] + f[13] }
           END { print t + 0 }')"
  done < "$LOCAL_STACK_DATA/apps.pids" > "$dir/cpu"
  # the launcher runs the Kafka broker in its JVM
  echo "launcher+kafka $(awk '{ s = $0; sub(/^.*\) /, "", s); split(s, f, " "); print f[12] + f[13] }' \
    "/proc/$(cat "$LOCAL_STACK_DATA/stack.pid")/stat")" >> "$dir/cpu"
  # with the ended backends the postmaster has reaped (cutime + cstime); cat, not (m)awk, opens
  # the files: a process may end meanwhile
  echo "postgresql $(cat /proc/[0-9]*/stat 2>/dev/null |
    awk 'index($0, "(postgres)") { s = $0; sub(/^.*\) /, "", s); split(s, f, " "); t += f[12] + f[13] + f[14] + f[15] }
         END { print t + 0 }')" >> "$dir/cpu"
}

# as bench/open-model.sh: a per-user limit no benchmark reaches, the full JIT, no AOT cache recording
export SPRING_APPLICATION_JSON='{"cites":{"gateway":{"limits":{"rates":{"authenticated":{"capacity":10000000,"period":"1m"}}}}}}'
echo "starting the whole stack in $LOCAL_STACK_DATA ..."
export LOCAL_STACK_APP_JAVA_OPTS=${APP_JAVA_OPTS:-"-XX:TieredStopAtLevel=4 -Xmx384m"}
start_stack --no-aot-cache
unset SPRING_APPLICATION_JSON

echo "== idle stack for ${IDLE}s (background rates)"
sleep 10 # the start's own after-work (first polls, connections)
snapshot idle-start
sleep "$IDLE"
snapshot idle-end

echo "== open model ($(nproc) cores): $RATE applications/s for ${SECONDS_MEASURED}s after ${WARMUP_SECONDS}s warm-up"
"$JAVA_HOME/bin/java" "$HERE/OpenModelLoad.java" http://localhost:8080 http://localhost:8090 \
  "$RATE" "$SECONDS_MEASURED" "$WARMUP_SECONDS" "$LOCAL_STACK_DATA/apps.pids" > "$WORK/load.out" 2>&1 &
LOAD_PID=$!
until grep -qs '^arrivals:' "$WORK/load.out"; do
  kill -0 $LOAD_PID 2>/dev/null || { cat "$WORK/load.out" >&2; exit 1; }
  sleep 0.05
done
sleep "$WARMUP_SECONDS" # the first timed arrival
snapshot load-start
status=0
wait $LOAD_PID || status=$?
snapshot load-end
cat "$WORK/load.out"

python3 "$HERE/units-of-work.py" "$WORK" "$LOCAL_STACK_DATA/apps.pids"
[[ $status == 0 ]] || KEEP_LOGS=1
exit $status
