#!/usr/bin/env bash
# SUNAT documents built and signed per second on this machine (no network, no server), against bare
# SHA256withRSA signatures with the same 2048-bit key in the same run (bench/invoicing/README.md).
#
#   bench/invoicing/run.sh                       # nproc threads, 8 rounds of 2 s bare + 2 s documents, 10 s warm-up
#   THREADS=1 SECONDS_PER_RUN=5 ROUNDS=3 WARMUP=20 bench/invoicing/run.sh
#
# Builds colca-ejb if its classes are missing, makes a throw-away PKCS#12 with keytool, runs
# InvoicingBench.java on the ejb classes and icu4j; prints a table and, last, the RESULT line that
# bench/run-all collects (required ratio 0.3, aim 0.5).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
THREADS=${THREADS:-$(nproc)}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-2}
ROUNDS=${ROUNDS:-8}
work=$(mktemp -d /tmp/colca-bench-invoicing.XXXXXX)
trap 'rm -rf "$work"' EXIT
log() { printf '[bench] %s\n' "$*" >&2; }

classes=$repo/ejb/target/classes
if [ ! -f "$classes/pe/colca/invoicing/sunat/UblWriter.class" ]; then
  log "building colca-ejb (classes missing)"
  (cd "$repo" && mvn -B -q -pl ejb -am install -DskipTests)
fi
(cd "$repo/ejb" && mvn -B -q dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile="$work/cp.txt") >&2
keytool -genkeypair -alias bench -keyalg RSA -keysize 2048 -sigalg SHA256withRSA -validity 30 \
  -dname "CN=COLCA BENCH, OU=20000000001, C=PE" -storetype PKCS12 -keystore "$work/bench.p12" \
  -storepass colca-bench -keypass colca-bench >/dev/null 2>&1
log "java $(java -version 2>&1 | head -1), $(nproc) CPUs, load $(cut -d' ' -f1 /proc/loadavg)"
java -Xms256m -Dwarmup="${WARMUP:-10}" -cp "$classes:$(cat "$work/cp.txt")" "$here/InvoicingBench.java" "$work/bench.p12" colca-bench \
  "$THREADS" "$SECONDS_PER_RUN" "$ROUNDS"
