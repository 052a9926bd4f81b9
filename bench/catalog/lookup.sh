#!/usr/bin/env bash
# POS lookup latency (GET /api/v1/variants/lookup?code=barcode|SKU) with 100,000 variants loaded,
# and the same indexed query run bare by pgbench in the same run (the baseline).
#
#   bench/catalog/lookup.sh     # against a running Colca (bin/colca-run: :8080, PostgreSQL :5433)
# Environment: VARIANTS (100000), CLIENTS (4), SECONDS_PER_RUN (15), BENCH_URL, PG* (see below).
# The bench rows (1,000 products × 100 variants, SKU BLK<stamp>-n, valid EAN-13 barcodes 20…) are
# removed at the end.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
BENCH_URL=${BENCH_URL:-http://127.0.0.1:8080}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5433} PGDATABASE=${PGDATABASE:-colca}
export PGUSER=${PGUSER:-colca} PGPASSWORD=${PGPASSWORD:-colca}
VARIANTS=${VARIANTS:-100000}
CLIENTS=${CLIENTS:-4}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-15}
work=$(mktemp -d /tmp/colca-lookup-bench.XXXXXX)
stamp=BLK$(date +%H%M%S)
log() { printf '[bench] %s\n' "$*" >&2; }
psqlq() { psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }

cleanup() {
  trap - INT TERM EXIT
  log "removing the bench rows ($stamp)"
  psqlq -c "DELETE FROM product_variants WHERE sku LIKE '$stamp-%';
            DELETE FROM products WHERE slug LIKE 'bench-${stamp,,}-%';" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup INT TERM EXIT

curl -s -o /dev/null "$BENCH_URL/api/v1/auth/token" || { log "no Colca at $BENCH_URL: start bin/colca-run first"; exit 2; }
command -v pgbench >/dev/null || { log "pgbench is required (Debian: postgresql-contrib)"; exit 2; }

products=$(( (VARIANTS + 99) / 100 ))
log "loading $products products × 100 variants ($VARIANTS variants)"
start=$(date +%s)
psqlq <<SQL
BEGIN;
INSERT INTO products (id, name, slug, base_price, cost_price, tax_code, status, created_at)
  SELECT nextval('products_seq'), 'Producto bench ' || g || ' café', 'bench-${stamp,,}-' || g, 10 + g % 90, 5, '10', 'ACTIVE', now()
    FROM generate_series(1, $products) g;
WITH v AS (
  SELECT g, '20' || lpad(g::text, 10, '0') AS b FROM generate_series(1, $VARIANTS) g)
INSERT INTO product_variants (id, product_id, sku, barcode, is_active)
  SELECT nextval('product_variants_seq'), p.id, '$stamp-' || v.g,
         v.b || ((10 - (SELECT sum(substr(v.b, i, 1)::int * CASE WHEN i % 2 = 0 THEN 3 ELSE 1 END)
                          FROM generate_series(1, 12) i) % 10) % 10),
         true
    FROM v JOIN products p ON p.slug = 'bench-${stamp,,}-' || ((v.g - 1) / 100 + 1);
COMMIT;
ANALYZE products; ANALYZE product_variants;
SQL
log "loaded in $(( $(date +%s) - start )) s"
# half barcodes, half SKUs, as a cashier scans or types them
psqlq -c "SELECT CASE WHEN random() < 0.5 THEN barcode ELSE sku END FROM product_variants
            WHERE sku LIKE '$stamp-%' ORDER BY random() LIMIT 20000" >"$work/codes.txt"

log "API: $CLIENTS clients, ${SECONDS_PER_RUN}s"
api=$(java "$here/LookupBench.java" "$BENCH_URL" "$work/codes.txt" "$CLIENTS" "$SECONDS_PER_RUN" 5 \
        "${BENCH_USER:-cashier@colca.test}" "${BENCH_PASSWORD:-demo1234}")
log "API revalidation (If-None-Match → 304): $CLIENTS clients, ${SECONDS_PER_RUN}s"
cond=$(java "$here/LookupBench.java" "$BENCH_URL" "$work/codes.txt" "$CLIENTS" "$SECONDS_PER_RUN" 5 \
        "${BENCH_USER:-cashier@colca.test}" "${BENCH_PASSWORD:-demo1234}" conditional)

# the same lookup, bare: the query the service runs, on a random code, through pgbench
cat >"$work/lookup.sql" <<SQL
\set n random(1, $VARIANTS)
SELECT v.id, p.id, v.sku, v.barcode, p.name, v.size, v.color, v.price_override, p.base_price, p.tax_code, p.status,
       v.is_active, v.version, p.version, (v.deleted_at IS NOT NULL), (p.deleted_at IS NOT NULL)
  FROM product_variants v JOIN products p ON p.id = v.product_id
 WHERE v.deleted_at IS NULL AND (v.barcode = '20' || lpad(:n::text, 10, '0') OR v.sku = '$stamp-' || :n)
 ORDER BY (v.barcode = '20' || lpad(:n::text, 10, '0')) DESC LIMIT 1;
SQL
log "bare SQL: pgbench $CLIENTS clients, ${SECONDS_PER_RUN}s"
(cd "$work" && pgbench -n -c "$CLIENTS" -j "$CLIENTS" -T "$SECONDS_PER_RUN" -l --log-prefix=bare -f lookup.sql >"$work/pgbench.out" 2>&1)
bare_tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$work/pgbench.out" | head -1)
read -r bare_p50 bare_p99 < <(cat "$work"/bare.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {
  i50 = int(NR * 0.50); i99 = int(NR * 0.99); if (i50 < 1) i50 = 1; if (i99 < 1) i99 = 1;
  printf "%.3f %.3f\n", a[i50] / 1000, a[i99] / 1000 }')

read -r requests ok errors rps p50 p90 p99 max <<<"$api"
read -r c_requests c_ok c_errors c_rps c_p50 c_p90 c_p99 c_max <<<"$cond"
load=$(cut -d' ' -f1-3 /proc/loadavg)
echo
echo "Colca POS lookup benchmark — $(date -u +'%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, load average $load, $VARIANTS variants, $CLIENTS clients, ${SECONDS_PER_RUN}s"
printf '%-36s %10s %9s %9s %9s %8s\n' scenario "req/s" "p50 ms" "p90 ms" "p99 ms" errors
printf '%-36s %10s %9s %9s %9s %8s\n' "API lookup (HTTP, bearer token)" "$rps" "$p50" "$p90" "$p99" "$errors"
printf '%-36s %10s %9s %9s %9s %8s\n' "API revalidation (304, If-None-Match)" "$c_rps" "$c_p50" "$c_p90" "$c_p99" "$c_errors"
printf '%-36s %10s %9s %9s %9s %8s\n' "same query, bare (pgbench)" "$bare_tps" "$bare_p50" "-" "$bare_p99" "-"
awk -v a="$p50" -v b="$bare_p50" -v a9="$p99" -v b9="$bare_p99" -v r="$rps" -v t="$bare_tps" 'BEGIN {
  printf "ratio API/bare: p50 %.1fx, p99 %.1fx, throughput %.3f\n", a / b, a9 / b9, r / t }'
# the contract of bench/run-all: one RESULT line a figure (latency goal: p99 < 10 ms; the 304 path's p99 too)
echo "RESULT name=pos-lookup figure=$p99 unit=ms baseline=$bare_p50 baseline_unit=ms ratio=- required=10"
echo "RESULT name=pos-lookup-304 figure=$c_p99 unit=ms baseline=$bare_p50 baseline_unit=ms ratio=- required=10"
