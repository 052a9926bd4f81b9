#!/usr/bin/env bash
# Reservation throughput of Colca against a bare single-row UPDATE, measured in the same run.
#
#   bench/inventory/run.sh                 # against a running Colca (bin/colca-run: :8080, PostgreSQL :5433)
#   BENCH_START=1 bench/inventory/run.sh   # start bin/colca-run in the background first, stop it after
#
# Scenarios (each CLIENTS closed-loop HTTP clients for SECONDS, after a short warm-up):
#   hot     POST /api/v1/inventory/reservations, 1 unit, always the same SKU (one hot inventory_stock row)
#   spread  the same, each request on a random SKU among SKUS (10,000 by default)
#   bare    pgbench, CLIENTS connections: UPDATE bench_tmp.counter SET n = n + 1 WHERE id = 1 (autocommit)
#   bare-stock  pgbench: the service's conditional reservation UPDATE on the hot inventory_stock row
# Bench data: its own location BENCH-<timestamp> (made inactive at the end), a product with SKUS
# variants and 1,000,000 units each (with their PURCHASE_RECEIPT ledger lines, so reconciliation
# stays clean); the reservations it makes are removed at the end and reserved goes back to 0.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)

BENCH_URL=${BENCH_URL:-http://127.0.0.1:8080}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5433} PGDATABASE=${PGDATABASE:-colca}
export PGUSER=${PGUSER:-colca} PGPASSWORD=${PGPASSWORD:-colca}
CLIENTS=${CLIENTS:-16}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
SKUS=${SKUS:-10000}
work=$(mktemp -d /tmp/colca-bench.XXXXXX)
run_pid=
location=

log() { printf '[bench] %s\n' "$*" >&2; }
psqlq() { psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }

cleanup() {
  trap - INT TERM EXIT
  if [ -n "$location" ]; then
    log "removing the bench reservations, resetting reserved, deactivating location $location"
    psqlq -c "DELETE FROM inventory_reservations WHERE location_id = $location AND session_id LIKE 'bench-%';
              UPDATE inventory_stock SET quantity_reserved = 0 WHERE location_id = $location;
              UPDATE locations SET is_active = false WHERE id = $location;
              DROP SCHEMA IF EXISTS bench_tmp CASCADE;" || true
  fi
  if [ -n "$run_pid" ]; then
    log "stopping bin/colca-run (pid $run_pid)"
    kill -TERM "$run_pid" 2>/dev/null || true
    wait "$run_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup INT TERM EXIT

# ready = the API is deployed and the demo user gets a token
up() { curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
         -d "{\"email\":\"${BENCH_USER:-integrator@colca.test}\",\"password\":\"${BENCH_PASSWORD:-demo1234}\"}" \
         "$BENCH_URL/api/v1/auth/token" 2>/dev/null | grep -q '^200$'; }

if ! up; then
  if [ "${BENCH_START:-0}" = 1 ]; then
    log "starting bin/colca-run in the background (log: $work/colca-run.log)"
    "$repo/bin/colca-run" >"$work/colca-run.log" 2>&1 &
    run_pid=$!
    # ready once it printed its banner (it may first serve the EAR of a previous run, then redeploy)
    for _ in $(seq 1 900); do
      grep -q 'Colca is running' "$work/colca-run.log" 2>/dev/null && up && break
      kill -0 "$run_pid" 2>/dev/null || { tail -20 "$work/colca-run.log"; exit 1; }
      sleep 1
    done
    up || { log "Colca did not come up"; exit 1; }
  else
    log "no Colca at $BENCH_URL: start bin/colca-run in another terminal, or run with BENCH_START=1"
    exit 2
  fi
fi
command -v pgbench >/dev/null || { log "pgbench is required (Debian: postgresql-client)"; exit 2; }

stamp=$(date +%Y%m%d%H%M%S)
log "creating bench data: location BENCH-$stamp, $SKUS variants with 1,000,000 units each"
location=$(psqlq <<SQL
BEGIN;
INSERT INTO locations (id, name, code, type, is_active, allows_sales, version, created_at, updated_at)
  VALUES (nextval('locations_seq'), 'Bench $stamp', 'BENCH-$stamp', 'STORE', true, true, 0, now(), now());
INSERT INTO products (id, name, slug, base_price, cost_price, tax_code, status)
  VALUES (nextval('products_seq'), 'Bench $stamp', 'bench-$stamp', 10, 5, '10', 'ACTIVE');
INSERT INTO product_variants (id, product_id, sku)
  SELECT nextval('product_variants_seq'), currval('products_seq'), 'BENCH-$stamp-' || g FROM generate_series(1, $SKUS) g;
INSERT INTO inventory_stock (id, location_id, variant_id, quantity_on_hand, quantity_reserved, version, last_updated_at)
  SELECT nextval('inventory_stock_seq'), currval('locations_seq'), v.id, 1000000, 0, 0, now()
    FROM product_variants v WHERE v.sku LIKE 'BENCH-$stamp-%';
INSERT INTO inventory_movements (id, variant_id, to_location_id, movement_type, quantity, reference_doc, notes, created_at)
  SELECT nextval('inventory_movements_seq'), v.id, currval('locations_seq'), 'PURCHASE_RECEIPT', 1000000,
         'bench-$stamp', 'benchmark stock', now()
    FROM product_variants v WHERE v.sku LIKE 'BENCH-$stamp-%';
COMMIT;
SELECT id FROM locations WHERE code = 'BENCH-$stamp';
SQL
)
psqlq -c "SELECT v.id FROM product_variants v WHERE v.sku LIKE 'BENCH-$stamp-%' ORDER BY v.id" >"$work/variants.txt"
hot=$(head -1 "$work/variants.txt")
log "location $location, hot variant $hot, $(wc -l <"$work/variants.txt") variants"

load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')
java_bench() { java "$here/ReservationBench.java" "$BENCH_URL" "$1" "$work/variants.txt" "$2" "$location" \
                 "$CLIENTS" "$SECONDS_PER_RUN" 3; }
log "hot: $CLIENTS clients, one SKU, ${SECONDS_PER_RUN}s"
hot_line=$(java_bench hot 1)
log "spread: $CLIENTS clients, $SKUS SKUs, ${SECONDS_PER_RUN}s"
spread_line=$(java_bench spread "$SKUS")

psqlq -c "DROP SCHEMA IF EXISTS bench_tmp CASCADE; CREATE SCHEMA bench_tmp;
          CREATE TABLE bench_tmp.counter (id int PRIMARY KEY, n bigint NOT NULL);
          INSERT INTO bench_tmp.counter VALUES (1, 0);"
echo 'UPDATE bench_tmp.counter SET n = n + 1 WHERE id = 1;' >"$work/bare.sql"
cat >"$work/stock.sql" <<SQL
UPDATE inventory_stock SET quantity_reserved = quantity_reserved + 1, version = version + 1, last_updated_at = now()
 WHERE variant_id = $hot AND location_id = $location AND quantity_on_hand - quantity_reserved >= 1;
SQL
pg_tps() { pgbench -n -c "$CLIENTS" -j "$CLIENTS" -T "$SECONDS_PER_RUN" -f "$1" 2>/dev/null \
             | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1; }
log "bare: pgbench $CLIENTS clients, single-row UPDATE, ${SECONDS_PER_RUN}s"
bare=$(pg_tps "$work/bare.sql")
log "bare-stock: pgbench $CLIENTS clients, the conditional reservation UPDATE on the hot row, ${SECONDS_PER_RUN}s"
bare_stock=$(pg_tps "$work/stock.sql")

mismatches=$(psqlq -c "WITH l AS (SELECT variant_id, sum(CASE WHEN to_location_id = $location THEN quantity ELSE -quantity END) s
                                    FROM inventory_movements WHERE $location IN (to_location_id, from_location_id) GROUP BY 1)
                      SELECT count(*) FROM inventory_stock st LEFT JOIN l USING (variant_id)
                       WHERE st.location_id = $location AND st.quantity_on_hand <> coalesce(l.s, 0)")
oversold=$(psqlq -c "SELECT count(*) FROM inventory_stock WHERE location_id = $location
                       AND (quantity_reserved > quantity_on_hand OR quantity_on_hand < 0)")

echo
echo "Colca reservation benchmark — $(date -u +'%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, $CLIENTS clients, ${SECONDS_PER_RUN}s per scenario"
echo "load average (1/5/15 min) at the start: $load_before; at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
printf '%-34s %10s %10s %8s %8s %9s %9s\n' scenario "ok/s" ok conflicts errors "p50 ms" "p99 ms"
for line in "$hot_line" "$spread_line"; do
  read -r name ok conflicts errors elapsed rps p50 p99 <<<"$line"
  label=$([ "$name" = hot ] && echo "reserve, 1 hot SKU (HTTP)" || echo "reserve, $SKUS SKUs (HTTP)")
  printf '%-34s %10s %10s %8s %8s %9s %9s\n' "$label" "$rps" "$ok" "$conflicts" "$errors" "$p50" "$p99"
done
printf '%-34s %10s\n' "bare single-row UPDATE (pgbench)" "$bare"
printf '%-34s %10s\n' "reservation UPDATE, hot row (pgbench)" "$bare_stock"
hot_rps=$(awk '{print $6}' <<<"$hot_line"); spread_rps=$(awk '{print $6}' <<<"$spread_line")
awk -v h="$hot_rps" -v s="$spread_rps" -v b="$bare" -v bs="$bare_stock" 'BEGIN {
  printf "ratio hot/bare = %.3f   spread/bare = %.3f   hot/reservation-UPDATE = %.3f\n", h / b, s / b, h / bs }'
echo "ledger mismatches at the bench location: $mismatches; rows with reserved > on hand or negative: $oversold"
# machine-readable figures for bench/run-all (one line per scenario, baseline = the bare UPDATE of this run)
awk -v h="$hot_rps" -v s="$spread_rps" -v b="$bare" 'BEGIN {
  printf "RESULT name=reserve-hot figure=%.1f unit=req/s baseline=%.0f baseline_unit=tps ratio=%.3f required=0.35\n", h, b, h / b
  printf "RESULT name=reserve-spread figure=%.1f unit=req/s baseline=%.0f baseline_unit=tps ratio=%.3f required=0.5\n", s, b, s / b }'
