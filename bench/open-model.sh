#!/usr/bin/env bash
# The whole system under an open model (issue 18): applications arrive at a fixed rate, each is
# filed, paid, signed and submitted, checked against every registry (the simulator without added
# latency), paid, approved automatically and issued; the figure is submit -> ISSUED per application
# (p50/p95/p99), with lost applications and the CPU every process spent per application. Loopback
# only, bounded duration. Not a test.
#
#   bench/open-model.sh [rate-per-second] [seconds] [warmup-seconds]
#   env: APP_JAVA_OPTS (JVM options of the applications, default the full JIT:
#        "-XX:TieredStopAtLevel=4 -Xmx384m")
#
# Needs: JDK 25 (JAVA_HOME, default /usr/lib/jvm/temurin-25-jdk-amd64), the jars
# (./mvnw -B -DskipTests package), and the local-stack ports free: the script starts its own stack
# on a fresh data folder (automatic approval on, the gateway's per-user limit raised) and stops it.
set -euo pipefail

RATE=${1:-40}
SECONDS_MEASURED=${2:-300}
WARMUP_SECONDS=${3:-30}
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/stack-lib.sh"

# a per-user limit no benchmark reaches (a real portal user never files hundreds a minute)
export SPRING_APPLICATION_JSON='{"cites":{"gateway":{"limits":{"rates":{"authenticated":{"capacity":10000000,"period":"1m"}}}}}}'
echo "starting the whole stack in $LOCAL_STACK_DATA ..."
export LOCAL_STACK_APP_JAVA_OPTS=${APP_JAVA_OPTS:-"-XX:TieredStopAtLevel=4 -Xmx384m"}
# the load, not the start: a fresh data folder would only record AOT caches (a recording run, with
# its own JVM options) and spend a minute writing them at the end
start_stack --no-aot-cache
unset SPRING_APPLICATION_JSON

echo "== open model ($(nproc) cores): $RATE applications/s for ${SECONDS_MEASURED}s after ${WARMUP_SECONDS}s warm-up"
status=0
"$JAVA_HOME/bin/java" "$HERE/OpenModelLoad.java" http://localhost:8080 http://localhost:8090 \
  "$RATE" "$SECONDS_MEASURED" "$WARMUP_SECONDS" "$LOCAL_STACK_DATA/apps.pids" | tee "$WORK/load.out" || status=$?
grep -E "RESULT|CPU ms" "$WORK/load.out" || true
if ! grep -q " not-issued=0 " "$WORK/load.out"; then
  KEEP_LOGS=1 # something was lost: the stack's logs say why
fi
exit $status
