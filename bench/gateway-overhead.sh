#!/usr/bin/env bash
# The gateway's cost per request: the same call made directly on the downstream and through the
# gateway, side by side in one run, with wrk. Read endpoints (GET, with and without a token) and a
# write (POST of a ~3 KB application-like JSON with Cyrillic text to an authenticated route, sent by
# a wrk Lua script). Loopback only, bounded duration. Not a test.
# Beside our gateway, the floor (issue 18): the authenticated GET and the POST also go through
# bench/floor/gateway, Spring Cloud Gateway at our versions with one route and nothing else, in three
# variants: bare ("via bare SCG"); with Spring Security's JWT resource server checking the token as
# ours does ("via SCG+JWT", profile `jwt`); and the same remembering a token once verified, as ours
# does ("via SCG+JWT remembered", profiles `jwt,remember`).
#
#   bench/gateway-overhead.sh [duration-seconds] [connections]
#   env: WARMUP (seconds, default 15: once for all gateway calls together, then before each call),
#        GATEWAY_ARGS (extra --property=value for the gateway),
#        GATEWAY_JVM_ARGS (extra JVM options, e.g. -XX:StartFlightRecording=filename=gw.jfr to profile),
#        KEEP_LOGS (a folder to copy the gateway's and WireMock's logs to)
#        GATEWAY_JAR (another build of the gateway to measure, e.g. a baseline for a before/after),
#        ONLY (measure only the calls whose label contains it, e.g. "via gateway" while profiling;
#              a floor gateway is started only if one of its calls is measured),
#        FLOOR_JAR (the floor gateway; built offline from bench/floor/gateway if missing),
#        FLOOR_JVM_ARGS (extra JVM options for both floor gateways; %p in a JFR file name is the pid)
#
# Needs: wrk (apt-get install -y wrk), openssl, python3, JDK 25, the gateway jar
# (./mvnw -pl gateway package) and the WireMock standalone jar in ~/.m2 (a test dependency).
# Columns: gateway CPU ms/req is the CPU the process the call goes through used (utime+stime from
# /proc) divided by the requests wrk completed; % of direct is req/s beside the same call made direct.
# The downstream is WireMock serving a fixed permit JSON, the JWKS and a 202 to the submission; the
# token (an applicant's and an officer's roles, so both routes let it in) is signed here.
set -euo pipefail

DURATION=${1:-20}
CONNECTIONS=${2:-32}
WARMUP=${WARMUP:-15}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
GATEWAY_JAR=${GATEWAY_JAR:-"$ROOT/gateway/target/gateway.jar"}
WIREMOCK_JAR=$(ls "$HOME"/.m2/repository/org/wiremock/wiremock-standalone/3.13.2/wiremock-standalone-3.13.2.jar)
DOWNSTREAM_PORT=18091
GATEWAY_PORT=18080
GATEWAY_MANAGEMENT_PORT=28080
FLOOR_JAR=${FLOOR_JAR:-"$ROOT/bench/floor/gateway/target/floor-gateway.jar"}
# the floor variants: label | Spring profiles | port
FLOORS=("bare SCG||18070" "SCG+JWT|jwt|18071" "SCG+JWT remembered|jwt,remember|18072")
ISSUER=http://bench.local/idp
WORK=$(mktemp -d)
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "${KEEP_LOGS:-}" ]; then mkdir -p "$KEEP_LOGS" && cp "$WORK"/*.log "$KEEP_LOGS"/; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -f "$GATEWAY_JAR" ] || { echo "build the gateway first: ./mvnw -pl gateway package" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 1; }

# --- an RSA key, its JWKS and a token, as the identity provider would make them
openssl genrsa -out "$WORK/key.pem" 2048 2>/dev/null
python3 - "$WORK" "$ISSUER" <<'PY'
import base64, json, subprocess, sys, time
work, issuer = sys.argv[1], sys.argv[2]
b64 = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()
text = subprocess.run(["openssl", "rsa", "-in", f"{work}/key.pem", "-noout", "-modulus"],
                      capture_output=True, text=True, check=True).stdout
n = int(text.strip().split("=", 1)[1], 16)
jwk = {"kty": "RSA", "kid": "bench", "alg": "RS256", "use": "sig",
       "n": b64(n.to_bytes((n.bit_length() + 7) // 8, "big")), "e": "AQAB"}
now = int(time.time())
header = b64(json.dumps({"alg": "RS256", "kid": "bench", "typ": "JWT"}).encode())
claims = b64(json.dumps({"iss": issuer, "aud": "cites-api", "sub": "870101300123",
                         "iin": "870101300123", "roles": ["OFFICER", "APPLICANT"],
                         "iat": now, "exp": now + 3600}).encode())
signing_input = f"{header}.{claims}".encode()
sig = subprocess.run(["openssl", "dgst", "-sha256", "-sign", f"{work}/key.pem"],
                     input=signing_input, capture_output=True, check=True).stdout
open(f"{work}/token", "w").write(f"{header}.{claims}.{b64(sig)}")
import os
os.makedirs(f"{work}/wm/mappings", exist_ok=True)
permit = {"number": "KZ-2026-000001", "status": "VALID", "holder": "870101300123",
          "species": [{"scientificName": "Falco cherrug", "quantity": 2}]}
json.dump({"request": {"method": "GET", "url": "/sim/idp/jwks"},
           "response": {"status": 200, "jsonBody": {"keys": [jwk]}}},
          open(f"{work}/wm/mappings/jwks.json", "w"))
json.dump({"request": {"method": "GET", "urlPath": "/api/v1/permits/KZ-2026-000001"},
           "response": {"status": 200, "jsonBody": permit,
                        "headers": {"Content-Type": "application/json"}}},
          open(f"{work}/wm/mappings/permit.json", "w"))
json.dump({"request": {"method": "GET", "urlPath": "/api/v1/public/permits/KZ-2026-000001"},
           "response": {"status": 200, "jsonBody": {"valid": True},
                        "headers": {"Content-Type": "application/json"}}},
          open(f"{work}/wm/mappings/public.json", "w"))
json.dump({"request": {"method": "POST", "urlPathPattern": "/api/v1/applications/[^/]+/submission"},
           "response": {"status": 202,
                        "jsonBody": {"id": "7c1e4b2a-3f9d-4e1a-9b6c-2d8f0a5e7b31",
                                     "status": "SUBMITTED", "registrationNumber": "KZ-2026-A-000001"},
                        "headers": {"Content-Type": "application/json"}}},
          open(f"{work}/wm/mappings/submission.json", "w"))
# What an applicant sends about an export: names, addresses and remarks in Russian and Kazakh, the
# specimens, and the EDS over the signing payload; about 3 KB as UTF-8.
specimen = lambda i: {"scientificName": "Falco cherrug", "commonName": "Балобан (Сұңқар)",
                      "termCode": "LIV", "quantity": 2, "sourceCode": "C", "countryOfOrigin": "KZ",
                      "marks": f"закрытые кольца KZ-2025-00{41 + 2 * i}, KZ-2025-00{42 + 2 * i}",
                      "description": "Птицы выращены в питомнике, здоровы, ветеринарное свидетельство прилагается"}
submission = {"permitType": "EXPORT", "purposeCode": "Z",
              "applicant": {"iin": "870101300123", "name": "Ахметов Нурлан Серикович",
                            "address": "Республика Казахстан, г. Астана, район Есиль, ул. Сарайшык, д. 5, кв. 12",
                            "phone": "+7 701 555 01 23", "email": "n.akhmetov@example.kz"},
              "counterparty": {"name": "Tierpark Berlin", "address": "Am Tierpark 125, Berlin", "countryCode": "DE"},
              "specimens": [specimen(i) for i in range(3)],
              "transport": {"borderCrossing": "Международный аэропорт Нурсултан Назарбаев",
                            "plannedDate": "2027-01-15", "carrier": "Air Astana, рейс KC 911"},
              "remarks": "Перевозка в соответствии с Правилами ИАТА для живых животных; сопровождающий — ветеринарный врач.",
              "personalDataConsent": True,
              "signature": b64(bytes(range(256)) * 3)}
body = json.dumps(submission, ensure_ascii=False)
assert 2800 <= len(body.encode()) <= 3400, len(body.encode())
open(f"{work}/submission.bytes", "w").write(str(len(body.encode())))
# wrk sends the body and headers the script sets; the token comes with -H like the GETs'
open(f"{work}/submission.lua", "w", encoding="utf-8").write(
    'wrk.method = "POST"\n'
    'wrk.headers["Content-Type"] = "application/json"\n'
    f'wrk.body = [==[{body}]==]\n')
PY
TOKEN=$(cat "$WORK/token")
GET_JWT="GET /api/v1/permits/{n} (JWT)"
POST_JWT="POST /api/v1/applications/{id}/submission, $(cat "$WORK/submission.bytes") B (JWT)"

wanted() { [[ "$1" == *"${ONLY:-}"* ]]; } # label: is it measured in this run?
declare -A FLOOR_PIDS # floor label -> pid, for the floors started (those with a call measured)
FLOORS_WANTED=()
for floor in "${FLOORS[@]}"; do
  name=${floor%%|*}
  if wanted "$GET_JWT via $name" || wanted "$POST_JWT via $name"; then FLOORS_WANTED+=("$floor"); fi
done
if [ ${#FLOORS_WANTED[@]} -gt 0 ] && [ ! -f "$FLOOR_JAR" ]; then
  echo "building the floor gateway (offline): $FLOOR_JAR" >&2
  JAVA_HOME=$JAVA_HOME "$ROOT/mvnw" -B -o -q -f "$ROOT/bench/floor/gateway/pom.xml" package -DskipTests >&2
fi

wait_for() { # url [curl options]
  for _ in $(seq 1 120); do curl -fs -o /dev/null "$@" && return 0; sleep 0.5; done
  echo "not up: $1" >&2; exit 1
}

"$JAVA" -Xmx256m -jar "$WIREMOCK_JAR" --bind-address 127.0.0.1 --port "$DOWNSTREAM_PORT" \
  --root-dir "$WORK/wm" --no-request-journal --disable-banner --async-response-enabled true \
  --container-threads 64 >"$WORK/wiremock.log" 2>&1 &
PIDS+=($!)
wait_for "http://127.0.0.1:$DOWNSTREAM_PORT/sim/idp/jwks"

# The breaker still runs on every call but opens only when every call fails: the end of each wrk run
# cuts the calls in flight, and builds before 2026-12-07 counted some of those (AbortedException, the
# caller's connection closed) as the service's failures, opened the breaker and answered the next run
# with 503s (12,388 of 42,129 answers); kept so that GATEWAY_JAR can measure such a build.
PERMIT_SERVICE_URL=http://127.0.0.1:$DOWNSTREAM_PORT APPLICATION_SERVICE_URL=http://127.0.0.1:$DOWNSTREAM_PORT \
CITES_JWKS_URI=http://127.0.0.1:$DOWNSTREAM_PORT/sim/idp/jwks CITES_ISSUER=$ISSUER \
"$JAVA" -Xmx256m ${GATEWAY_JVM_ARGS:-} -jar "$GATEWAY_JAR" --server.address=127.0.0.1 --server.port=$GATEWAY_PORT \
  --management.server.port=$GATEWAY_MANAGEMENT_PORT \
  --cites.gateway.limits.rates.authenticated.capacity=1000000000 \
  --cites.gateway.limits.rates.public.capacity=1000000000 \
  --cites.gateway.limits.circuit-breaker.failure-rate-threshold=100 ${GATEWAY_ARGS:-} \
  >"$WORK/gateway.log" 2>&1 &
PIDS+=($!)
GATEWAY_PID=$!
DOWNSTREAM_PID=${PIDS[0]}
wait_for "http://127.0.0.1:$GATEWAY_MANAGEMENT_PORT/actuator/health"

# The floor: Spring Cloud Gateway, one route to the same downstream; with `jwt` the JWT checks our
# gateway's decoder makes (JWKS signature, issuer, audience, times) and nothing else.
for floor in "${FLOORS_WANTED[@]}"; do
  IFS='|' read -r name profiles port <<<"$floor"
  DOWNSTREAM_URL=http://127.0.0.1:$DOWNSTREAM_PORT CITES_JWKS_URI=http://127.0.0.1:$DOWNSTREAM_PORT/sim/idp/jwks \
  CITES_ISSUER=$ISSUER \
  "$JAVA" -Xmx256m ${FLOOR_JVM_ARGS:-} -jar "$FLOOR_JAR" --spring.profiles.active="$profiles" \
    --server.address=127.0.0.1 --server.port="$port" >"$WORK/floor-$port.log" 2>&1 &
  PIDS+=($!)
  FLOOR_PIDS[$name]=$!
  wait_for "http://127.0.0.1:$port/api/v1/permits/KZ-2026-000001" -H "Authorization: Bearer $TOKEN"
  if [ -n "$profiles" ]; then
    # it must check the token, or its rows measure nothing: none, and one with a changed signature
    sig=${TOKEN##*.}
    forged="${TOKEN%.*}.${sig:0:20}$([ "${sig:20:1}" = A ] && echo B || echo A)${sig:21}"
    for bad in "" "Authorization: Bearer $forged"; do
      code=$(curl -s -o /dev/null -w '%{http_code}' ${bad:+-H "$bad"} "http://127.0.0.1:$port/api/v1/permits/KZ-2026-000001")
      [ "$code" = 401 ] || { echo "the floor '$name' answered $code to '${bad:-no token}'" >&2; exit 1; }
    done
  fi
done

cpu_ticks() { # pid -> utime+stime in clock ticks
  awk '{print $14 + $15}' "/proc/$1/stat"
}

declare -A DIRECT_RPS # call -> req/s of its direct row in this run
SUMMARY=()

run() { # call how pid url [auth] [wrk lua script]; how: "direct" or "via ..."; pid: the process the
        # call goes through (the gateway CPU column), "direct" for the downstream itself
  local call=$1 how=$2 via_pid=$3 url=$4 auth=${5:-} script=${6:-}
  local label="$call $how"
  wanted "$label" || return 0
  local args=(-t2 -c"$CONNECTIONS" --latency)
  [ -n "$auth" ] && args+=(-H "Authorization: Bearer $TOKEN")
  [ -n "$script" ] && args+=(-s "$script")
  wrk "${args[@]}" -d"${WARMUP}s" "$url" >/dev/null
  local out before_gw before_ds
  [ "$via_pid" = direct ] || before_gw=$(cpu_ticks "$via_pid")
  before_ds=$(cpu_ticks "$DOWNSTREAM_PID")
  out=$(wrk "${args[@]}" -d"${DURATION}s" "$url")
  local gw_ticks=0
  [ "$via_pid" = direct ] || gw_ticks=$(( $(cpu_ticks "$via_pid") - before_gw ))
  local ds_ticks=$(( $(cpu_ticks "$DOWNSTREAM_PID") - before_ds ))
  local total
  total=$(awk '/requests in/ {print $1}' <<<"$out")
  local rps p50 p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  local hz
  hz=$(getconf CLK_TCK)
  local gw_cpu=— share=—
  if [ "$via_pid" = direct ]; then
    DIRECT_RPS[$call]=$rps
  else
    gw_cpu=$(awk -v t="$gw_ticks" -v n="$total" -v hz="$hz" 'BEGIN {printf "%.3f", t * 1000 / hz / n}')
    [ -z "${DIRECT_RPS[$call]:-}" ] ||
      share=$(awk -v v="$rps" -v d="${DIRECT_RPS[$call]}" 'BEGIN {printf "%.1f%%", 100 * v / d}')
    SUMMARY+=("$call|$how|$gw_cpu|$share")
  fi
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$rps" "$p50" "$p99" "${non2xx:-0}" \
    "$gw_cpu" "$(awk -v t="$ds_ticks" -v n="$total" -v hz="$hz" 'BEGIN {printf "%.3f", t * 1000 / hz / n}')" \
    "$share"
}

# The gateway's JIT warm-up, before any call is measured: every gateway path at once for WARMUP seconds,
# so that the first call measured does not pay the compilation the later ones are spared (each call
# still has its own warm-up below).
# The floor gateways get the same, one after the other, with the two calls they are measured on.
warm_gateway() { # port [public: the public GET too]
  local auth=(-H "Authorization: Bearer $TOKEN") warm=()
  wrk -t1 -c8 -d"${WARMUP}s" "${auth[@]}" "http://127.0.0.1:$1/api/v1/permits/KZ-2026-000001" >/dev/null & warm+=($!)
  if [ -n "${2:-}" ]; then
    wrk -t1 -c8 -d"${WARMUP}s" "http://127.0.0.1:$1/api/v1/public/permits/KZ-2026-000001?code=ABCD" >/dev/null & warm+=($!)
  fi
  wrk -t1 -c8 -d"${WARMUP}s" "${auth[@]}" -s "$WORK/submission.lua" "http://127.0.0.1:$1$SUBMISSION" >/dev/null & warm+=($!)
  wait "${warm[@]}"
}
SUBMISSION=/api/v1/applications/7c1e4b2a-3f9d-4e1a-9b6c-2d8f0a5e7b31/submission
warm_gateway $GATEWAY_PORT public
for floor in "${FLOORS_WANTED[@]}"; do warm_gateway "${floor##*|}"; done

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk, $CONNECTIONS connections, 2 threads, ${DURATION}s after ${WARMUP}s warm-up; $(nproc) cores; $("$JAVA" -version 2>&1 | head -1)"
echo
echo "commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$([ -z "$(git -C "$ROOT" status --porcelain 2>/dev/null)" ] || echo ' with local changes'); gateway jar $GATEWAY_JAR"
echo
echo "| Call | req/s | p50 | p99 | non-2xx | gateway CPU ms/req | downstream CPU ms/req | % of direct |"
echo "|---|---|---|---|---|---|---|---|"
PERMIT=/api/v1/permits/KZ-2026-000001
PUBLIC="/api/v1/public/permits/KZ-2026-000001?code=ABCD"
run "$GET_JWT" direct direct "http://127.0.0.1:$DOWNSTREAM_PORT$PERMIT" auth
run "$GET_JWT" "via gateway" "$GATEWAY_PID" "http://127.0.0.1:$GATEWAY_PORT$PERMIT" auth
run_floors() { # call path [wrk lua script]
  for floor in "${FLOORS_WANTED[@]}"; do
    local name=${floor%%|*}
    run "$1" "via $name" "${FLOOR_PIDS[$name]}" "http://127.0.0.1:${floor##*|}$2" auth ${3:+"$3"}
  done
}
run_floors "$GET_JWT" "$PERMIT"
run "GET /api/v1/public/permits/{n}" direct direct "http://127.0.0.1:$DOWNSTREAM_PORT$PUBLIC"
run "GET /api/v1/public/permits/{n}" "via gateway" "$GATEWAY_PID" "http://127.0.0.1:$GATEWAY_PORT$PUBLIC"
run "$POST_JWT" direct direct "http://127.0.0.1:$DOWNSTREAM_PORT$SUBMISSION" auth "$WORK/submission.lua"
run "$POST_JWT" "via gateway" "$GATEWAY_PID" "http://127.0.0.1:$GATEWAY_PORT$SUBMISSION" auth "$WORK/submission.lua"
run_floors "$POST_JWT" "$SUBMISSION" "$WORK/submission.lua"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ ${#SUMMARY[@]} -gt 0 ]; then
  echo
  echo "| Call | through | gateway CPU ms/req | % of direct |"
  echo "|---|---|---|---|"
  for line in "${SUMMARY[@]}"; do
    IFS='|' read -r call how cpu share <<<"$line"
    echo "| $call | $how | $cpu | $share |"
  done
fi
