#!/usr/bin/env bash
# The gateway's cost on a read endpoint: the same GET called directly on the downstream and through
# the gateway, side by side in one run, with wrk. Loopback only, bounded duration. Not a test.
#
#   bench/gateway-overhead.sh [duration-seconds] [connections]
#   env: WARMUP (seconds, default 15), GATEWAY_ARGS (extra --property=value for the gateway),
#        GATEWAY_JVM_ARGS (extra JVM options, e.g. -XX:StartFlightRecording=filename=gw.jfr to profile),
#        KEEP_LOGS (a folder to copy the gateway's and WireMock's logs to)
#        GATEWAY_JAR (another build of the gateway to measure, e.g. a baseline for a before/after)
#
# Needs: wrk (apt-get install -y wrk), openssl, python3, JDK 25, the gateway jar
# (./mvnw -pl gateway package) and the WireMock standalone jar in ~/.m2 (a test dependency).
# The downstream is WireMock serving a fixed permit JSON and the JWKS; the token is signed here.
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
                         "iin": "870101300123", "roles": ["OFFICER"],
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
PY
TOKEN=$(cat "$WORK/token")

wait_for() { # url
  for _ in $(seq 1 120); do curl -fs -o /dev/null "$1" && return 0; sleep 0.5; done
  echo "not up: $1" >&2; exit 1
}

"$JAVA" -Xmx256m -jar "$WIREMOCK_JAR" --bind-address 127.0.0.1 --port "$DOWNSTREAM_PORT" \
  --root-dir "$WORK/wm" --no-request-journal --disable-banner --async-response-enabled true \
  --container-threads 64 >"$WORK/wiremock.log" 2>&1 &
PIDS+=($!)
wait_for "http://127.0.0.1:$DOWNSTREAM_PORT/sim/idp/jwks"

PERMIT_SERVICE_URL=http://127.0.0.1:$DOWNSTREAM_PORT \
CITES_JWKS_URI=http://127.0.0.1:$DOWNSTREAM_PORT/sim/idp/jwks CITES_ISSUER=$ISSUER \
"$JAVA" -Xmx256m ${GATEWAY_JVM_ARGS:-} -jar "$GATEWAY_JAR" --server.address=127.0.0.1 --server.port=$GATEWAY_PORT \
  --management.server.port=$GATEWAY_MANAGEMENT_PORT \
  --cites.gateway.limits.rates.authenticated.capacity=1000000000 \
  --cites.gateway.limits.rates.public.capacity=1000000000 ${GATEWAY_ARGS:-} \
  >"$WORK/gateway.log" 2>&1 &
PIDS+=($!)
GATEWAY_PID=$!
DOWNSTREAM_PID=${PIDS[0]}
wait_for "http://127.0.0.1:$GATEWAY_MANAGEMENT_PORT/actuator/health"

cpu_ticks() { # pid -> utime+stime in clock ticks
  awk '{print $14 + $15}' "/proc/$1/stat"
}

run() { # label url [auth]
  local label=$1 url=$2 auth=${3:-}
  local args=(-t2 -c"$CONNECTIONS" --latency)
  [ -n "$auth" ] && args+=(-H "Authorization: Bearer $TOKEN")
  wrk "${args[@]}" -d"${WARMUP}s" "$url" >/dev/null
  local out before_gw before_ds
  before_gw=$(cpu_ticks "$GATEWAY_PID")
  before_ds=$(cpu_ticks "$DOWNSTREAM_PID")
  out=$(wrk "${args[@]}" -d"${DURATION}s" "$url")
  local gw_ticks=$(( $(cpu_ticks "$GATEWAY_PID") - before_gw ))
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
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$rps" "$p50" "$p99" "${non2xx:-0}" \
    "$(awk -v t="$gw_ticks" -v n="$total" -v hz="$hz" 'BEGIN {printf "%.3f", t * 1000 / hz / n}')" \
    "$(awk -v t="$ds_ticks" -v n="$total" -v hz="$hz" 'BEGIN {printf "%.3f", t * 1000 / hz / n}')"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk, $CONNECTIONS connections, 2 threads, ${DURATION}s after ${WARMUP}s warm-up; $(nproc) cores; $("$JAVA" -version 2>&1 | head -1)"
echo
echo "| Call | req/s | p50 | p99 | non-2xx | gateway CPU ms/req | downstream CPU ms/req |"
echo "|---|---|---|---|---|---|---|"
run "GET /api/v1/permits/{n} (JWT) direct" "http://127.0.0.1:$DOWNSTREAM_PORT/api/v1/permits/KZ-2026-000001" auth
run "GET /api/v1/permits/{n} (JWT) via gateway" "http://127.0.0.1:$GATEWAY_PORT/api/v1/permits/KZ-2026-000001" auth
run "GET /api/v1/public/permits/{n} direct" "http://127.0.0.1:$DOWNSTREAM_PORT/api/v1/public/permits/KZ-2026-000001?code=ABCD"
run "GET /api/v1/public/permits/{n} via gateway" "http://127.0.0.1:$GATEWAY_PORT/api/v1/public/permits/KZ-2026-000001?code=ABCD"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
