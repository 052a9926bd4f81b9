#!/usr/bin/env bash
# POS checkouts per second through the REST API against pgbench tpcb-like TPS, measured in the same run
# on the same database (bench/checkout/README.md).
#
#   bench/checkout/run.sh                 # against a running Colca (bin/colca-run: :8080, PostgreSQL :5433)
#   BENCH_START=1 bench/checkout/run.sh   # start bin/colca-run in the background first, stop it after
#   BENCH_URL=http://127.0.0.1:8380 PGPORT=5733 bench/checkout/run.sh   # a Colca run with port offset 300
#
# One checkout = POST /api/v1/orders (Idempotency-Key, POS, 3 lines of 1 unit) + POST .../payments
# (Idempotency-Key, CASH, the grand total) answered 201 with the order PAID: stock reserved then sold,
# the cash in the cashier's open session, the boleta requested (pending electronic_documents row).
# CLIENTS cashiers (bench users, role cashier, scoped to the bench store), each with its own open cash
# session and token, in closed loops for SECONDS_PER_RUN after a short warm-up.
# Baseline: pgbench's built-in tpcb-like script, CLIENTS connections, scale PGBENCH_SCALE (default
# CLIENTS, as pgbench's documentation advises), in a schema of its own (bench_tpcb) of the same
# database, dropped at the end.
# Bench data: store BC-<time> (deactivated at the end) with a boleta series of the demo company, a
# product with VARIANTS variants and 1,000,000 units each (with their PURCHASE_RECEIPT ledger lines),
# CLIENTS users bench-<time>-<n>@colca.test (disabled at the end). The orders, payments, cash
# sessions and pending documents stay (ordinary data of an inactive store).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)

BENCH_URL=${BENCH_URL:-http://127.0.0.1:8080}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5433} PGDATABASE=${PGDATABASE:-colca}
export PGUSER=${PGUSER:-colca} PGPASSWORD=${PGPASSWORD:-colca}
CLIENTS=${CLIENTS:-16}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-20}
VARIANTS=${VARIANTS:-1000}
PGBENCH_SCALE=${PGBENCH_SCALE:-$CLIENTS}
export BENCH_PASSWORD=${BENCH_PASSWORD:-demo1234}
work=$(mktemp -d /tmp/colca-bench-checkout.XXXXXX)
run_pid=
location=
stamp=$(date +%m%d%H%M%S)

log() { printf '[bench] %s\n' "$*" >&2; }
psqlq() { psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }

cleanup() {
  trap - INT TERM EXIT
  if [ -n "$location" ]; then
    log "deactivating store $location and the bench users, dropping bench_tpcb"
    psqlq -c "UPDATE locations SET is_active = false WHERE id = $location;
              UPDATE users SET status = 'DISABLED' WHERE email LIKE 'bench-$stamp-%@colca.test';
              DROP SCHEMA IF EXISTS bench_tpcb CASCADE;" || true
  fi
  if [ -n "$run_pid" ]; then
    log "stopping bin/colca-run (pid $run_pid)"
    kill -TERM "$run_pid" 2>/dev/null || true
    wait "$run_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup INT TERM EXIT

up() { curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
         -d "{\"email\":\"cashier@colca.test\",\"password\":\"$BENCH_PASSWORD\"}" \
         "$BENCH_URL/api/v1/auth/token" 2>/dev/null | grep -q '^200$'; }

if ! up; then
  if [ "${BENCH_START:-0}" = 1 ]; then
    log "starting bin/colca-run in the background (log: $work/colca-run.log)"
    "$repo/bin/colca-run" >"$work/colca-run.log" 2>&1 &
    run_pid=$!
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

code="BC-$stamp"
log "creating bench data: store $code, $VARIANTS variants with 1,000,000 units each, $CLIENTS cashiers"
location=$(psqlq <<SQL
BEGIN;
INSERT INTO locations (id, name, code, type, is_active, allows_sales, version, created_at, updated_at)
  VALUES (nextval('locations_seq'), 'Bench checkout $stamp', '$code', 'STORE', true, true, 0, now(), now());
INSERT INTO products (id, name, slug, base_price, cost_price, tax_code, status)
  VALUES (nextval('products_seq'), 'Bench checkout $stamp', 'bench-checkout-$stamp', 10, 5, '10', 'ACTIVE');
INSERT INTO product_variants (id, product_id, sku)
  SELECT nextval('product_variants_seq'), currval('products_seq'), '$code-' || g FROM generate_series(1, $VARIANTS) g;
INSERT INTO inventory_stock (id, location_id, variant_id, quantity_on_hand, quantity_reserved, version, last_updated_at)
  SELECT nextval('inventory_stock_seq'), currval('locations_seq'), v.id, 1000000, 0, 0, now()
    FROM product_variants v WHERE v.sku LIKE '$code-%';
INSERT INTO inventory_movements (id, variant_id, to_location_id, movement_type, quantity, reference_doc, notes, created_at)
  SELECT nextval('inventory_movements_seq'), v.id, currval('locations_seq'), 'PURCHASE_RECEIPT', 1000000,
         'bench-$stamp', 'benchmark stock', now()
    FROM product_variants v WHERE v.sku LIKE '$code-%';
-- the store's boleta series, of the first company (the demo's)
INSERT INTO document_sequences (id, company_id, document_type, series, current_number, location_id)
  SELECT nextval('document_sequences_seq'), (SELECT min(id) FROM companies), '03',
         (SELECT 'B' || g FROM generate_series(100, 999) g
           WHERE NOT EXISTS (SELECT 1 FROM document_sequences s WHERE s.series = 'B' || g) ORDER BY g LIMIT 1),
         0, currval('locations_seq');
-- the cashiers: the demo cashier's password hash and role, scoped to the bench store only
INSERT INTO users (id, email, password_hash, full_name, status)
  SELECT nextval('users_seq'), 'bench-$stamp-' || g || '@colca.test',
         (SELECT password_hash FROM users WHERE email = 'cashier@colca.test'), 'Bench cajero ' || g, 'ACTIVE'
    FROM generate_series(1, $CLIENTS) g;
INSERT INTO user_roles (user_id, role_id)
  SELECT u.id, r.id FROM users u, roles r WHERE u.email LIKE 'bench-$stamp-%@colca.test' AND r.name = 'cashier';
INSERT INTO user_locations (user_id, location_id)
  SELECT u.id, currval('locations_seq') FROM users u WHERE u.email LIKE 'bench-$stamp-%@colca.test';
COMMIT;
SELECT id FROM locations WHERE code = '$code';
SQL
)
psqlq -c "SELECT v.id FROM product_variants v WHERE v.sku LIKE '$code-%' ORDER BY v.id" >"$work/variants.txt"
psqlq -c "SELECT email FROM users WHERE email LIKE 'bench-$stamp-%@colca.test' ORDER BY id" >"$work/users.txt"

# every cashier opens his session at the store through the API (S/ 100.00 in the drawer)
while read -r email; do
  token=$(curl -s -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$BENCH_PASSWORD\"}" \
            "$BENCH_URL/api/v1/auth/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  status=$(curl -s -o "$work/open.json" -w '%{http_code}' -H "Authorization: Bearer $token" \
             -H 'Content-Type: application/json' -d "{\"locationId\":$location,\"startingCash\":100.00}" \
             "$BENCH_URL/api/v1/cash-sessions")
  [ "$status" = 201 ] || { log "opening the cash session of $email: HTTP $status $(cat "$work/open.json")"; exit 1; }
  echo "$token" >>"$work/tokens.txt"
done <"$work/users.txt"
log "store $location, $(wc -l <"$work/variants.txt") variants, $(wc -l <"$work/users.txt") cashiers with an open session"

# rows written per table (pg_stat_user_tables), before and after: writes per checkout, whatever the load
table_writes() { psqlq -F ' ' -c "SELECT relname, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_user_tables ORDER BY relname"; }
# CPU seconds (user + system) of WildFly and of the PostgreSQL cluster, from /proc: CPU per checkout
port=${BENCH_URL##*:}; port=${port%%/*}
wildfly=$(ss -ltnp 2>/dev/null | grep "127.0.0.1:$port \|\*:$port \|0.0.0.0:$port " | sed -n 's/.*pid=\([0-9]*\),.*/\1/p' | head -1)
postgres=$(ss -ltnp 2>/dev/null | grep ":$PGPORT " | sed -n 's/.*pid=\([0-9]*\),.*/\1/p' | head -1)
cpu() { # pids... -> seconds
  local t=0 p
  for p in "$@"; do
    [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  awk -v t="$t" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }'
}
pg_pids() { [ -n "$postgres" ] && { echo "$postgres"; ps -o pid= --ppid "$postgres"; } ; }
table_writes >"$work/writes-before.txt"
# statements per checkout, when the cluster preloads pg_stat_statements (shared_preload_libraries): reset now
pgss=$(psqlq -c "SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'" 2>/dev/null || echo 0)
[ "$pgss" = 1 ] && { psqlq -c "SELECT pg_stat_statements_reset()" >/dev/null 2>&1 || pgss=0; }
cpu_wf_before=$(cpu $wildfly); cpu_pg_before=$(cpu $(pg_pids))
xacts_before=$(psqlq -c "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')
log "checkout: $CLIENTS clients, ${SECONDS_PER_RUN}s (after a 5 s warm-up)"
# the cashiers' tokens were taken above: the logins (bcrypt) are not counted in the CPU per checkout
line=$(java "$here/CheckoutBench.java" "$BENCH_URL" "$work/tokens.txt" "$work/variants.txt" "$location" \
         "$SECONDS_PER_RUN" 5)
load_mid=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')
sleep 1 # PostgreSQL publishes table statistics within a second
table_writes >"$work/writes-after.txt"
if [ "$pgss" = 1 ]; then # before pgbench: the app's statements only (and this script's few)
  psqlq -F ' ' -c "SELECT sum(calls), round(sum(total_exec_time)::numeric, 0) FROM pg_stat_statements
                    WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())" >"$work/statements.txt"
  psqlq -F '|' -c "SELECT calls, regexp_replace(left(query, 110), '\s+', ' ', 'g') FROM pg_stat_statements
                    WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                    ORDER BY calls DESC LIMIT 40" >"$work/statements-top.txt"
fi
cpu_wf_after=$(cpu $wildfly); cpu_pg_after=$(cpu $(pg_pids))
xacts_after=$(psqlq -c "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")

log "baseline: pgbench -i -s $PGBENCH_SCALE in schema bench_tpcb, then tpcb-like, $CLIENTS clients, ${SECONDS_PER_RUN}s"
psqlq -c "DROP SCHEMA IF EXISTS bench_tpcb CASCADE; CREATE SCHEMA bench_tpcb;"
PGOPTIONS="-c search_path=bench_tpcb" pgbench -i -q -s "$PGBENCH_SCALE" >"$work/pgbench-init.out" 2>&1
PGOPTIONS="-c search_path=bench_tpcb" pgbench -n -b tpcb-like -c "$CLIENTS" -j "$CLIENTS" -T "$SECONDS_PER_RUN" \
  >"$work/pgbench.out" 2>&1
tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$work/pgbench.out" | head -1)
pg_latency=$(sed -n 's/^latency average = \([0-9.]*\).*/\1/p' "$work/pgbench.out" | head -1)

# consistency of what the run did at the bench store
read -r paid unpaid <<<"$(psqlq -F ' ' -c "SELECT count(*) FILTER (WHERE status = 'PAID'), count(*) FILTER (WHERE status <> 'PAID')
                                           FROM orders WHERE location_id = $location")"
drawer=$(psqlq -c "SELECT count(*) FROM payments p JOIN orders o ON o.id = p.order_id
                    WHERE o.location_id = $location AND NOT EXISTS (SELECT 1 FROM cash_movements m
                          WHERE m.payment_id = p.id AND m.type = 'SALE' AND m.amount = p.amount)")
documents=$(psqlq -c "SELECT count(*) FROM orders o WHERE o.location_id = $location AND o.status = 'PAID'
                       AND NOT EXISTS (SELECT 1 FROM electronic_documents d WHERE d.order_id = o.id)")
mismatches=$(psqlq -c "WITH l AS (SELECT variant_id, sum(CASE WHEN to_location_id = $location THEN quantity ELSE -quantity END) s
                                    FROM inventory_movements WHERE $location IN (to_location_id, from_location_id) GROUP BY 1)
                      SELECT count(*) FROM inventory_stock st LEFT JOIN l USING (variant_id)
                       WHERE st.location_id = $location AND st.quantity_on_hand <> coalesce(l.s, 0)")
reserved=$(psqlq -c "SELECT coalesce(sum(quantity_reserved), 0) FROM inventory_stock WHERE location_id = $location")

read -r name ok errors elapsed cps p50 p99 order_p50 pay_p50 <<<"$line"
all_paid=$(psqlq -c "SELECT count(*) FROM orders WHERE location_id = $location AND status = 'PAID'")
echo
echo "Colca checkout benchmark — $(date -u +'%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, $CLIENTS clients, ${SECONDS_PER_RUN}s"
echo "load average (1/5/15 min) at the start: $load_before; after the checkouts: $load_mid; at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
printf '%-44s %10s %8s %8s %9s %9s\n' scenario "per s" ok errors "p50 ms" "p99 ms"
printf '%-44s %10s %8s %8s %9s %9s\n' "checkout: order (3 lines) + cash payment (HTTP)" "$cps" "$ok" "$errors" "$p50" "$p99"
printf '%-44s %10s %8s %8s %9s %9s\n' "  of which create order / pay (p50)" "" "" "" "$order_p50 / $pay_p50" ""
printf '%-44s %10s %8s %8s %9s\n' "pgbench tpcb-like, scale $PGBENCH_SCALE" "$tps" "" "" "$pg_latency avg"
awk -v c="$cps" -v t="$tps" 'BEGIN { printf "ratio checkouts/s / tpcb-like TPS = %.3f (required 0.15, aim 0.25)\n", c / t }'
echo "bench store: $paid orders PAID, $unpaid not (a run stopped between order and payment leaves a draft);" \
     "payments without their drawer movement: $drawer; PAID orders without a document row: $documents;" \
     "ledger mismatches: $mismatches; units still reserved: $reserved"
awk -v n="$all_paid" -v w0="$cpu_wf_before" -v w1="$cpu_wf_after" -v p0="$cpu_pg_before" -v p1="$cpu_pg_after" 'BEGIN {
  printf "CPU per checkout (warm-up included): WildFly %.1f ms, PostgreSQL %.1f ms\n", (w1 - w0) * 1000 / n, (p1 - p0) * 1000 / n }'
echo "rows written per checkout ($all_paid checkouts with the warm-up; commits per checkout:" \
     "$(awk -v a="$xacts_after" -v b="$xacts_before" -v n="$all_paid" 'BEGIN { printf "%.1f", (a - b) / n }'), incl. the token check's reads):"
LC_ALL=C join "$work/writes-before.txt" "$work/writes-after.txt" | awk -v n="$all_paid" '{
    ins = ($5 - $2) / n; upd = ($6 - $3) / n; del = ($7 - $4) / n
    if (ins + upd + del >= 0.05) printf "  %-32s insert %5.2f  update %5.2f  delete %5.2f\n", $1, ins, upd, del }'
if [ -s "$work/statements.txt" ]; then
  read -r calls exec_ms <"$work/statements.txt"
  awk -v c="$calls" -v t="$exec_ms" -v n="$all_paid" 'BEGIN {
    printf "SQL statements per checkout (pg_stat_statements, incl. BEGIN/COMMIT): %.1f, executor time %.1f ms\n", c / n, t / n }'
  awk -F'|' -v n="$all_paid" '{ printf "  %6.2f  %s\n", $1 / n, $2 }' "$work/statements-top.txt" | head -"${STATEMENTS_TOP:-25}"
fi
# machine-readable figure for bench/run-all (baseline = pgbench tpcb-like of this run)
awk -v c="$cps" -v t="$tps" 'BEGIN {
  printf "RESULT name=checkout figure=%.1f unit=checkouts/s baseline=%.0f baseline_unit=tps ratio=%.3f required=0.15\n", c, t, c / t }'
