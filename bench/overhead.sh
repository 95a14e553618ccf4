#!/usr/bin/env bash
# bench/overhead.sh - how much does Dogana cost compared with a plain proxy?
#
# One run measures, with wrk, the same OpenAI chat-completion request against
#   (a) backend  a fake OpenAI backend (nginx serving canned responses),
#   (b) proxy    a plain nginx reverse proxy in front of (a),
#   (c) gateway  Dogana (target/quarkus-app/quarkus-run.jar) in front of (a),
# in two scenarios:
#   chat    non-streaming request, JSON chat.completion answer (model bench-model),
#   stream  "stream": true, text/event-stream answer of 20 chunks + [DONE]
#           (model bench-stream, served by a second Dogana backend).
# It prints requests/s, p50 and p99 for each, the c/b ratios, and writes the
# table to bench/results/overhead-<UTC timestamp>.txt (raw wrk output beside it
# as .log).
#
# Everything listens on 127.0.0.1 only, and everything started here is stopped
# on exit (trap). Needs nginx, wrk and curl; installs the missing ones with
# apt-get. Builds the gateway with Maven when its jar is missing.
#
# Environment (all optional):
#   DURATION=15s       length of each measured run (wrk -d syntax: 15s, 1m)
#   WARMUP=5s          unmeasured run before each measured one; 0 = none
#   GATEWAY_WARMUP=20s unmeasured run of each scenario against the gateway before any measurement (JIT)
#   THREADS=2          wrk threads
#   CONNECTIONS=32     wrk connections (kept open for the whole run)
#   WRK_TIMEOUT=10s    wrk per-request timeout
#   TARGETS="backend proxy gateway"   subset/order of targets to run
#   SCENARIOS="chat stream"           subset/order of scenarios to run
#   SKIP_GATEWAY=1     shorthand for TARGETS="backend proxy"
#   NGINX_WORKERS=auto nginx worker_processes (shared by (a) and (b))
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
#   GATEWAY_JAR=<repo>/target/quarkus-app/quarkus-run.jar
#   GATEWAY_JAVA_OPTS  extra JVM options for the gateway (e.g. -Xmx1g)
#   READY_TIMEOUT=120  seconds to wait for the gateway's /q/health/ready
#   RESULTS_DIR=<repo>/bench/results
#   KEEP_WORK=1        keep the temp dir (logs, rendered config) after exit
#   WRK_CPUS, SERVER_CPUS  taskset CPU lists to pin wrk and the servers (nginx
#                      and the JVM) apart, e.g. WRK_CPUS=0 SERVER_CPUS=1; unset =
#                      no pinning. Pinning steadies p99 (no load generator
#                      stealing the servers' CPU) but gives the servers fewer
#                      CPUs, and a JVM that sees 1 CPU picks SerialGC.
# Any other variable in the environment (e.g. QUARKUS_LOG_LEVEL) reaches the
# gateway process unchanged.
#
# All processes share this machine's cores (wrk, nginx and the JVM compete),
# so absolute numbers depend on the host: compare the ratios.

set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$SCRIPT_DIR/.." && pwd)"
CONF_DIR="$SCRIPT_DIR/overhead"

DURATION="${DURATION:-15s}"
WARMUP="${WARMUP:-5s}"
GATEWAY_WARMUP="${GATEWAY_WARMUP:-20s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
WRK_TIMEOUT="${WRK_TIMEOUT:-10s}"
TARGETS="${TARGETS:-backend proxy gateway}"
SCENARIOS="${SCENARIOS:-chat stream}"
if [[ "${SKIP_GATEWAY:-0}" == 1 ]]; then TARGETS="backend proxy"; fi
NGINX_WORKERS="${NGINX_WORKERS:-auto}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
GATEWAY_JAR="${GATEWAY_JAR:-$REPO_DIR/target/quarkus-app/quarkus-run.jar}"
GATEWAY_JAVA_OPTS="${GATEWAY_JAVA_OPTS:-}"
READY_TIMEOUT="${READY_TIMEOUT:-120}"
RESULTS_DIR="${RESULTS_DIR:-$REPO_DIR/bench/results}"
KEEP_WORK="${KEEP_WORK:-0}"
WRK_CPUS="${WRK_CPUS:-}"
SERVER_CPUS="${SERVER_CPUS:-}"

log() { printf '[overhead] %s\n' "$*" >&2; }
die() { printf '[overhead] ERROR: %s\n' "$*" >&2; exit 1; }

has_target() { [[ " $TARGETS " == *" $1 "* ]]; }

for t in $TARGETS; do
  case "$t" in backend|proxy|gateway) ;; *) die "unknown target '$t' (backend, proxy, gateway)";; esac
done
for s in $SCENARIOS; do
  case "$s" in chat|stream) ;; *) die "unknown scenario '$s' (chat, stream)";; esac
done

# ------------------------------------------------------------------ tools
# Debian puts nginx in /usr/sbin, which a non-root PATH may lack.
find_nginx() { command -v nginx 2>/dev/null || { [[ -x /usr/sbin/nginx ]] && echo /usr/sbin/nginx; } || true; }

missing=()
[[ -n "$(find_nginx)" ]] || missing+=(nginx)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v curl >/dev/null 2>&1 || missing+=(curl)
if ((${#missing[@]})); then
  log "installing ${missing[*]} with apt-get"
  SUDO=""
  if [[ $EUID -ne 0 ]]; then command -v sudo >/dev/null 2>&1 || die "need root or sudo to install ${missing[*]}"; SUDO=sudo; fi
  $SUDO apt-get update -qq
  # RUNLEVEL=1 keeps the package's init script from starting a system-wide
  # nginx on port 80; this script runs its own instance.
  $SUDO env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 \
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
NGINX_BIN="$(find_nginx)"
[[ -n "$NGINX_BIN" ]] || die "nginx not found after install"

# Command prefixes that pin a process to a CPU list (empty = not pinned).
WRK_PIN=()
SERVER_PIN=()
if [[ -n "$WRK_CPUS$SERVER_CPUS" ]]; then
  command -v taskset >/dev/null 2>&1 || die "WRK_CPUS/SERVER_CPUS need taskset (util-linux)"
  [[ -n "$WRK_CPUS" ]] && WRK_PIN=(taskset -c "$WRK_CPUS")
  [[ -n "$SERVER_CPUS" ]] && SERVER_PIN=(taskset -c "$SERVER_CPUS")
fi

# ------------------------------------------------------------------ cleanup
WORK=""
NGINX_PID=""
GATEWAY_PID=""
WRK_PID=""

# stop_pid PID NAME SIGNAL SECONDS: signal a child we started, wait for it to
# exit, SIGKILL it when it does not within SECONDS.
stop_pid() {
  local pid="$1" name="$2" sig="$3" secs="$4" i
  [[ -n "$pid" ]] || return 0
  kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null; return 0; }
  kill "-$sig" "$pid" 2>/dev/null || true
  for ((i = 0; i < secs * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "$name (pid $pid) did not stop, killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local rc=$?
  set +e
  trap - EXIT INT TERM
  if [[ $rc -ne 0 && -n "$WORK" ]]; then
    if [[ -s "$WORK/gateway.log" ]]; then
      log "last lines of the gateway log ($WORK/gateway.log):"
      tail -n 40 "$WORK/gateway.log" >&2
    fi
    if [[ -s "$WORK/nginx/logs/error.log" ]]; then
      log "last lines of the nginx error log:"
      tail -n 20 "$WORK/nginx/logs/error.log" >&2
    fi
  fi
  stop_pid "$WRK_PID" wrk TERM 5
  stop_pid "$GATEWAY_PID" gateway TERM 30
  # nginx: TERM = fast shutdown of master and workers.
  stop_pid "$NGINX_PID" nginx TERM 10
  if [[ -n "$WORK" && -d "$WORK" ]]; then
    if [[ "$KEEP_WORK" == 1 ]]; then log "kept work dir $WORK"; else rm -rf "$WORK"; fi
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

WORK="$(mktemp -d "${TMPDIR:-/tmp}/dogana-overhead.XXXXXX")"
# nginx workers run as an unprivileged user when started by root: they must
# be able to traverse the work dir and read the fixtures.
chmod 755 "$WORK"

# ------------------------------------------------------------------ ports
# A port is free when nothing accepts a connection on it (bash /dev/tcp).
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# pick_port [TAKEN...]: a random free port in 20000-59999, not among TAKEN.
pick_port() {
  local p i taken=" $* "
  for ((i = 0; i < 200; i++)); do
    p=$((20000 + RANDOM % 40000))
    [[ "$taken" == *" $p "* ]] && continue
    port_open "$p" && continue
    echo "$p"
    return 0
  done
  return 1
}

BACKEND_PORT="${BACKEND_PORT:-$(pick_port)}" || die "no free port"
PROXY_PORT="${PROXY_PORT:-$(pick_port "$BACKEND_PORT")}" || die "no free port"
GATEWAY_PORT="${GATEWAY_PORT:-$(pick_port "$BACKEND_PORT" "$PROXY_PORT")}" || die "no free port"

# wait_port PORT SECONDS
wait_port() {
  local i
  for ((i = 0; i < $2 * 10; i++)); do
    port_open "$1" && return 0
    sleep 0.1
  done
  return 1
}

# ------------------------------------------------------------------ nginx
NGX="$WORK/nginx"
WWW="$WORK/www"
mkdir -p "$NGX/logs" "$NGX/tmp" "$WWW/v1/chat" "$WWW/sse/v1/chat"
FIX="$CONF_DIR/fixtures"
# The fixture files are named after the URLs they answer (see nginx.conf.template).
cp "$FIX/models.json"          "$WWW/v1/models"
cp "$FIX/chat-completion.json" "$WWW/v1/chat/completions"
cp "$FIX/models-sse.json"      "$WWW/sse/v1/models"
cp "$FIX/chat-completion.sse"  "$WWW/sse/v1/chat/completions"
chmod -R a+rX "$WWW"

sed -e "s|@PREFIX@|$NGX|g" \
    -e "s|@WWW@|$WWW|g" \
    -e "s|@BACKEND_PORT@|$BACKEND_PORT|g" \
    -e "s|@PROXY_PORT@|$PROXY_PORT|g" \
    -e "s|@WORKERS@|$NGINX_WORKERS|g" \
    "$CONF_DIR/nginx.conf.template" > "$NGX/nginx.conf"
if grep -q '@[A-Z_]*@' "$NGX/nginx.conf"; then die "unrendered placeholder in nginx.conf"; fi

# -e: error log before the config is read (else the compiled-in
# /var/log/nginx/error.log is opened, which fails for non-root users).
"$NGINX_BIN" -p "$NGX" -e "$NGX/logs/error.log" -c "$NGX/nginx.conf" -t -q \
  || die "nginx config test failed ($NGX/nginx.conf)"
# taskset execs nginx, so $! is the nginx master's pid either way.
"${SERVER_PIN[@]}" "$NGINX_BIN" -p "$NGX" -e "$NGX/logs/error.log" -c "$NGX/nginx.conf" &
NGINX_PID=$!
if ! { wait_port "$BACKEND_PORT" 10 && wait_port "$PROXY_PORT" 10; }; then
  die "nginx did not start listening on $BACKEND_PORT/$PROXY_PORT"
fi
log "fake backend on 127.0.0.1:$BACKEND_PORT, nginx proxy on 127.0.0.1:$PROXY_PORT (nginx pid $NGINX_PID)"

# check_post NAME URL BODYFILE EXPECTED_SUBSTRING [AUTH] [CONTENT_TYPE_PREFIX]
# One request with curl; dies with the response when it is not a 200 with the
# expected content.
check_post() {
  local name="$1" url="$2" bodyfile="$3" expect="$4" auth="${5:-}" ctype="${6:-}"
  local out="$WORK/check.out" meta code ct
  local args=(-sS -o "$out" -w '%{http_code} %{content_type}' -X POST
              -H 'Content-Type: application/json' --data-binary "@$bodyfile" --max-time 30)
  [[ -n "$auth" ]] && args+=(-H "Authorization: Bearer $auth")
  meta="$(curl "${args[@]}" "$url")" || die "$name: curl failed for $url"
  code="${meta%% *}"
  ct="${meta#* }"
  if [[ "$code" != 200 ]] || ! grep -qF -- "$expect" "$out" || [[ -n "$ctype" && "$ct" != "$ctype"* ]]; then
    log "$name: POST $url -> HTTP $code, content-type '$ct'; body:"
    head -c 2000 "$out" >&2; echo >&2
    die "$name: expected HTTP 200${ctype:+ with $ctype} and a body containing '$expect'"
  fi
}

check_get() {
  local name="$1" url="$2" expect="$3" code
  code="$(curl -sS -o "$WORK/check.out" -w '%{http_code}' --max-time 10 "$url")" || die "$name: curl failed for $url"
  if [[ "$code" != 200 ]] || ! grep -qF -- "$expect" "$WORK/check.out"; then
    die "$name: GET $url -> HTTP $code: $(head -c 500 "$WORK/check.out")"
  fi
}

REQ_CHAT="$FIX/request.json"
REQ_STREAM="$FIX/request-stream.json"
for port in "$BACKEND_PORT" "$PROXY_PORT"; do
  base="http://127.0.0.1:$port"
  check_get  "models($port)"     "$base/v1/models"     '"bench-model"'
  check_get  "sse-models($port)" "$base/sse/v1/models" '"bench-stream"'
  check_post "chat($port)"   "$base/v1/chat/completions"     "$REQ_CHAT"   '"object":"chat.completion"' "" application/json
  check_post "stream($port)" "$base/sse/v1/chat/completions" "$REQ_STREAM" 'data: [DONE]'              "" text/event-stream
done
log "fake backend and proxy answer POST with 200"

# ------------------------------------------------------------------ gateway
GATEWAY_KEY=""
if has_target gateway; then
  JAVA_BIN="$JAVA_HOME/bin/java"
  [[ -x "$JAVA_BIN" ]] || JAVA_BIN="$(command -v java)" || die "no java (JAVA_HOME=$JAVA_HOME)"
  if [[ ! -f "$GATEWAY_JAR" ]]; then
    log "$GATEWAY_JAR missing, building it (mvn -B -q package -DskipTests)"
    (cd "$REPO_DIR" && mvn -B -q package -DskipTests) || die "maven build failed"
    [[ -f "$GATEWAY_JAR" ]] || die "build finished but $GATEWAY_JAR does not exist"
  fi

  MASTER_KEY="dg_master_$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
  mkdir -p "$WORK/audit" "$WORK/gateway-cwd"
  log "starting Dogana on 127.0.0.1:$GATEWAY_PORT"
  # Its own working directory, so that relative paths (an embedded database,
  # say) land in the temp dir and not in the repository. exec keeps $! the
  # JVM's own pid.
  # shellcheck disable=SC2086 # GATEWAY_JAVA_OPTS is a list of options
  (
    cd "$WORK/gateway-cwd"
    exec env \
      QUARKUS_HTTP_HOST=127.0.0.1 \
      QUARKUS_HTTP_PORT="$GATEWAY_PORT" \
      DOGANA_MASTER_KEY="$MASTER_KEY" \
      DOGANA_AUDIT_DIR="$WORK/audit" \
      DOGANA_POLICIES_DIR="${POLICIES_DIR:-$REPO_DIR/policies}" \
      DOGANA_BACKENDS_BENCH_URL="http://127.0.0.1:$BACKEND_PORT/v1" \
      DOGANA_BACKENDS_BENCH_MODELS=bench-model \
      DOGANA_BACKENDS_BENCH_REGION=IT \
      DOGANA_BACKENDS_BENCHSSE_URL="http://127.0.0.1:$BACKEND_PORT/sse/v1" \
      DOGANA_BACKENDS_BENCHSSE_MODELS=bench-stream \
      DOGANA_BACKENDS_BENCHSSE_REGION=IT \
      "${SERVER_PIN[@]}" "$JAVA_BIN" $GATEWAY_JAVA_OPTS -jar "$GATEWAY_JAR"
  ) >"$WORK/gateway.log" 2>&1 &
  GATEWAY_PID=$!

  ready=0
  for ((i = 0; i < READY_TIMEOUT * 2; i++)); do
    kill -0 "$GATEWAY_PID" 2>/dev/null || die "the gateway exited during startup"
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$GATEWAY_PORT/q/health/ready" || true)"
    if [[ "$code" == 200 ]]; then ready=1; break; fi
    sleep 0.5
  done
  [[ $ready == 1 ]] || die "the gateway was not ready within ${READY_TIMEOUT}s (last status ${code:-none})"
  log "gateway ready (pid $GATEWAY_PID)"

  resp="$(curl -sS --max-time 30 -w '\n%{http_code}' -X POST \
    -H "Authorization: Bearer $MASTER_KEY" -H 'Content-Type: application/json' \
    --data '{"name":"bench","tenant":"bench","roles":["caller"],"default_purpose":"customer_support"}' \
    "http://127.0.0.1:$GATEWAY_PORT/admin/keys")" || die "POST /admin/keys failed"
  code="${resp##*$'\n'}"
  body="${resp%$'\n'*}"
  [[ "$code" == 201 ]] || die "POST /admin/keys -> HTTP $code: $body"
  # The answer is a JSON object with a string field "key".
  GATEWAY_KEY="$(printf '%s\n' "$body" | sed -n 's/.*"key"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' | head -n 1)"
  [[ -n "$GATEWAY_KEY" ]] || die "no \"key\" field in the /admin/keys answer: $body"
  log "issued a caller key for tenant bench"

  gw="http://127.0.0.1:$GATEWAY_PORT/v1/chat/completions"
  has_scenario() { [[ " $SCENARIOS " == *" $1 "* ]]; }
  if has_scenario chat;   then check_post "gateway chat"   "$gw" "$REQ_CHAT"   'chat.completion' "$GATEWAY_KEY"; fi
  if has_scenario stream; then check_post "gateway stream" "$gw" "$REQ_STREAM" '[DONE]'          "$GATEWAY_KEY" text/event-stream; fi
  log "gateway answers both request kinds with 200"
fi

# ------------------------------------------------------------------ runs
target_label() {
  case "$1" in backend) echo "a:backend";; proxy) echo "b:nginx-proxy";; gateway) echo "c:dogana";; esac
}

# url_for SCENARIO TARGET
url_for() {
  local sc="$1" tg="$2" port path
  case "$tg" in
    backend) port=$BACKEND_PORT;;
    proxy)   port=$PROXY_PORT;;
    gateway) echo "http://127.0.0.1:$GATEWAY_PORT/v1/chat/completions"; return;;
  esac
  # Directly, the streaming answer lives at its own path; through Dogana the
  # model name (bench-stream) selects the backend whose base URL is /sse/v1.
  if [[ "$sc" == stream ]]; then path=/sse/v1/chat/completions; else path=/v1/chat/completions; fi
  echo "http://127.0.0.1:$port$path"
}

STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$RESULTS_DIR"
RESULT_TXT="$RESULTS_DIR/overhead-$STAMP.txt"
RAW_LOG="$RESULTS_DIR/overhead-$STAMP.log"
TSV="$WORK/results.tsv"
: > "$TSV"
: > "$RAW_LOG"

# run_wrk SCENARIO TARGET DURATION OUTFILE
run_wrk() {
  local sc="$1" tg="$2" dur="$3" out="$4" body expect auth=""
  if [[ "$sc" == stream ]]; then body="$REQ_STREAM"; expect='[DONE]'; else body="$REQ_CHAT"; expect='chat.completion'; fi
  [[ "$tg" == gateway ]] && auth="$GATEWAY_KEY"
  # In the background plus wait: bash runs a signal trap only once the
  # foreground command ends, whereas "wait" returns at once on a signal, so a
  # TERM sent to this script cleans up without waiting for the run to finish.
  BENCH_BODY_FILE="$body" BENCH_AUTH="$auth" BENCH_EXPECT="$expect" \
    "${WRK_PIN[@]}" wrk -t "$THREADS" -c "$CONNECTIONS" -d "$dur" --timeout "$WRK_TIMEOUT" --latency \
        -s "$CONF_DIR/wrk.lua" "$(url_for "$sc" "$tg")" > "$out" 2>&1 &
  WRK_PID=$!
  local rc=0
  wait "$WRK_PID" || rc=$?
  WRK_PID=""
  return "$rc"
}

# field NAME LINE: value of NAME=value in a BENCH_RESULT line.
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $2"; }

# The JVM compiles its hot paths (C2) only after tens of thousands of requests; without this, whichever
# scenario runs first measures the interpreter. Both request kinds, before anything is measured.
if has_target gateway && [[ "$GATEWAY_WARMUP" != 0 && "$GATEWAY_WARMUP" != 0s ]]; then
  for sc in $SCENARIOS; do
    log "gateway JIT warm-up: $sc for $GATEWAY_WARMUP"
    run_wrk "$sc" gateway "$GATEWAY_WARMUP" "$WORK/jit-warmup.out" || { cat "$WORK/jit-warmup.out" >&2; die "wrk failed (JIT warm-up $sc)"; }
  done
fi

for sc in $SCENARIOS; do
  for tg in $TARGETS; do
    label="$(target_label "$tg")"
    if [[ "$WARMUP" != 0 && "$WARMUP" != 0s ]]; then
      log "$sc / $label: warm-up $WARMUP"
      run_wrk "$sc" "$tg" "$WARMUP" "$WORK/warmup.out" || { cat "$WORK/warmup.out" >&2; die "wrk failed (warm-up $sc/$tg)"; }
    fi
    log "$sc / $label: measuring $DURATION, $THREADS threads, $CONNECTIONS connections"
    out="$WORK/wrk-$sc-$tg.out"
    run_wrk "$sc" "$tg" "$DURATION" "$out" || { cat "$out" >&2; die "wrk failed ($sc/$tg)"; }
    { echo "===== $sc / $label  $(url_for "$sc" "$tg")"; cat "$out"; echo; } >> "$RAW_LOG"
    line="$(grep -m1 '^BENCH_RESULT' "$out")" || { cat "$out" >&2; die "no BENCH_RESULT line from wrk ($sc/$tg)"; }
    errs=$(( $(field err_connect "$line") + $(field err_read "$line") + $(field err_write "$line") + $(field err_timeout "$line") ))
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$sc" "$label" \
      "$(field rps "$line")" "$(field p50_us "$line")" "$(field p99_us "$line")" \
      "$(field non2xx "$line")" "$(field badbody "$line")" "$errs" "$(field requests "$line")" >> "$TSV"
  done
done

# ------------------------------------------------------------------ report
git_rev="$(git -C "$REPO_DIR" rev-parse --short HEAD 2>/dev/null || echo none)"
cpu="$(sed -n 's/^model name[[:space:]]*:[[:space:]]*//p' /proc/cpuinfo 2>/dev/null | head -n 1)"
java_ver="n/a"
if has_target gateway; then java_ver="$("$JAVA_BIN" -version 2>&1 | head -n 1)"; fi

{
  echo "Dogana overhead benchmark  $STAMP"
  echo "repo commit: $git_rev   host: $(nproc) CPUs ${cpu:+($cpu)}"
  echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per run, warm-up $WARMUP; $("$NGINX_BIN" -v 2>&1 | sed 's/^nginx version: //'), workers $NGINX_WORKERS; java: $java_ver"
  echo "CPU pinning: wrk ${WRK_CPUS:-not pinned}, servers ${SERVER_CPUS:-not pinned}"
  echo "a = fake backend (nginx static), b = nginx reverse proxy -> a, c = Dogana -> a"
  echo "chat = non-streaming chat.completion; stream = SSE, 20 chunks + [DONE]"
  if [[ -z "$WRK_CPUS$SERVER_CPUS" ]]; then
    echo "wrk, nginx and the JVM share the CPUs: compare ratios, not absolutes; p99 includes CPU contention."
  fi
  echo
  awk -F'\t' '
    BEGIN { printf "%-8s %-15s %11s %9s %9s %9s %8s %9s %10s\n", "scenario", "target", "req/s", "p50 ms", "p99 ms", "non-2xx", "bad-body", "sock-err", "requests" }
    { printf "%-8s %-15s %11.1f %9.3f %9.3f %9d %8d %9d %10d\n", $1, $2, $3, $4/1000, $5/1000, $6, $7, $8, $9
      rps[$1, substr($2, 1, 1)] = $3; p50[$1, substr($2, 1, 1)] = $4; p99[$1, substr($2, 1, 1)] = $5
      if (!($1 in seen)) { seen[$1] = 1; order[++n] = $1 } }
    END {
      printf "\nDogana vs plain nginx proxy (c/b; rps < 1 and latency > 1 mean Dogana costs more):\n"
      printf "%-8s %9s %9s %9s %11s %11s\n", "scenario", "rps c/b", "p50 c/b", "p99 c/b", "p50 +ms", "p99 +ms"
      for (i = 1; i <= n; i++) {
        s = order[i]
        if (((s, "c") in rps) && ((s, "b") in rps) && rps[s, "b"] > 0 && p50[s, "b"] > 0 && p99[s, "b"] > 0)
          printf "%-8s %9.3f %9.3f %9.3f %11.3f %11.3f\n", s, rps[s, "c"] / rps[s, "b"], p50[s, "c"] / p50[s, "b"],
                 p99[s, "c"] / p99[s, "b"], (p50[s, "c"] - p50[s, "b"]) / 1000, (p99[s, "c"] - p99[s, "b"]) / 1000
        else
          printf "%-8s %9s %9s %9s %11s %11s\n", s, "n/a", "n/a", "n/a", "n/a", "n/a"
      }
      printf "\nplain proxy vs direct (b/a), for scale:\n"
      printf "%-8s %9s %9s %9s\n", "scenario", "rps b/a", "p50 b/a", "p99 b/a"
      for (i = 1; i <= n; i++) {
        s = order[i]
        if (((s, "b") in rps) && ((s, "a") in rps) && rps[s, "a"] > 0 && p50[s, "a"] > 0 && p99[s, "a"] > 0)
          printf "%-8s %9.3f %9.3f %9.3f\n", s, rps[s, "b"] / rps[s, "a"], p50[s, "b"] / p50[s, "a"], p99[s, "b"] / p99[s, "a"]
        else
          printf "%-8s %9s %9s %9s\n", s, "n/a", "n/a", "n/a"
      }
    }' "$TSV"
} | tee "$RESULT_TXT"

log "results: $RESULT_TXT (raw wrk output: $RAW_LOG)"

# Any non-2xx answer or unexpected body makes the numbers meaningless: say so
# through the exit status too.
bad="$(awk -F'\t' '{ s += $6 + $7 } END { print s + 0 }' "$TSV")"
if [[ "$bad" != 0 ]]; then
  log "WARNING: $bad responses were not 2xx or lacked the expected content (see non-2xx / bad-body)"
  exit 1
fi
