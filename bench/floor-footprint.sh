#!/usr/bin/env bash
# The floor of one application JVM's idle memory and start (issue 18): the minimal Boot service of
# bench/floor/intake (the same Boot and web MVC, Data JPA and PostgreSQL starters as
# application-service; no security, observability or Kafka) run with exactly the local stack's
# application JVM options (LocalStackOptions.DEFAULT_JVM_OPTIONS) plus EXTRA (default the full JIT,
# -XX:TieredStopAtLevel=4), the environment the stack gives a service with a database (Hikari keeps
# one idle connection), measured
#   nocache  from its fat jar, no AOT cache
#   aot      from its extracted jar with a JDK 25 AOT cache, recorded as local-stack does it
#            (java -Djarmode=tools -jar <jar> extract; one training run with -XX:MaxMetaspaceSize=512m
#            -XX:AOTCacheOutput=<cache>, idle IDLE s, then SIGTERM: the JVM writes the cache while it
#            exits; then every measured run with -XX:AOTCache=<cache>)
# Per run: the time from `java` to the first HTTP answer ("UP"), Boot's own "Started ... (process
# running for ...)", and, IDLE s after UP, RSS and PSS (/proc/<pid>/smaps_rollup), the resident part
# of the mapped AOT cache, the heap in use and committed (jcmd GC.heap_info) and the thread count.
# Variants: plain (target/intake-floor.jar) and, when built, kafka (the same app plus spring-kafka,
# one consumer on one topic, and the actuator on a management port of its own, as a real service:
# ./mvnw -B -o -f bench/floor/intake/pom.xml -Pkafka package).
#
#   bench/floor-footprint.sh [floor|service|all]                       (default floor)
#     floor    the floor variants, beside the local stack's PostgreSQL and Kafka (and idle launcher)
#     service  application-service itself, measured the same way: `./stack up --only
#              egov-simulator,application-service` with LOCAL_STACK_APP_JAVA_OPTS=EXTRA, once with
#              --no-aot-cache, then with the AOT cache (a recording start, ./stack down, a start that
#              uses it); its start is Boot's "process running for" of its log
#     all      both, service first
#   env: IDLE (seconds after UP, default 20), EXTRA (default -XX:TieredStopAtLevel=4), VARIANTS
#        (default "plain kafka"; kafka is skipped when its jar is not built), KEEP_LOGS=1
#
# Loopback only; uses the local-stack ports (15432, 9092, 8080-8084, 8090, 8099, 18099): run it
# under the same lock as the system tests (flock /work/systest.lock bench/floor-footprint.sh).
# Cleans up (the floor app, the stack, its data folder with the caches) however it ends. Not a test.
# Needs: JDK 25 (JAVA_HOME), the jars (./mvnw -B -DskipTests package) and the floor's.
set -euo pipefail

MODE=${1:-floor}
IDLE=${IDLE:-20}
EXTRA=${EXTRA:--XX:TieredStopAtLevel=4}
VARIANTS=${VARIANTS:-plain kafka}
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/stack-lib.sh"
JAVA="$JAVA_HOME/bin/java"
FLOOR_PORT=8099
FLOOR_MANAGEMENT_PORT=18099
# keep equal to LocalStackOptions.DEFAULT_JVM_OPTIONS (checked against the stack's own process below)
STACK_JVM_OPTS="-Xms32m -Xmx160m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m \
-XX:ReservedCodeCacheSize=48m -XX:TieredStopAtLevel=1 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
RECORDING_METASPACE=-XX:MaxMetaspaceSize=512m # AppLaunch.RECORDING_METASPACE
export LOCAL_STACK_APP_JAVA_OPTS=$EXTRA

FLOOR_PID=
stop_all() {
  if [[ -n "$FLOOR_PID" ]]; then
    kill "$FLOOR_PID" 2>/dev/null || true
    wait "$FLOOR_PID" 2>/dev/null || true
  fi
  stop_stack
}
trap stop_all EXIT

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
# one line of memory figures of a pid, in MiB: rss pss aot-resident heap-used/committed threads
memory() {
  local pid=$1 rss pss aot heap threads
  threads=$(awk '$1 == "Threads:" { print $2 }' "/proc/$pid/status") # before jcmd's attach thread
  rss=$(awk '$1 == "VmRSS:" { print int($2 / 1024) }' "/proc/$pid/status")
  pss=$(awk '$1 == "Pss:" { print int($2 / 1024) }' "/proc/$pid/smaps_rollup")
  aot=$(awk '/^[0-9a-f]+-[0-9a-f]+ / { a = ($NF ~ /\.aot$/) } a && $1 == "Rss:" { t += $2 }
             END { print int(t / 1024) }' "/proc/$pid/smaps")
  heap=$("$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info 2>/dev/null |
    awk '/total [0-9]+K, used [0-9]+K/ { for (i = 1; i <= NF; i++) { if ($i == "used") u += $(i + 1) + 0
                                                                      if ($i == "total") c += $(i + 1) + 0 } }
         END { printf "%d/%d", u / 1024, c / 1024 }')
  echo "rss=${rss}MiB pss=${pss}MiB aot-cache-resident=${aot}MiB heap-used/committed=${heap}MiB threads=$threads"
}
booted() { grep -o 'Started [A-Za-z]* in [0-9.]* seconds (process running for [0-9.]*)' "$1" | tail -1; }

# --- the floor: one JVM of the given jar, measured; args: name jar aot-options...
floor_run() {
  local name=$1 jar=$2; shift 2
  local log="$WORK/floor-$name.log" began up
  local env=(SPRING_DATASOURCE_HIKARI_MINIMUM_IDLE=1 SPRING_DATASOURCE_HIKARI_IDLE_TIMEOUT=60000
    SPRING_KAFKA_BOOTSTRAP_SERVERS=localhost:9092 MANAGEMENT_SERVER_PORT=$FLOOR_MANAGEMENT_PORT
    MANAGEMENT_SERVER_ADDRESS=127.0.0.1 SERVER_ADDRESS=127.0.0.1 PORT=$FLOOR_PORT)
  began=$(now)
  # shellcheck disable=SC2086 # the options are words
  env "${env[@]}" "$JAVA" $STACK_JVM_OPTS $EXTRA "$@" -Dspring.output.ansi.enabled=never \
    -jar "$jar" > "$log" 2>&1 &
  FLOOR_PID=$!
  until curl -s -o /dev/null "http://127.0.0.1:$FLOOR_PORT/"; do
    kill -0 "$FLOOR_PID" 2>/dev/null || { echo "$name ended:" >&2; tail -30 "$log" >&2; exit 1; }
    sleep 0.1
  done
  up=$(elapsed "$began" "$(now)")
  sleep "$IDLE"
  echo "RESULT $name up=${up}s $(memory "$FLOOR_PID") | $(booted "$log") | load $(cut -d' ' -f1-3 /proc/loadavg)"
  if grep -q "\[aot\].*\(error\|Unable\|disabled\)" "$log"; then grep -m3 "\[aot\]" "$log"; fi
}
floor_stop() { # SIGTERM and wait (a recording JVM writes its cache now); args: timeout seconds
  local waited=0
  kill "$FLOOR_PID"
  while kill -0 "$FLOOR_PID" 2>/dev/null && (( waited < ${1:-30} * 10 )); do sleep 0.1; waited=$((waited + 1)); done
  kill -9 "$FLOOR_PID" 2>/dev/null || true
  wait "$FLOOR_PID" 2>/dev/null || true
  FLOOR_PID=
}

measure_floor() {
  for variant in $VARIANTS; do
    local jar
    case $variant in
      plain) jar="$HERE/floor/intake/target/intake-floor.jar" ;;
      kafka) jar="$HERE/floor/intake/target/kafka/intake-floor-kafka.jar" ;;
      *) echo "unknown variant $variant" >&2; exit 1 ;;
    esac
    [[ -f "$jar" ]] || { echo "($variant: $jar not built, skipped)"; continue; }
    echo "== floor $variant ($(basename "$jar"))"
    floor_run "floor-$variant-nocache" "$jar"
    floor_stop
    # as local-stack: extract, record during one run stopped cleanly, then use
    local dir="$WORK/aot/$variant" cache
    "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$dir" > /dev/null
    cache="$dir/$(basename "$jar" .jar).aot"
    local began
    floor_run "floor-$variant-recording" "$dir/$(basename "$jar")" \
      $RECORDING_METASPACE "-XX:AOTCacheOutput=$cache"
    began=$(now)
    floor_stop 120
    [[ -f "$cache" ]] || { echo "no cache written:" >&2; tail -20 "$WORK/floor-floor-$variant-recording.log" >&2; exit 1; }
    echo "recording stop (writes the cache): $(elapsed "$began" "$(now)") s, cache $(( $(stat -c %s "$cache") / 1048576 )) MiB"
    floor_run "floor-$variant-aot" "$dir/$(basename "$jar")" "-XX:AOTCache=$cache"
    floor_stop
  done
}

# --- the infrastructure beside: launcher (+ Kafka broker) and PostgreSQL, as stack-footprint.sh
infrastructure() {
  local rss=0 pss=0 pid postmaster
  postmaster=$(head -1 "$LOCAL_STACK_DATA/postgres/postmaster.pid")
  for pid in $postmaster $(pgrep -P "$postmaster"); do
    rss=$((rss + $(awk '$1 == "VmRSS:" { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)))
    pss=$((pss + $(awk '$1 == "Pss:" { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)))
  done
  echo "RESULT launcher+kafka $(memory "$(cat "$LOCAL_STACK_DATA/stack.pid")")"
  echo "RESULT postgresql ($(pgrep -cP "$postmaster") children) rss=$((rss / 1024))MiB pss=$((pss / 1024))MiB"
}

service_pid() { awk -v a="$1" '$3 == a { print $2 }' "$LOCAL_STACK_DATA/apps.pids"; }
check_options() { # the stack's application JVM options are the ones the floor runs with
  local opts
  opts=$(tr '\0' ' ' < "/proc/$(service_pid "$1")/cmdline")
  [[ $opts == *"$STACK_JVM_OPTS $EXTRA "* ]] ||
    { echo "the stack runs $1 with other options than this script: $opts" >&2; exit 1; }
}

measure_service() {
  local app=application-service
  for run in nocache recording aot; do
    case $run in
      nocache) start_stack --no-aot-cache --only egov-simulator,$app ;;
      *) start_stack --only egov-simulator,$app ;;
    esac
    check_options $app
    grep -m1 "^AOT cache" "$WORK/stack.out" || true
    sleep "$IDLE"
    echo "RESULT service-$run $(memory "$(service_pid $app)") | $(booted "$LOCAL_STACK_DATA/logs/$app.log") | load $(cut -d' ' -f1-3 /proc/loadavg)"
    "$ROOT/stack" down > /dev/null 2>&1 || true # keeps the recorded cache for the next start
    wait "$STACK_PID" 2>/dev/null || true
    STACK_PID=
  done
}

echo "$(nproc) cores; $(uptime); JVM options: $STACK_JVM_OPTS $EXTRA"
if [[ $MODE == service || $MODE == all ]]; then
  measure_service
fi
if [[ $MODE == floor || $MODE == all ]]; then
  echo "starting PostgreSQL and Kafka (local stack, only the simulator, then stopped) in $LOCAL_STACK_DATA ..."
  start_stack --no-aot-cache --only egov-simulator
  check_options egov-simulator
  "$ROOT/stack" stop egov-simulator > /dev/null
  measure_floor
  infrastructure
fi
uptime
