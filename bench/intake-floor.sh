#!/usr/bin/env bash
# The floor of one intake unit of work in our stack (issue 18): a minimal Spring Boot service
# (bench/floor/intake: the same Boot and the same web, JPA and PostgreSQL starters as
# application-service; no security, observability, Kafka or signature check) answers the same
# ~3 KB JSON body three ways, each driven by wrk with `clients` connections for `seconds`:
#   /floor/empty  parse the body, answer 202           (Spring MVC + Jackson + Tomcat)
#   /floor/jdbc   + the submission's two inserts in one transaction with JdbcTemplate
#   /floor/jpa    + the same two inserts through two entities and Spring Data repositories
# then pgbench runs the same two inserts (same documents) with the same clients on the same server:
# the anchor. Prints req/s, p50/p99 and the CPU ms per request of the floor app, of PostgreSQL (all
# its processes) and of the whole machine (wrk included), from /proc. Loopback only, bounded. Not a
# test.
#
#   bench/intake-floor.sh [seconds] [clients] [pgbench-seconds]     (defaults 30 16 30)
#   env: WARMUP (seconds of load per endpoint before measuring, default 20); APP_JAVA_OPTS (the floor
#        app's JVM options, default "-XX:TieredStopAtLevel=4 -Xmx384m", as the other benches give the
#        applications); FLOOR_ARGS (extra Spring arguments of the floor app, e.g.
#        --spring.threads.virtual.enabled=true); JFR=<file.jfr> (after the measurements, one more
#        /floor/jpa run under a JFR profile recording, not counted); KEEP_LOGS=1
#
# PostgreSQL is the local stack's (the same zonky PostgreSQL 17 and settings the other benches
# measure): `./stack up --only egov-simulator,application-service` creates application-service's
# schema (Flyway), then both applications and Kafka are stopped, so only PostgreSQL, the idle
# launcher and the floor app run. The floor writes into a scratch schema of the application
# database made from bench/pgbench/schema.sql, dropped at the end.
#
# Needs: JDK 25 (JAVA_HOME), the jars (./mvnw -B -DskipTests package) and the floor's
# (./mvnw -B -o -f bench/floor/intake/pom.xml package), wrk, pgbench and psql
# (apt-get install -y wrk postgresql-client), and the local-stack ports free.
set -euo pipefail

SECONDS_MEASURED=${1:-30}
CLIENTS=${2:-16}
PGBENCH_SECONDS=${3:-30}
WARMUP=${WARMUP:-20}
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/stack-lib.sh"
FLOOR_JAR="$HERE/floor/intake/target/intake-floor.jar"
export FLOOR_BODY="$HERE/floor/intake/submission.json"
FLOOR_PORT=8099
export PGPASSWORD=cites
PG=(-h localhost -p 15432 -U cites)
SCHEMA=bench_floor

for tool in wrk pgbench psql; do
  command -v $tool >/dev/null || { echo "$tool missing: apt-get install -y wrk postgresql-client" >&2; exit 1; }
done
[[ -f "$FLOOR_JAR" ]] || { echo "build the floor first: ./mvnw -B -o -f bench/floor/intake/pom.xml package" >&2; exit 1; }

FLOOR_PID=
trap stop_floor EXIT

# CPU clock ticks (utime + stime, USER_HZ = 100): of one process; of all PostgreSQL processes, with
# the ended ones (pgbench's backends, autovacuum workers) that the postmaster has reaped (its cutime +
# cstime); of the machine (/proc/stat: user nice system irq softirq steal); of one JVM's JIT threads
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat; }
snapshot() { echo "$(pid_ticks "$FLOOR_PID") $(postgres_ticks) $(machine_ticks) $(jit_ticks "$FLOOR_PID")"; }

echo "starting PostgreSQL (local stack, application-service's schema) in $LOCAL_STACK_DATA ..."
start_stack --no-aot-cache --only egov-simulator,application-service
for what in application-service egov-simulator kafka; do
  "$ROOT/stack" stop "$what" >/dev/null
done

PGOPTIONS="-c client_min_messages=warning" psql "${PG[@]}" -d application -q \
  -c "drop schema if exists $SCHEMA cascade" -c "create schema $SCHEMA"
PGOPTIONS="-c search_path=$SCHEMA" psql "${PG[@]}" -d application -q -f "$HERE/pgbench/schema.sql"
empty_tables() {
  PGOPTIONS="-c search_path=$SCHEMA" psql "${PG[@]}" -d application -qc "truncate application, outbox_event"
  psql "${PG[@]}" -d application -qc "checkpoint" 2>/dev/null || true # needs pg_checkpoint; best effort
}

APP_OPTS=${APP_JAVA_OPTS:--XX:TieredStopAtLevel=4 -Xmx384m}
echo "starting the floor app ($APP_OPTS) ..."
# shellcheck disable=SC2086 # the options are words
"$JAVA_HOME/bin/java" $APP_OPTS -jar "$FLOOR_JAR" \
  --server.port=$FLOOR_PORT ${FLOOR_ARGS:-} > "$WORK/floor.log" 2>&1 &
FLOOR_PID=$!
URL=http://localhost:$FLOOR_PORT/floor
until [[ $(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    --data-binary @"$FLOOR_BODY" "$URL/empty") == 202 ]]; do
  kill -0 "$FLOOR_PID" 2>/dev/null || { cat "$WORK/floor.log" >&2; exit 1; }
  sleep 0.5
done
for endpoint in jdbc jpa; do # one of each, checked
  code=$(curl -s -o "$WORK/answer.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    --data-binary @"$FLOOR_BODY" "$URL/$endpoint")
  [[ $code == 202 ]] || { echo "/floor/$endpoint answered $code: $(cat "$WORK/answer.json")" >&2; exit 1; }
done
echo "floor app pid $FLOOR_PID, $(grep -o 'Started IntakeFloor in [0-9.]* seconds' "$WORK/floor.log")"
echo "body: $(wc -c < "$FLOOR_BODY") bytes; $(nproc) cores; $(uptime)"

run_wrk() { # endpoint seconds -> wrk's output
  wrk -t2 -c"$CLIENTS" -d"$2"s --latency -s "$HERE/floor/intake/post.lua" "$URL/$1"
}
echo "== warm-up: ${WARMUP}s of each endpoint"
for endpoint in empty jdbc jpa; do
  run_wrk $endpoint "$WARMUP" > "$WORK/warmup-$endpoint.out"
done

echo "== the floor: $CLIENTS clients, ${SECONDS_MEASURED}s each"
for endpoint in empty jdbc jpa; do
  empty_tables
  read -r app0 pg0 all0 jit0 <<< "$(snapshot)"
  run_wrk $endpoint "$SECONDS_MEASURED" > "$WORK/$endpoint.out"
  read -r app1 pg1 all1 jit1 <<< "$(snapshot)"
  requests=$(awk '/requests in/ { print $1 }' "$WORK/$endpoint.out")
  rate=$(awk '/Requests\/sec/ { print $2 }' "$WORK/$endpoint.out")
  p50=$(awk '$1 == "50%" { print $2 }' "$WORK/$endpoint.out")
  p99=$(awk '$1 == "99%" { print $2 }' "$WORK/$endpoint.out")
  errors=$(awk '/Non-2xx|Socket errors/ { $1 = $1; printf "%s; ", $0 }' "$WORK/$endpoint.out")
  awk -v e="$endpoint" -v n="$requests" -v r="$rate" -v p50="$p50" -v p99="$p99" \
      -v app=$((app1 - app0)) -v pg=$((pg1 - pg0)) -v all=$((all1 - all0)) -v jit=$((jit1 - jit0)) \
      -v err="$errors" 'BEGIN {
    printf "RESULT floor-%s requests=%d throughput=%.1f/s p50=%s p99=%s cpu-ms-per-request: app=%.3f (jit %.3f) postgresql=%.3f machine=%.3f %s\n",
      e, n, r, p50, p99, app * 10 / n, jit * 10 / n, pg * 10 / n, all * 10 / n, err }'
  if [[ -n "$errors" ]]; then
    cat "$WORK/$endpoint.out" >&2
  fi
done
PGOPTIONS="-c search_path=$SCHEMA" psql "${PG[@]}" -d application -At -F ' ' -c \
  "select 'stored: content', round(avg(length(content::text))), 'chars, payload', (select round(avg(length(payload))) from outbox_event), 'chars' from application"

# --- pgbench, the same two inserts with the documents the floor just stored
PGOPTIONS="-c search_path=$SCHEMA" psql "${PG[@]}" -d application -Atc \
  "select content::text from application limit 1" > "$WORK/content.json"
PGOPTIONS="-c search_path=$SCHEMA" psql "${PG[@]}" -d application -Atc \
  "select payload from outbox_event limit 1" > "$WORK/payload.json"
two_inserts_script
empty_tables
echo "== pgbench: the same two inserts, $CLIENTS clients, ${PGBENCH_SECONDS}s"
read -r pg0 all0 <<< "$(postgres_ticks) $(machine_ticks)"
(cd "$WORK" && PGOPTIONS="-c search_path=$SCHEMA" pgbench "${PG[@]}" -n -c "$CLIENTS" -j 2 \
  -T "$PGBENCH_SECONDS" -f two-inserts.sql --log --log-prefix=pgbench application > pgbench.out)
read -r pg1 all1 <<< "$(postgres_ticks) $(machine_ticks)"
cat "$WORK"/pgbench.[0-9]* | awk '{print $3}' | sort -n | awk -v pg=$((pg1 - pg0)) -v all=$((all1 - all0)) \
    -v s="$PGBENCH_SECONDS" '
  { v[NR] = $1 }
  END { n = NR; i50 = int(0.50 * n + 0.999); i99 = int(0.99 * n + 0.999);
        printf "RESULT pgbench transactions=%d throughput=%.1f/s p50=%.2fms p99=%.2fms cpu-ms-per-transaction: postgresql=%.3f machine=%.3f\n",
          n, n / s, v[i50] / 1000, v[i99] / 1000, pg * 10 / n, all * 10 / n }'

if [[ -n "${JFR:-}" ]]; then
  echo "== /floor/jpa again under a JFR profile recording (not counted): $JFR"
  "$JAVA_HOME/bin/jcmd" "$FLOOR_PID" JFR.start name=floor settings=profile > /dev/null
  run_wrk jpa "$SECONDS_MEASURED" > "$WORK/jfr-jpa.out"
  "$JAVA_HOME/bin/jcmd" "$FLOOR_PID" JFR.stop name=floor filename="$(readlink -f "$JFR")" > /dev/null
  grep -E "Requests/sec" "$WORK/jfr-jpa.out"
fi
kill -0 "$FLOOR_PID" 2>/dev/null || { echo "the floor app ended early:" >&2; tail -20 "$WORK/floor.log" >&2; exit 1; }
uptime
