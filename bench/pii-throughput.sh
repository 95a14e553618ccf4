#!/usr/bin/env bash
# bench/pii-throughput.sh - what does personal-data scanning cost?
#
# Runs the JMH benchmark eu.dogana.pii.eval.PiiScanBenchmark (src/test/java) on one thread:
#   scan4k       every shipped detector over a 4 KB prompt of mixed EN/DE/IT/FR/ES/NL/PL/PT text
#                (about one labelled sentence in three, prose around it): the figure of record;
#   scan4kSparse the same over prompts with one labelled sentence in twelve, nearer an everyday prompt, shown beside it;
#   parseJson4k  baseline in the same run: Jackson parsing the same prompt as a chat request body, which the
#                gateway pays anyway;
#   restoreChunk one streamed chunk through the placeholder restorer.
# Prints MB/s per core and p50/p99 per 4 KB scan, the scan/parse ratio, the restorer's ns per chunk, and
# writes the table to bench/results/pii-throughput-<UTC timestamp>.txt (raw JMH output beside it as .log).
#
# With --detectors it prints instead what each detector costs inside a scan of the same prompts
# (eu.dogana.pii.eval.DetectorCostReport): a guide for where to optimise, not a benchmark of record.
# With --cpu it prints the least CPU time per 4 KB prompt over many rounds (eu.dogana.pii.eval.ScanCpuTime), dense and
# sparse: steady on a loaded machine where wall-clock figures swing, so the number to compare before and after a change.
# With --against DIR it compares the CPU cost of a scan by this tree's classes with another build's classes directory
# (e.g. a copy of target/classes made before a change), in one JVM, taking turns round by round
# (eu.dogana.pii.eval.ScanCostComparison): on a machine whose speed drifts, the per-round ratio is the figure to trust.
# With --outputs FILE it writes every detector's findings on a fixed corpus (eu.dogana.pii.eval.DetectorOutputs):
# run it before and after a speed change and diff the two files; a change meant to be faster only must leave it as is.
#
# Targets (issue 3): >= 50 MB/s per core, p99 <= 0.2 ms per 4 KB prompt.
# Environment: JAVA_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64), JMH_ARGS (extra JMH options, e.g. "-f 2").
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
results="bench/results"
mkdir -p "$results"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
log="$results/pii-throughput-$stamp.log"
table="$results/pii-throughput-$stamp.txt"

mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
case "${1:-}" in
  --detectors) exec "$JAVA_HOME/bin/java" -cp "$cp" eu.dogana.pii.eval.DetectorCostReport "${2:-10}" ;;
  --cpu) exec "$JAVA_HOME/bin/java" -cp "$cp" eu.dogana.pii.eval.ScanCpuTime ;;
  --against) exec "$JAVA_HOME/bin/java" -cp "$cp" \
      eu.dogana.pii.eval.ScanCostComparison "${2:?--against needs a classes directory}" "$(cat target/bench.classpath)" ${3:-} ;;
  --outputs) exec "$JAVA_HOME/bin/java" -cp "$cp" eu.dogana.pii.eval.DetectorOutputs "${2:?--outputs needs a file}" ;;
esac
"$JAVA_HOME/bin/java" -cp "$cp" org.openjdk.jmh.Main 'eu.dogana.pii.eval.PiiScanBenchmark' -t 1 ${JMH_ARGS:-} | tee "$log"

awk -v bytes=4096 '
  /^PiiScanBenchmark\.scan4k +sample/        { scan = $4 }
  /^PiiScanBenchmark\.parseJson4k +sample/   { parse = $4 }
  /^PiiScanBenchmark\.scan4k:p0\.50 /         { p50 = $3 }
  /^PiiScanBenchmark\.scan4k:p0\.99 /         { p99 = $3 }
  /^PiiScanBenchmark\.scan4kSparse +sample/  { sparse = $4 }
  /^PiiScanBenchmark\.scan4kSparse:p0\.99 /   { sparse99 = $3 }
  /^PiiScanBenchmark\.restoreChunk +avgt/     { restore = $4 }
  END {
    printf "scan 4 KB, all detectors: %.1f MB/s per core (mean %.1f us), p50 %.1f us, p99 %.1f us\n", bytes / scan, scan, p50, p99
    printf "scan 4 KB with a quarter of the personal data: %.1f MB/s per core (mean %.1f us), p99 %.1f us\n", bytes / sparse, sparse, sparse99
    printf "baseline, JSON parse of the same request: %.1f MB/s per core (mean %.1f us); scan/parse time ratio %.1f\n", bytes / parse, parse, scan / parse
    printf "stream restorer: %.0f ns per chunk\n", restore
  }' "$log" | tee "$table"
