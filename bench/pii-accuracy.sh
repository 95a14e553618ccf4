#!/usr/bin/env bash
# bench/pii-accuracy.sh - precision, recall and F1 of the shipped detectors per entity type and language, on the
# labelled corpus in src/test/resources/pii-corpus (generated sentences in eight languages, filled with
# Datafaker/libphonenumber values and valid check digits, plus hand-written hard cases).
#   ROUNDS=10   fillings of each template        MISSES=1   also list every miss and false alarm
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
mkdir -p bench/results
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
"$JAVA_HOME/bin/java" -cp "$cp" eu.dogana.pii.eval.PiiAccuracyReport "${ROUNDS:-10}" ${MISSES:+--misses} \
  | tee "bench/results/pii-accuracy-$(date -u +%Y%m%dT%H%M%SZ).txt"
