#!/usr/bin/env bash
# Whether a kept-alive connection through the gateway survives answers of the gateway's own (found
# in issue 18's intake runs, see gateway/README.md "Rejections"): the simulator, application-service
# and the gateway only (fee-service down, so the fees route answers 503), one token, one draft;
# then, per mode, 16 connections for SECS seconds, each alternating a request the gateway answers
# itself and a proxied one, every response parsed strictly (Content-Length or chunked), a reconnect
# where the gateway says `Connection: close`. Prints the answers read, the connections closed by the
# gateway and the timeouts (a request the server never answered within 10 s). Loopback only. Not a
# test.
#
#   bench/keep-alive-after-errors.sh                       (MODES="mix 403 404 proxied", SECS=30)
#   modes: mix (fees 503, then the draft's signing payload), 403 (a 401 without role), 404 (no
#          route), proxied (the signing payload only), local200 (/asyncapi.yaml), view (fees 503,
#          then the draft)
#
# Needs: JDK 25, the jars (./mvnw -B -DskipTests package), python3, curl; the local-stack ports free
# (run it under the same lock as the system tests).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/stack-lib.sh"
export SPRING_APPLICATION_JSON='{"cites":{"gateway":{"limits":{"rates":{"authenticated":{"capacity":10000000,"period":"1m"}}}}}}'
export LOCAL_STACK_APP_JAVA_OPTS=${APP_JAVA_OPTS:-"-XX:TieredStopAtLevel=4 -Xmx384m"}
echo "commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'); load $(cut -d' ' -f1-3 /proc/loadavg)"
start_stack --no-aot-cache --only egov-simulator,application-service,gateway
TOKEN=$(curl -fs -X POST http://localhost:8090/sim/idp/token -H 'Content-Type: application/json' \
  -d '{"iin":"811201401188","roles":["APPLICANT"]}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
DRAFT=$(curl -fs -X POST http://localhost:8080/api/v1/applications -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -d '{"permitType":"EXPORT","applicant":{"type":"INDIVIDUAL","iin":"811201401188","name":"Абенова Айгерим Сериковна","address":"Астана, Мәңгілік Ел 55","phone":"+77011234567","email":"abenova@example.kz"},"purposeCode":"Z","counterparty":{"name":"Tierpark Berlin","address":"Am Tierpark 125, Berlin","countryCode":"DE"},"specimens":[{"scientificName":"Falco cherrug","termCode":"LIV","quantity":2,"sourceCode":"C","countryOfOrigin":"KZ","marks":"closed rings KZ-2025-0041, KZ-2025-0042"}],"transport":{"borderCrossing":"Astana airport","plannedDate":"'"$(date -d '+1 month' +%F)"'"},"personalDataConsent":true}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
for mode in ${MODES:-mix 403 404 proxied}; do
  python3 "$HERE/keep-alive-after-errors.py" "$TOKEN" "$DRAFT" "${SECS:-30}" 16 "$mode"
done
