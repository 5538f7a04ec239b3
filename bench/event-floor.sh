#!/usr/bin/env bash
# The floor of one consumed event in our stack (issue 18): what a Kafka record costs at the least
# when a Boot service consumes it, applies it once and announces the result, as our consumers do
# for every event they use. The floor app is bench/floor/intake's Kafka variant (the same Boot,
# spring-kafka, Data JPA and PostgreSQL as our services; no security, tracing, JSON parsing or
# logging per record): per record one transaction with the inbox entry, one write of a case and an
# outbox row, then the relay's step (the row read locked, published with the broker's answer
# awaited, marked published) in a second one (kz.cites.floor.kafka.FloorListener).
#
#   bench/event-floor.sh [rate-per-second] [seconds] [warmup-seconds]     (default 50 60 20)
#   env: APP_JAVA_OPTS (the floor app's JVM options, default the benches' full JIT
#        "-XX:TieredStopAtLevel=4 -Xmx384m"); ANNOUNCE=false (each record only consumed and applied:
#        inbox entry and case write, no outbox row, nothing published); IDLE; KEEP_LOGS=1
#
# EventFloorLoad.java sends the records at the fixed rate (a new key each, the CloudEvents headers,
# bench/floor/intake/submission.json as the payload: 3 KB, heavier than most of our events); the
# figures are the CPU per record over the timed records, from /proc: the floor app (its JIT apart),
# the launcher that runs the broker (with the launcher's own JVM options: C1 only, serial GC;
# LOCAL_STACK_JAVA_OPTS=-XX:TieredStopAtLevel=4 gives it the full JIT),
# PostgreSQL and the load generator; the floor app, the broker and PostgreSQL also net of their idle
# rates, measured for IDLE seconds (default 20) before the load. (No machine total: this sandbox's
# /proc/stat came out below the sum of the processes.)
#
# Needs: JDK 25 (JAVA_HOME), the jars (./mvnw -B -DskipTests package: the stack's PostgreSQL with
# application-service's schema, and the launcher's broker), psql, and the floor's Kafka variant:
#   ./mvnw -B -o -f bench/floor/intake/pom.xml -Pkafka package
# Loopback only; uses the local-stack ports (15432, 9092, 8081, 8090, 8099, 18099): run it under the
# same lock as the system tests. Cleans up however it ends. Not a test.
set -euo pipefail

RATE=${1:-50}
SECONDS_MEASURED=${2:-60}
WARMUP_SECONDS=${3:-20}
IDLE=${IDLE:-20}
(( IDLE >= 1 )) || { echo "IDLE must be at least 1 second" >&2; exit 1; }
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/stack-lib.sh"
FLOOR_JAR="$HERE/floor/intake/target/kafka/intake-floor-kafka.jar"
PAYLOAD="$HERE/floor/intake/submission.json"
export PGPASSWORD=cites
PG=(-h localhost -p 15432 -U cites)
SCHEMA=bench_floor
WARMUP_COUNT=$(awk -v r="$RATE" -v s="$WARMUP_SECONDS" 'BEGIN { printf "%d", r * s }')
COUNT=$(awk -v r="$RATE" -v s="$SECONDS_MEASURED" 'BEGIN { printf "%d", r * s }')
TOTAL=$((WARMUP_COUNT + COUNT))

command -v psql >/dev/null || { echo "psql missing: apt-get install -y postgresql-client" >&2; exit 1; }
[[ -f "$FLOOR_JAR" ]] || { echo "build the floor first: ./mvnw -B -o -f bench/floor/intake/pom.xml -Pkafka package" >&2; exit 1; }

FLOOR_PID=
LOAD_PID=
trap stop_floor EXIT

ANNOUNCE=${ANNOUNCE:-true}
published() { # the records done: announced, or only applied without announcing
  local done="select count(*) from outbox_event where published_at is not null"
  [[ $ANNOUNCE == true ]] || done="select count(*) from inbox_event"
  PGOPTIONS="-c search_path=$SCHEMA" psql "${PG[@]}" -d application -Atc "$done"
}

echo "starting PostgreSQL and the broker (local stack, application-service's schema) in $LOCAL_STACK_DATA ..."
start_stack --no-aot-cache --only egov-simulator,application-service
for what in application-service egov-simulator; do
  "$ROOT/stack" stop "$what" >/dev/null
done
BROKER_PID=$(cat "$LOCAL_STACK_DATA/stack.pid") # the launcher, which runs the broker

PGOPTIONS="-c client_min_messages=warning" psql "${PG[@]}" -d application -q \
  -c "drop schema if exists $SCHEMA cascade" -c "create schema $SCHEMA"
for schema in "$HERE/pgbench/schema.sql" "$HERE/floor/intake/events-schema.sql"; do
  PGOPTIONS="-c search_path=$SCHEMA" psql "${PG[@]}" -d application -q -f "$schema"
done

# the load generator's class path: kafka-clients and slf4j-api, as the floor app has them
mkdir -p "$WORK/lib"
python3 - "$FLOOR_JAR" "$WORK/lib" <<'PY'
import sys, zipfile, os
jar, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(jar) as z:
    for name in z.namelist():
        base = os.path.basename(name)
        if name.startswith("BOOT-INF/lib/") and base.startswith(("kafka-clients-", "slf4j-api-")):
            open(os.path.join(out, base), "wb").write(z.read(name))
PY
LOAD_CP=$(ls "$WORK"/lib/*.jar | paste -sd:)

APP_OPTS=${APP_JAVA_OPTS:--XX:TieredStopAtLevel=4 -Xmx384m}
echo "starting the floor app, Kafka variant ($APP_OPTS) ..."
"$JAVA_HOME/bin/java" $APP_OPTS -jar "$FLOOR_JAR" --server.port=8099 \
  --management.server.port=18099 --floor.announce="$ANNOUNCE" > "$WORK/floor.log" 2>&1 &
FLOOR_PID=$!
until grep -qs "partitions assigned: \[bench.floor-0\]" "$WORK/floor.log"; do
  kill -0 "$FLOOR_PID" 2>/dev/null || { cat "$WORK/floor.log" >&2; exit 1; }
  sleep 0.2
done
echo "floor app pid $FLOOR_PID, broker (launcher) pid $BROKER_PID; $(nproc) cores; $(uptime)"

snapshot() { echo "$(pid_ticks "$FLOOR_PID") $(jit_ticks "$FLOOR_PID") $(pid_ticks "$BROKER_PID") $(postgres_ticks)"; }
echo "== idle for ${IDLE}s (the background rates: polls, heartbeats, the broker's own work)"
sleep 10 # the start's own after-work
read -r app0 jit0 broker0 pg0 <<< "$(snapshot)"
idle_start=$(date +%s.%N)
sleep "$IDLE"
read -r app1 jit1 broker1 pg1 <<< "$(snapshot)"
idle_seconds=$(awk -v a="$idle_start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
idle=("$((app1 - app0))" "$((jit1 - jit0))" "$((broker1 - broker0))" "$((pg1 - pg0))")

echo "== $RATE records/s: $WARMUP_COUNT to warm up, then $COUNT timed"
"$JAVA_HOME/bin/java" -cp "$LOAD_CP" "$HERE/EventFloorLoad.java" localhost:9092 bench.floor \
  "$RATE" "$WARMUP_COUNT" "$COUNT" "$PAYLOAD" > "$WORK/load.out" 2>&1 &
LOAD_PID=$!
until grep -qs '^timed' "$WORK/load.out"; do
  kill -0 $LOAD_PID 2>/dev/null || { cat "$WORK/load.out" >&2; exit 1; }
  sleep 0.05
done
read -r app0 jit0 broker0 pg0 <<< "$(snapshot)"
load0=$(pid_ticks "$LOAD_PID")
start=$(date +%s.%N)
loadN=$load0
# no polling while the records flow (each psql is a process and a PostgreSQL backend of its own,
# which the figures would count); the load generator ends with the last record acknowledged
while kill -0 $LOAD_PID 2>/dev/null; do
  loadN=$(pid_ticks "$LOAD_PID" 2>/dev/null || echo "$loadN") # its CPU until it ends
  kill -0 "$FLOOR_PID" 2>/dev/null || { echo "the floor app ended early:" >&2; tail -20 "$WORK/floor.log" >&2; exit 1; }
  sleep 1
done
until [[ $(published) -ge $TOTAL ]]; do
  if (( $(date +%s) > ${start%.*} + SECONDS_MEASURED + 120 )); then
    echo "only $(published) of $TOTAL records announced 120 s after the last was due" >&2
    KEEP_LOGS=1
    exit 1
  fi
  sleep 0.5
done
read -r app1 jit1 broker1 pg1 <<< "$(snapshot)"
end=$(date +%s.%N)
wait $LOAD_PID
cat "$WORK/load.out"
# per timed record: raw, and with the idle rates over the same window taken off ("net")
awk -v n="$COUNT" -v r="$RATE" -v s="$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" \
    -v is="$idle_seconds" -v iapp="${idle[0]}" -v ijit="${idle[1]}" -v ibroker="${idle[2]}" -v ipg="${idle[3]}" \
    -v app=$((app1 - app0)) -v jit=$((jit1 - jit0)) -v broker=$((broker1 - broker0)) \
    -v pg=$((pg1 - pg0)) -v load=$((loadN - load0)) 'BEGIN {
  f = s / is
  printf "RESULT event-floor announce='"$ANNOUNCE"' rate=%.1f/s records=%d window=%.1fs cpu-ms-per-record net of the idle rates: app=%.3f (of which jit %.3f) broker=%.3f postgresql=%.3f; raw: app=%.3f (jit %.3f) broker=%.3f postgresql=%.3f load-generator=%.3f; idle ms/s: app=%.1f (jit %.1f) broker=%.1f postgresql=%.1f\n",
    r, n, s, (app - iapp * f) * 10 / n, (jit - ijit * f) * 10 / n, (broker - ibroker * f) * 10 / n, (pg - ipg * f) * 10 / n,
    app * 10 / n, jit * 10 / n, broker * 10 / n, pg * 10 / n, load * 10 / n,
    iapp * 10 / is, ijit * 10 / is, ibroker * 10 / is, ipg * 10 / is }'
PGOPTIONS="-c search_path=$SCHEMA" psql "${PG[@]}" -d application -At -F ' ' -c \
  "select 'inbox', count(*), 'cases', (select count(*) from floor_case), 'announced', (select count(*) from outbox_event where published_at is not null) from inbox_event"
uptime
