#!/usr/bin/env bash
# bench/policy-decision.sh - the cost of one policy decision: JMH over the shipped baseline pack topped up with
# generated CEL rules to 50 rules (eu.dogana.policy.PolicyDecisionBenchmark). Target (issue 4): p99 <= 50 us.
# Writes bench/results/policy-decision-<UTC timestamp>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mkdir -p bench/results
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
"$JAVA_HOME/bin/java" -cp "$cp" org.openjdk.jmh.Main 'eu.dogana.policy.PolicyDecisionBenchmark' -t 1 ${JMH_ARGS:-} \
  | tee "bench/results/policy-decision-$(date -u +%Y%m%dT%H%M%SZ).txt" | grep -E "decide( |:p0\.(50|99) )"
