#!/usr/bin/env bash
# bench/audit-search.sh - query latency of the register's search index at scale.
#
# Indexes EVENTS synthetic register events (default 1,000,000: 2 writer nodes, 20 tenants, 5 models, 30 days,
# a quarter with PII findings) into a temporary Lucene index through the same EventIndex the gateway uses, then
# runs typical /audit/events searches through EventSearch (tenant filter, newest 100, facet counts) ITERATIONS
# times each and prints hits, p50 and p99 in milliseconds. The index is deleted afterwards.
#
# Environment (all optional):
#   EVENTS=1000000  ITERATIONS=500  HEAP=2g
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
# Numbers depend on the host and its load (2 shared cores here): compare runs on the same machine.

set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$SCRIPT_DIR/.." && pwd)"
EVENTS="${EVENTS:-1000000}"
ITERATIONS="${ITERATIONS:-500}"
HEAP="${HEAP:-2g}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

cd "$REPO_DIR"
mvn -o -B -q test-compile
mvn -o -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
"$JAVA_HOME/bin/java" -Xmx"$HEAP" --add-modules jdk.incubator.vector \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  eu.dogana.audit.search.SearchBench "$EVENTS" "$ITERATIONS" 2>&1 | grep -v -e '^WARNING' -e 'incubator'
