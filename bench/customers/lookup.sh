#!/usr/bin/env bash
# POS customer lookup latency (GET /api/v1/customers/lookup?type=DNI&number=…) with 1,000,000
# customers loaded (generate_series), and the same indexed query run bare by pgbench in the same run
# (the baseline): p50/p99 of both and their ratio.
#
#   bench/customers/lookup.sh   # against a running Colca (bin/colca-run: :8080, PostgreSQL :5433)
# Environment: CUSTOMERS (1000000), CLIENTS (16), SECONDS_PER_RUN (15), BENCH_URL, PG* (see below).
# The bench rows (DNI 3XXXXXXX, names "Cliente bench <stamp> n") are removed at the end.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
BENCH_URL=${BENCH_URL:-http://127.0.0.1:8080}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5433} PGDATABASE=${PGDATABASE:-colca}
export PGUSER=${PGUSER:-colca} PGPASSWORD=${PGPASSWORD:-colca}
CUSTOMERS=${CUSTOMERS:-1000000}
CLIENTS=${CLIENTS:-16}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-15}
work=$(mktemp -d /tmp/colca-customer-bench.XXXXXX)
stamp=CB$(date +%H%M%S)
log() { printf '[bench] %s\n' "$*" >&2; }
psqlq() { psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }

cleanup() {
  trap - INT TERM EXIT
  log "removing the bench customers ($stamp)"
  psqlq -c "DELETE FROM customers WHERE full_name LIKE 'Cliente bench $stamp %';" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup INT TERM EXIT

curl -s -o /dev/null "$BENCH_URL/api/v1/auth/token" || { log "no Colca at $BENCH_URL: start bin/colca-run first"; exit 2; }
command -v pgbench >/dev/null || { log "pgbench is required (Debian: postgresql-contrib)"; exit 2; }
[ "$CUSTOMERS" -le 9999999 ] || { log "CUSTOMERS must be below 10,000,000 (DNI 3 + 7 digits)"; exit 2; }
taken=$(psqlq -c "SELECT count(*) FROM customers WHERE doc_number LIKE '3_______' AND doc_type = 'DNI' AND deleted_at IS NULL")
[ "$taken" = 0 ] || { log "$taken live customers already have a DNI 3XXXXXXX (an earlier run?): remove them first"; exit 2; }

log "loading $CUSTOMERS customers (DNI 3 + 7 digits)"
start=$(date +%s)
psqlq <<SQL
INSERT INTO customers (id, doc_type, doc_number, full_name, email, phone, segment, created_at)
  SELECT nextval('customers_seq'), 'DNI', '3' || lpad(g::text, 7, '0'), 'Cliente bench $stamp ' || g,
         'bench-' || lower('$stamp') || '-' || g || '@bench.colca.test', '+519' || lpad(g::text, 8, '0'),
         'REGULAR', now()
    FROM generate_series(1, $CUSTOMERS) g;
ANALYZE customers;
SQL
log "loaded in $(( $(date +%s) - start )) s"
psqlq -c "SELECT doc_number FROM customers WHERE full_name LIKE 'Cliente bench $stamp %'
            ORDER BY random() LIMIT 20000" >"$work/dnis.txt"

log "API: $CLIENTS clients, ${SECONDS_PER_RUN}s"
api=$(LOOKUP_PATH="/api/v1/customers/lookup?type=DNI&number=" java "$here/../catalog/LookupBench.java" "$BENCH_URL" "$work/dnis.txt" "$CLIENTS" "$SECONDS_PER_RUN" 5 \
        "${BENCH_USER:-cashier@colca.test}" "${BENCH_PASSWORD:-demo1234}")
log "API revalidation (If-None-Match → 304): $CLIENTS clients, ${SECONDS_PER_RUN}s"
cond=$(LOOKUP_PATH="/api/v1/customers/lookup?type=DNI&number=" java "$here/../catalog/LookupBench.java" "$BENCH_URL" "$work/dnis.txt" "$CLIENTS" "$SECONDS_PER_RUN" 5 \
        "${BENCH_USER:-cashier@colca.test}" "${BENCH_PASSWORD:-demo1234}" conditional)

# the same lookup, bare: the query DefaultCustomerService.lookupByDocument runs, on a random DNI, through pgbench
cat >"$work/lookup.sql" <<SQL
\set n random(1, $CUSTOMERS)
SELECT c.id, c.doc_type, c.doc_number, c.full_name, c.email, c.phone, c.segment, c.is_active, c.marketing_consent,
       c.version FROM customers c
 WHERE c.doc_number = '3' || lpad(:n::text, 7, '0') AND c.doc_type = 'DNI' AND c.deleted_at IS NULL;
SQL
log "bare SQL: pgbench $CLIENTS clients, ${SECONDS_PER_RUN}s"
(cd "$work" && pgbench -n -c "$CLIENTS" -j "$CLIENTS" -T "$SECONDS_PER_RUN" -l --log-prefix=bare -f lookup.sql >"$work/pgbench.out" 2>&1)
bare_tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$work/pgbench.out" | head -1)
read -r bare_p50 bare_p99 < <(cat "$work"/bare.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {
  i50 = int(NR * 0.50); i99 = int(NR * 0.99); if (i50 < 1) i50 = 1; if (i99 < 1) i99 = 1;
  printf "%.3f %.3f\n", a[i50] / 1000, a[i99] / 1000 }')
plan=$(psqlq -c "EXPLAIN SELECT id FROM customers WHERE doc_number = '30000001' AND doc_type = 'DNI' AND deleted_at IS NULL" | head -1)

read -r requests ok errors rps p50 p90 p99 max <<<"$api"
read -r c_requests c_ok c_errors c_rps c_p50 c_p90 c_p99 c_max <<<"$cond"
load=$(cut -d' ' -f1-3 /proc/loadavg)
echo
echo "Colca POS customer lookup — $(date -u +'%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, load average $load, $CUSTOMERS customers, $CLIENTS clients, ${SECONDS_PER_RUN}s"
echo "plan: $plan"
printf '%-38s %10s %9s %9s %9s %8s\n' scenario "req/s" "p50 ms" "p90 ms" "p99 ms" errors
printf '%-38s %10s %9s %9s %9s %8s\n' "API lookup (HTTP, bearer token)" "$rps" "$p50" "$p90" "$p99" "$errors"
printf '%-38s %10s %9s %9s %9s %8s\n' "API revalidation (304, If-None-Match)" "$c_rps" "$c_p50" "$c_p90" "$c_p99" "$c_errors"
printf '%-38s %10s %9s %9s %9s %8s\n' "same query, bare (pgbench)" "$bare_tps" "$bare_p50" "-" "$bare_p99" "-"
ratio=$(awk -v a="$p50" -v b="$bare_p50" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }')
awk -v a="$p50" -v b="$bare_p50" -v a9="$p99" -v b9="$bare_p99" -v r="$rps" -v t="$bare_tps" 'BEGIN {
  printf "ratio API/bare: p50 %.1fx, p99 %.1fx, throughput %.3f\n", a / b, a9 / b9, r / t }'
# the contract of bench/run-all (bench/README.md): one RESULT line a figure; latency goal as the catalog lookup's
echo "RESULT name=customer-lookup figure=$p99 unit=ms baseline=$bare_p99 baseline_unit=ms ratio=$ratio required=10"
echo "RESULT name=customer-lookup-304 figure=$c_p99 unit=ms baseline=$bare_p99 baseline_unit=ms ratio=- required=10"
