# Sourced by the bench scripts that run the local stack: a fresh data folder, the stack started in
# the background and stopped (with the folder removed) however the script ends. Not a test.
#
#   source "$HERE/stack-lib.sh"        defines WORK, LOCAL_STACK_DATA, ROOT and the EXIT trap
#   start_stack [stack up options...]  starts `./stack up --no-build ...`, returns once it is UP
#   KEEP_LOGS=1                        keeps WORK (the stack's data folder and logs) afterwards
#   two_inserts_script                 writes WORK/two-inserts.sql for pgbench (see below)
#   pid_ticks PID, jit_ticks PID       CPU clock ticks (user + system) of a process so far, of its
#                                      JIT compiler threads so far
#   postgres_ticks                     the same of every PostgreSQL process, with the ended
#                                      children the postmaster reaped
#   stop_floor                         the floor benches' EXIT trap: stops their load generator
#                                      (LOAD_PID, if any) and floor app (FLOOR_PID), drops their scratch schema (SCHEMA, with PG's
#                                      psql options) and stops the stack
#
# The benchmarks use the local-stack ports (8080-8084, 8090, their +10000 management ports, 15432,
# 9092): they must not run beside the system tests, which use the same ports (take
# /work/systest.lock or the like when both may run on one machine).
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=$(mktemp -d)
export LOCAL_STACK_DATA="$WORK/stack"
STACK_PID=

stop_stack() {
  if [[ -n "$STACK_PID" ]]; then
    "$ROOT/stack" down >/dev/null 2>&1 || true
    wait "$STACK_PID" 2>/dev/null || true
  fi
  if [[ -n "${KEEP_LOGS:-}" ]]; then
    echo "logs kept in $WORK" >&2
  else
    rm -rf "$WORK"
  fi
}
trap stop_stack EXIT

start_stack() {
  [[ -f "$ROOT/gateway/target/gateway.jar" ]] || { echo "build first: ./mvnw -B -DskipTests package" >&2; exit 1; }
  if curl -fs -o /dev/null http://localhost:18080/actuator/health; then
    echo "something already answers on the gateway's ports; stop it first (./stack down)" >&2
    exit 1
  fi
  rm -f "$WORK/stack.out" # a second start must not find the first one's "UP"
  "$ROOT/stack" up --no-build "$@" > "$WORK/stack.out" 2>&1 &
  STACK_PID=$!
  until grep -qs "Local stack is UP" "$WORK/stack.out"; do
    kill -0 "$STACK_PID" 2>/dev/null || { cat "$WORK/stack.out" >&2; exit 1; }
    sleep 0.2
  done
}

# pgbench's script of a submission's two inserts (bench/pgbench/two-inserts.sql.template) with the
# documents a run just stored, WORK/content.json (an application's content) and WORK/payload.json
# (its outbox event's payload), so that pgbench writes what the service wrote: WORK/two-inserts.sql.
two_inserts_script() {
  python3 - "$ROOT/bench/pgbench/two-inserts.sql.template" "$WORK" <<'PY'
import sys
template, work = sys.argv[1], sys.argv[2]
quote = lambda s: s.strip().replace("'", "''")
sql = open(template).read()
sql = sql.replace("__CONTENT__", quote(open(f"{work}/content.json").read()))
sql = sql.replace("__PAYLOAD__", quote(open(f"{work}/payload.json").read()))
open(f"{work}/two-inserts.sql", "w").write(sql)
PY
}

# CPU clock ticks (USER_HZ, 100 per second) from /proc; see the header.
pid_ticks() { awk '{ s = $0; sub(/^.*\) /, "", s); split(s, f, " "); print f[12] + f[13] }' "/proc/$1/stat"; }
postgres_ticks() { # cat, not awk, opens the files: a process may end meanwhile
  cat /proc/[0-9]*/stat 2>/dev/null |
    awk 'index($0, "(postgres)") { s = $0; sub(/^.*\) /, "", s); split(s, f, " "); t += f[12] + f[13] + f[14] + f[15] }
         END { print t + 0 }'
}
jit_ticks() {
  cat /proc/"$1"/task/[0-9]*/stat 2>/dev/null |
    awk 'index($0, "CompilerThre") { s = $0; sub(/^.*\) /, "", s); split(s, f, " "); t += f[12] + f[13] }
         END { print t + 0 }'
}

stop_floor() {
  if [[ -n "${LOAD_PID:-}" ]]; then # a load generator still sending (event-floor.sh)
    kill "$LOAD_PID" 2>/dev/null || true
    wait "$LOAD_PID" 2>/dev/null || true
  fi
  if [[ -n "${FLOOR_PID:-}" ]]; then
    kill "$FLOOR_PID" 2>/dev/null || true
    wait "$FLOOR_PID" 2>/dev/null || true
  fi
  psql "${PG[@]}" -d application -qc "drop schema if exists $SCHEMA cascade" 2>/dev/null || true
  stop_stack
}
