#!/usr/bin/env bash
# Submissions per second through the gateway (issue #3): each request checks a real CMS signature
# against the NCA root, registers the application and writes its outbox event in one transaction.
# Beside it, in the same session and on the same PostgreSQL server, pgbench runs the same two
# inserts (application row + outbox row, same sizes) with the same number of clients: the floor of
# what the database alone costs. Loopback only, bounded duration. Not a test.
#
#   bench/submissions.sh [clients] [submissions-per-client] [pgbench-seconds]
#   env: MODE=intake (default: only the simulator, application-service and the gateway run, so the
#        number is the intake's own) or MODE=system (the whole stack: verification, fee and permit
#        services process every submission at the same time, on the same cores); WARMUP
#        (submissions per client not counted, default 10); APP_JAVA_OPTS (JVM options of the
#        applications, default "-XX:TieredStopAtLevel=4 -Xmx384m": the full JIT, as a production
#        JVM runs, instead of the local stack's C1-only memory-saving default); OCSP_LATENCY_MS (the
#        simulated NCA's OCSP responder answers that much later, through its fault switch `ocsp`:
#        a real responder is a network round trip away, the simulator's answers at once)
#
# Needs: JDK 25 (JAVA_HOME, default /usr/lib/jvm/temurin-25-jdk-amd64), the jars
# (./mvnw -B -DskipTests install), pgbench and psql (apt-get install -y postgresql-client), and the
# local-stack ports free (8080-8084, 8090, 15432, 9092): the script starts its own stack on a fresh
# data folder, with the gateway's per-user rate limit raised, and stops it at the end.
set -euo pipefail

CLIENTS=${1:-16}
PER_CLIENT=${2:-60}
PGBENCH_SECONDS=${3:-30}
WARMUP=${WARMUP:-10}
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/stack-lib.sh"
export PGPASSWORD=cites
PG=(-h localhost -p 15432 -U cites)

command -v pgbench >/dev/null || { echo "pgbench missing: apt-get install -y postgresql-client" >&2; exit 1; }
# --- the system, with a per-user limit no benchmark reaches (a real portal user never submits
# hundreds of applications a minute; the limit is tested in the gateway module)
export SPRING_APPLICATION_JSON='{"cites":{"gateway":{"limits":{"rates":{"authenticated":{"capacity":10000000,"period":"1m"}}}}}}'
echo "starting the stack in $LOCAL_STACK_DATA ..."
ONLY=()
[[ "${MODE:-intake}" == intake ]] && ONLY=(--only egov-simulator,application-service,gateway)
export LOCAL_STACK_APP_JAVA_OPTS=${APP_JAVA_OPTS:-"-XX:TieredStopAtLevel=4 -Xmx384m"}
# the load, not the start: no AOT cache to record on a fresh data folder (see open-model.sh)
start_stack --no-aot-cache "${ONLY[@]}"
unset SPRING_APPLICATION_JSON
if [[ -n ${OCSP_LATENCY_MS:-} ]]; then
  curl -fsS -o /dev/null -X PUT http://localhost:8090/sim/faults/ocsp \
    -H 'Content-Type: application/json' -d "{\"latencyMs\": $OCSP_LATENCY_MS}"
  echo "the NCA's OCSP responder answers after ${OCSP_LATENCY_MS} ms"
fi

echo "== submissions through the gateway ($(nproc) cores, MODE=${MODE:-intake}, OCSP latency ${OCSP_LATENCY_MS:-0} ms): $CLIENTS clients x $PER_CLIENT (+$WARMUP warm-up each)"
"$JAVA_HOME/bin/java" "$HERE/SubmissionLoad.java" http://localhost:8080 http://localhost:8090 \
  "$CLIENTS" "$PER_CLIENT" "$WARMUP" "$LOCAL_STACK_DATA/apps.pids" | tee "$WORK/load.out"

# --- the same two inserts with pgbench, documents of the sizes just stored
CONTENT_BYTES=$(psql "${PG[@]}" -d application -Atc \
  "select round(avg(length(content::text))) from application where registration_number is not null")
PAYLOAD_BYTES=$(psql "${PG[@]}" -d application -Atc \
  "select round(avg(length(payload))) from outbox_event where payload like '%\"registrationNumber\"%'")
psql "${PG[@]}" -d application -Atc \
  "select content::text from application where registration_number is not null limit 1" > "$WORK/content.json"
psql "${PG[@]}" -d application -Atc \
  "select payload from outbox_event where payload like '%\"registrationNumber\"%' limit 1" > "$WORK/payload.json"
two_inserts_script
# a scratch schema in application-service's own database (the role may not create databases)
psql "${PG[@]}" -d application -q -c "drop schema if exists bench_submission cascade" \
  -c "create schema bench_submission"
export PGOPTIONS="-c search_path=bench_submission"
psql "${PG[@]}" -d application -q -f "$HERE/pgbench/schema.sql"
echo "== pgbench: the same two inserts ($CONTENT_BYTES B content, $PAYLOAD_BYTES B payload), $CLIENTS clients, ${PGBENCH_SECONDS}s"
(cd "$WORK" && pgbench "${PG[@]}" -n -c "$CLIENTS" -j 2 -T "$PGBENCH_SECONDS" -f two-inserts.sql \
  --log --log-prefix=pgbench application | tee "$WORK/pgbench.out")
cat "$WORK"/pgbench.* | awk '{print $3}' | sort -n | awk '
  { v[NR] = $1 }
  END { n = NR;
        i50 = int(0.50 * n + 0.999); i99 = int(0.99 * n + 0.999);
        printf "RESULT pgbench transactions=%d p50=%.2fms p99=%.2fms\n", n, v[i50] / 1000, v[i99] / 1000 }'
unset PGOPTIONS
psql "${PG[@]}" -d application -qc "drop schema bench_submission cascade"
grep -E "RESULT|CPU ms" "$WORK/load.out"
