-- wrk: POST the ~3 KB submission body (bench/floor/intake/submission.json) to the given URL.
local file = io.open(os.getenv("FLOOR_BODY"), "rb")
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
