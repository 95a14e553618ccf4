-- wrk script for bench/overhead.sh: POSTs one JSON body with optional bearer
-- auth, checks every response, and prints one machine-readable result line.
--
-- Environment (read in every thread; wrk runs this file once per thread plus
-- once in the main state):
--   BENCH_BODY_FILE  file whose content is sent as the request body (required)
--   BENCH_AUTH       bearer token; empty or unset = no Authorization header
--   BENCH_EXPECT     substring every 2xx body must contain; empty = no check
--
-- The result line (done() runs once, in the main state, after all threads):
--   BENCH_RESULT requests=N duration_us=N rps=F p50_us=N p90_us=N p99_us=N
--                max_us=N mean_us=F non2xx=N badbody=N err_connect=N
--                err_read=N err_write=N err_timeout=N err_status=N
-- latency:percentile() returns microseconds. Defining response() makes wrk
-- hand each body to Lua and disables its pipelining shortcuts; that costs the
-- client a little but the cost is the same for every target.

local body_file = os.getenv("BENCH_BODY_FILE")
if body_file == nil or body_file == "" then
  error("BENCH_BODY_FILE is not set")
end
local fh = assert(io.open(body_file, "rb"))
local body = fh:read("*a")
fh:close()

wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json, text/event-stream"
local auth = os.getenv("BENCH_AUTH")
if auth ~= nil and auth ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. auth
end

local expect = os.getenv("BENCH_EXPECT")
if expect == "" then expect = nil end

-- Per-thread counters live in each thread's own Lua state; setup() keeps the
-- thread handles so that done() can add them up with thread:get().
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
  badbody = 0
end

function response(status, headers, resp_body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  elseif expect ~= nil and (resp_body == nil or not string.find(resp_body, expect, 1, true)) then
    badbody = badbody + 1
  end
end

function done(summary, latency, requests)
  local non2xx_total, badbody_total = 0, 0
  for _, t in ipairs(threads) do
    non2xx_total = non2xx_total + (t:get("non2xx") or 0)
    badbody_total = badbody_total + (t:get("badbody") or 0)
  end
  local secs = summary.duration / 1e6
  local rps = 0
  if secs > 0 then rps = summary.requests / secs end
  io.write(string.format(
    "BENCH_RESULT requests=%d duration_us=%d rps=%.2f p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%.1f"
      .. " non2xx=%d badbody=%d err_connect=%d err_read=%d err_write=%d err_timeout=%d err_status=%d\n",
    summary.requests, summary.duration, rps,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean,
    non2xx_total, badbody_total,
    summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout, summary.errors.status))
end
