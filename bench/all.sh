#!/usr/bin/env bash
# Every figure of issue 18's table in one run, each beside its anchor (the direct call, pgbench)
# and its target, for docs/benchmarks.md. Runs the scripts one after the other on this machine;
# nothing else should run meanwhile. About 40 minutes with the defaults (the footprint step starts
# the stack twice: the first start records the AOT caches, the second uses them). Not a test.
#
#   bench/all.sh
#   env: OPEN_RATE (default 40), OPEN_SECONDS (300), OPEN_WARMUP (30), SUBMIT_CLIENTS (16),
#        SUBMIT_PER_CLIENT (60), GATEWAY_SECONDS (20), KEEP (a folder to keep every script's output)
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${KEEP:-$(mktemp -d)}
mkdir -p "$OUT"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo),"\
  "load before: $(cut -d' ' -f1-3 /proc/loadavg); outputs in $OUT"

WARMUP=30 "$HERE/gateway-overhead.sh" "${GATEWAY_SECONDS:-20}" 32 > "$OUT/gateway.out" 2>&1
WARMUP=15 MODE=intake "$HERE/submissions.sh" "${SUBMIT_CLIENTS:-16}" "${SUBMIT_PER_CLIENT:-60}" 30 \
  > "$OUT/intake.out" 2>&1
"$HERE/open-model.sh" "${OPEN_RATE:-40}" "${OPEN_SECONDS:-300}" "${OPEN_WARMUP:-30}" \
  > "$OUT/open-model.out" 2>&1
"$HERE/stack-footprint.sh" > "$OUT/footprint.out" 2>&1

python3 - "$OUT" <<'PY'
import re, sys
out = sys.argv[1]
read = lambda name: open(f"{out}/{name}").read()
def row(text, label):
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("| ") and cells[0] == label:
            return cells
    return None
def num(pattern, text, default="?"):
    m = re.search(pattern, text)
    return m.group(1) if m else default

gw = read("gateway.out")
direct = row(gw, "GET /api/v1/permits/{n} (JWT) direct")
via = row(gw, "GET /api/v1/permits/{n} (JWT) via gateway")
floors = [(name, row(gw, f"GET /api/v1/permits/{{n}} (JWT) via {name}"))
          for name in ("bare SCG", "SCG+JWT", "SCG+JWT remembered")]
floor = "".join(f"; {name} {r[5]} ms ({r[7]})" for name, r in floors if r)
intake = read("intake.out")
open_model = read("open-model.out")
footprint = read("footprint.out")

lines = ["| Figure | Measured | Anchor (same run) | Target |", "|---|---|---|---|"]
if direct and via:
    share = 100 * float(via[1]) / float(direct[1])
    lines.append(f"| Gateway, authenticated GET | {float(via[1]):,.0f} req/s ({share:.1f}% of direct), "
                 f"{via[5]} ms gateway CPU/request | direct {float(direct[1]):,.0f} req/s{floor} | >= 30% of direct, <= 0.15 ms |")
cpu = num(r"CPU ms per submission:(.*)", intake, "")
gw_cpu = num(r"gateway=([0-9.]+)", cpu)
app_cpu = num(r"application-service=([0-9.]+)", cpu)
lines.append(f"| Gateway CPU per submission (POST ~3 KB) | {gw_cpu} ms | — | <= 0.3 ms |")
tput = num(r"throughput=([0-9.]+)/s", intake)
p99 = num(r"RESULT submissions=.* p99=([0-9.]+)ms", intake)
pg = num(r"tps = ([0-9.]+)", intake)
share = f"{100 * float(tput) / float(pg):.1f}% of pgbench" if tput != "?" and pg != "?" else "?"
lines.append(f"| Intake, 16 clients | {tput} submissions/s ({share}), p99 {p99} ms, application-service "
             f"{app_cpu} ms CPU/submission | pgbench {pg} tx/s | >= 600/s (>= 6.5%), <= 2 ms, p99 <= 100 ms |")
lines.append(f"| Whole system, CPU per application | {num(r'processes=([0-9.]+)', open_model)} ms "
             f"(all processes, submission to permit) | — | <= 20 ms |")
lines.append(f"| Open model, submit -> ISSUED | p50 {num(r'ISSUED p50=([0-9.]+)ms', open_model)} ms, "
             f"p99 {num(r'ISSUED p50=[0-9.]+ms p95=[0-9.]+ms p99=([0-9.]+)ms', open_model)} ms, "
             f"not issued {num(r'not-issued=([0-9]+)', open_model)} (of which refused {num(r'refused=([0-9]+)', open_model)}) "
             f"at {num(r'rate=([0-9.]+)/s', open_model)}/s | — | at 40/s for 5 min: p50 <= 150 ms, p99 <= 500 ms, none lost |")
lines.append(f"| Local stack idle memory / start | {num(r'rss=([0-9]+)MiB', footprint)} MiB RSS "
             f"({num(r'pss=([0-9]+)MiB', footprint)} MiB PSS) / {num(r'start=([0-9.]+)s', footprint)} s | — | <= 1.5 GiB / <= 30 s |")
print("\n".join(lines))
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
