#!/usr/bin/env bash
# bench/audit.sh - what the register costs and sustains, on the embedded H2 and on PostgreSQL.
#
# Runs bench/overhead.sh (wrk against nginx as the backend, with Dogana in front) once per database and reports,
# from the same runs: requests/s through the gateway, register events/s (two chained events per request: intent
# and completion, each committed before the caller hears), and p50/p99 latency; plus the plain-proxy baseline
# (nginx proxy_pass) of the same run for the ratio. Every request passes the whole pipeline: PII scan of every
# message, the shipped baseline policy (purpose customer_support), register intent and completion.
#
# With --writer: the register writer alone (eu.dogana.audit.RegisterWriterBenchmark: no HTTP, PII or policy), N
# concurrent callers each appending an event and waiting for its commit; events/s and commit wait p50/p99.
#   CALLERS="64 128"  WRITER_SECONDS=15
#
#   DBS="h2 postgresql"     databases to run
#   PG_URL=jdbc:postgresql://127.0.0.1:5432/dogana_bench   (database re-created each run; needs psql, trust auth)
#   DURATION, CONNECTIONS, GATEWAY_WARMUP ...   passed on to overhead.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
DBS="${DBS:-h2 postgresql}"
PG_URL="${PG_URL:-jdbc:postgresql://127.0.0.1:5432/dogana_bench}"
results="bench/results"
mkdir -p "$results"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
table="$results/audit-$stamp.txt"
: >"$table"

if [[ "${1:-}" == --writer ]]; then
  mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
  cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
  h2dir="$(mktemp -d)"
  for db in $DBS; do
    for callers in ${CALLERS:-64 128}; do
      if [[ "$db" == postgresql ]]; then
        name="${PG_URL##*/}"
        psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" >/dev/null
        url="$PG_URL"; user=postgres
      else
        url="jdbc:h2:file:$h2dir/register-$callers;WRITE_DELAY=0"; user=sa
      fi
      "$JAVA_HOME/bin/java" -cp "$cp" eu.dogana.audit.RegisterWriterBenchmark "$url" "$user" "$callers" "${WRITER_SECONDS:-15}" \
        2>/dev/null | grep "events/s" | tee -a "$table"
    done
  done
  rm -rf "$h2dir"
  echo "written to $table"
  exit 0
fi

# The shipped baseline limits a key to 60 requests a minute; a load test is not that caller. Same bundle,
# limits off (0 = unlimited).
policies="$(mktemp -d)"
trap 'rm -rf "$policies"' EXIT
cp "${POLICY_SOURCE:-policies}"/*.yaml "$policies/"
sed -i -E 's/(requests|tokens)_per_minute: [0-9]+/\1_per_minute: 0/' "$policies/00-settings.yaml"
export POLICIES_DIR="$policies"

for db in $DBS; do
  opts="${GATEWAY_JAVA_OPTS:-}"
  if [[ "$db" == postgresql ]]; then
    name="${PG_URL##*/}"
    psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" >/dev/null
    opts="$opts -Ddogana.db=postgresql -Dquarkus.datasource.pg.jdbc.url=$PG_URL -Dquarkus.datasource.pg.username=postgres"
  fi
  echo "== register on $db" | tee -a "$table"
  GATEWAY_JAVA_OPTS="$opts" SCENARIOS="chat" TARGETS="${TARGETS:-proxy gateway}" bash bench/overhead.sh \
    | tee "$results/audit-$stamp-$db.log" |  grep -E "^(chat|scenario)" | tee -a "$table" || true
  rps=$(grep -E "^chat +c:dogana" "$results/audit-$stamp-$db.log" | awk '{print $3}' | head -1)
  if [[ -n "${rps:-}" ]]; then
    awk -v rps="$rps" -v db="$db" 'BEGIN { printf "%s: %.0f requests/s through the gateway = %.0f register events/s\n", db, rps, 2 * rps }' | tee -a "$table"
  fi
done
echo "written to $table"
