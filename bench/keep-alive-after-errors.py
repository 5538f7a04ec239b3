# Keep-alive through the gateway, run by bench/keep-alive-after-errors.sh: per connection, alternate a
# request the gateway answers itself (mode) and a proxied one; parse every response strictly
# (Content-Length or chunked), reconnect where the gateway answers `Connection: close`, and count a
# request not answered within 10 s as a timeout. Arguments: token draft-id seconds connections mode.
import socket, sys, threading, time
HOST, PORT = "127.0.0.1", 8080
token, draft, seconds, conns = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
mode = sys.argv[5] if len(sys.argv) > 5 else "mix"
reqs = [f"GET /api/v1/fees/quote?date={time.strftime('%Y-%m-%d')} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {token}\r\n\r\n",
        f"GET /api/v1/applications/{draft}/signing-payload HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {token}\r\n\r\n"]
if mode == "proxied": reqs = [reqs[1], reqs[1]]
if mode == "404": reqs = [f"GET /api/v1/nothing HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {token}\r\n\r\n", reqs[1]]
if mode == "403": reqs = [f"GET /api/v1/verifications/x HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {token}\r\n\r\n", reqs[1]]
if mode == "local200": reqs = [f"GET /asyncapi.yaml HTTP/1.1\r\nHost: localhost\r\n\r\n", reqs[1]]
if mode == "pubproxied": reqs = [f"GET /api/v1/public/permits/KZ-2026-000001?code=ABCD HTTP/1.1\r\nHost: localhost\r\n\r\n", reqs[1]]
if mode == "view": reqs = [reqs[0], f"GET /api/v1/applications/{draft} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {token}\r\n\r\n"]
stats = {"ok": 0, "bad": 0, "timeouts": 0}; lock = threading.Lock(); samples = []
def read_response(f):
    status = f.readline()
    if not status: raise EOFError("closed")
    if not status.startswith(b"HTTP/1.1 "): raise ValueError("desync: " + repr(status[:200]))
    headers = {}
    while True:
        line = f.readline()
        if line in (b"\r\n", b""): break
        k, _, v = line.decode("latin-1").partition(":"); headers.setdefault(k.strip().lower(), []).append(v.strip())
    if "content-length" in headers:
        if len(headers["content-length"]) > 1: raise ValueError("two content-lengths " + str(headers["content-length"]))
        body = f.read(int(headers["content-length"][0]))
    elif "chunked" in ",".join(headers.get("transfer-encoding", [])):
        body = b""
        while True:
            size = int(f.readline().strip().split(b";")[0], 16)
            if size == 0: f.readline(); break
            body += f.read(size); f.readline()
    else:
        body = b""
    return status.split()[1], headers, body
def worker():
    end = time.time() + seconds
    s = socket.create_connection((HOST, PORT)); s.settimeout(10); f = s.makefile("rb")
    i = 0
    while time.time() < end:
        r = reqs[i % 2]; i += 1
        cid = f'c-{threading.get_ident() % 100000}-{i}'
        r = r.replace('Host: localhost\r\n', f'Host: localhost\r\nX-Correlation-Id: {cid}\r\n')
        try:
            s.sendall(r.encode()); code, h, b = read_response(f)
            with lock: stats["ok"] += 1
            if "close" in ",".join(h.get("connection", [])).lower():
                with lock: stats["closed"] = stats.get("closed", 0) + 1
                s.close(); s = socket.create_connection((HOST, PORT)); s.settimeout(10); f = s.makefile("rb")
        except socket.timeout:
            with lock: stats["timeouts"] += 1; samples.append(f"timeout after {r.split()[1]} (i={i}) {cid}")
            s.close(); s = socket.create_connection((HOST, PORT)); s.settimeout(10); f = s.makefile("rb")
        except Exception as e:
            with lock: stats["bad"] += 1; samples.append(f"{type(e).__name__}: {e} after {r.split()[1]}")
            s.close(); s = socket.create_connection((HOST, PORT)); s.settimeout(10); f = s.makefile("rb")
threads = [threading.Thread(target=worker) for _ in range(conns)]
[t.start() for t in threads]; [t.join() for t in threads]
print("RESULT", mode, stats); [print("sample:", x) for x in samples[:10]]
