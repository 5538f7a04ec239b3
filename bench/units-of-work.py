"""Per-application units of work from bench/units-of-work.sh's snapshots (see there). Not a test.

    python3 bench/units-of-work.py WORK apps.pids
"""
import collections
import os
import re
import sys

work = sys.argv[1]
SERVICES = {"18080": "gateway", "18081": "application-service", "18082": "verification-service",
            "18083": "fee-service", "18084": "permit-service", "18090": "egov-simulator"}
SAMPLE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)')
LABEL = re.compile(r'(\w+)="((?:[^"\\]|\\.)*)"')


def read(name):
    d = os.path.join(work, "snap-" + name)
    snap = {"time": float(open(os.path.join(d, "time")).read())}
    snap["db"] = {}
    for line in open(os.path.join(d, "databases")):
        f = line.split()
        snap["db"][f[0]] = dict(zip(["commit", "rollback", "ins", "upd", "del", "returned", "fetched"],
                                    map(int, f[1:])))
    snap["tables"] = {}
    for line in open(os.path.join(d, "tables")):
        f = line.split()
        snap["tables"][(f[0], f[1])] = dict(zip(["ins", "upd", "del", "seq", "idx"], map(int, f[2:])))
    snap["cpu"] = {}
    for line in open(os.path.join(d, "cpu")):
        f = line.split()
        if len(f) == 2:
            snap["cpu"][f[0]] = int(f[1])
    snap["prom"] = {}
    for port, service in SERVICES.items():
        series = collections.Counter()
        path = os.path.join(d, "prometheus-" + port)
        if os.path.exists(path):
            for line in open(path):
                m = SAMPLE.match(line)
                if not m or line.startswith("#"):
                    continue
                labels = dict(LABEL.findall(m.group(3) or ""))
                try:
                    series[(m.group(1), tuple(sorted(labels.items())))] += float(m.group(4))
                except ValueError:
                    pass
        snap["prom"][service] = series
    return snap


idle0, idle1, load0, load1 = (read(n) for n in ("idle-start", "idle-end", "load-start", "load-end"))
idle_s = idle1["time"] - idle0["time"]
load_s = load1["time"] - load0["time"]
result = open(os.path.join(work, "load.out")).read()
m = re.search(r"applications=(\d+) issued=(\d+)", result)
apps = int(m.group(2)) if m else 0
if apps == 0:
    sys.exit("no application issued: nothing to divide by")
print(f"\nUNITS OF WORK per application: {apps} applications issued in a window of {load_s:.1f} s;"
      f" background = the idle stack's rate over {idle_s:.0f} s, scaled to the window")
print("  'per app' = (window - background) / applications; 'background' = its share per application")


def per_app(window, idle):
    background = idle / idle_s * load_s
    return (window - background) / apps, background / apps


def row(label, window, idle, width=44):
    net, bg = per_app(window, idle)
    print(f"  {label:<{width}} {net:8.2f}   (background {bg:6.2f}, raw {window / apps:8.2f})")


print("\nPostgreSQL transactions committed (pg_stat_database.xact_commit), per application:")
for k in ("commit", "rollback"):
    total_w = total_i = 0
    for db in sorted(load1["db"]):
        w = load1["db"][db][k] - load0["db"][db][k]
        i = idle1["db"][db][k] - idle0["db"][db][k]
        total_w, total_i = total_w + w, total_i + i
        row(f"{db} {k}", w, i)
    row(f"all databases {k}", total_w, total_i)

print("\nRows written, per application (pg_stat_database tup_inserted / tup_updated / tup_deleted):")
for db in sorted(load1["db"]):
    for k in ("ins", "upd", "del"):
        row(f"{db} {k}", load1["db"][db][k] - load0["db"][db][k], idle1["db"][db][k] - idle0["db"][db][k])

print("\nRows per table, per application (pg_stat_user_tables; tables with >= 0.05 per application):")
for key in sorted(load1["tables"]):
    if key not in load0["tables"]:
        continue
    parts = []
    for k in ("ins", "upd", "del", "idx", "seq"):
        w = load1["tables"][key][k] - load0["tables"][key][k]
        i = idle1["tables"].get(key, {}).get(k, 0) - idle0["tables"].get(key, {}).get(k, 0)
        net, bg = per_app(w, i)
        parts.append((k, net, bg))
    if any(abs(net) >= 0.05 for k, net, bg in parts if k in ("ins", "upd", "del")):
        print(f"  {key[0] + '.' + key[1]:<44} " + "  ".join(
            f"{k} {net:6.2f}" + (f" (bg {bg:.2f})" if bg >= 0.05 else "") for k, net, bg in parts))


def delta(name_filter, service, by=None, exclude=None):
    """Sum of the counters matching over the window and the idle window, grouped by labels `by`."""
    out = collections.defaultdict(lambda: [0.0, 0.0])
    for snap_pair, slot in (((load0, load1), 0), ((idle0, idle1), 1)):
        a, b = snap_pair[0]["prom"][service], snap_pair[1]["prom"][service]
        for (name, labels), value in b.items():
            if not name_filter(name, dict(labels)):
                continue
            d = dict(labels)
            if exclude and exclude(d):
                continue
            key = tuple(d.get(x, "") for x in by) if by else ()
            out[key][slot] += value - a.get((name, labels), 0.0)
    return out


print("\nHTTP requests served, per application (http_server_requests, actuator excluded):")
grand_w = grand_i = 0
for service in SERVICES.values():
    groups = delta(lambda n, l: n == "http_server_requests_seconds_count", service, by=("method", "uri", "status"),
                   exclude=lambda l: l.get("uri", "").startswith("/actuator"))
    w = sum(v[0] for v in groups.values())
    i = sum(v[1] for v in groups.values())
    grand_w, grand_i = grand_w + w, grand_i + i
    row(f"{service}", w, i)
    for key, (gw, gi) in sorted(groups.items(), key=lambda kv: -kv[1][0]):
        if gw / apps >= 0.05:
            row("    " + " ".join(key), gw, gi, width=40)
row("all services (a request through the gateway counts twice)", grand_w, grand_i, width=60)

print("\nHTTP client calls made, per application (http_client_requests):")
for service in SERVICES.values():
    groups = delta(lambda n, l: n == "http_client_requests_seconds_count", service, by=("method", "uri", "client_name"))
    w = sum(v[0] for v in groups.values())
    i = sum(v[1] for v in groups.values())
    if w or i:
        row(f"{service}", w, i)
        for key, (gw, gi) in sorted(groups.items(), key=lambda kv: -kv[1][0]):
            if gw / apps >= 0.05:
                row("    " + " ".join(key), gw, gi, width=40)

print("\nKafka records, per application (client metrics: consumed = records-consumed-total per topic,"
      " each topic once; produced = record-send-total):")
for service in SERVICES.values():
    # the client reports each topic twice, as cites.x.events and cites_x_events: the dotted ones
    per_topic = delta(lambda n, l: n == "kafka_consumer_fetch_manager_records_consumed_total" and "." in l.get("topic", ""),
                      service, by=("topic",))
    produced = delta(lambda n, l: n == "kafka_producer_record_send_total", service).get((), [0, 0])
    c = [sum(v[0] for v in per_topic.values()), sum(v[1] for v in per_topic.values())]
    if c[0] or c[1] or produced[0] or produced[1]:
        row(f"{service} consumed", c[0], c[1])
        for key, (gw, gi) in sorted(per_topic.items()):
            if gw / apps >= 0.05:
                row("    from " + key[0], gw, gi, width=40)
        row(f"{service} produced", produced[0], produced[1])

print("\nCPU ms per application (utime + stime, same window; 'jit' = the JVM's compiler threads):")
tick_ms = 10.0
total_w = total_i = 0
jit_w = jit_i = 0
for proc in load1["cpu"]:
    if proc.startswith("jit:"):
        continue
    w = (load1["cpu"][proc] - load0["cpu"].get(proc, 0)) * tick_ms
    i = (idle1["cpu"].get(proc, 0) - idle0["cpu"].get(proc, 0)) * tick_ms
    total_w, total_i = total_w + w, total_i + i
    row(proc, w, i)
    if "jit:" + proc in load1["cpu"]:
        jw = (load1["cpu"]["jit:" + proc] - load0["cpu"].get("jit:" + proc, 0)) * tick_ms
        ji = (idle1["cpu"].get("jit:" + proc, 0) - idle0["cpu"].get("jit:" + proc, 0)) * tick_ms
        jit_w, jit_i = jit_w + jw, jit_i + ji
        row("    of which jit", jw, ji, width=40)
row("all processes", total_w, total_i)
row("    of which jit", jit_w, jit_i, width=40)
row("all processes without jit", total_w - jit_w, total_i - jit_i)
