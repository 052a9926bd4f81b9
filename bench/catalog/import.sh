#!/usr/bin/env bash
# Bulk CSV import throughput (POST /api/v1/catalog/imports, the restartable batch job) against
# PostgreSQL COPY of the same rows into a plain table, measured in the same run.
#
#   bench/catalog/import.sh     # against a running Colca (bin/colca-run: :8080, PostgreSQL :5433)
# Environment: ROWS (100000), CHUNK (1000, the server default), BENCH_URL, PG*. 10 variants per product. The imported
# products stay (SKUs IMP<stamp>-n, slugs imp-<stamp>-n) unless KEEP=0 removes them at the end.
set -euo pipefail
BENCH_URL=${BENCH_URL:-http://127.0.0.1:8080}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5433} PGDATABASE=${PGDATABASE:-colca}
export PGUSER=${PGUSER:-colca} PGPASSWORD=${PGPASSWORD:-colca}
ROWS=${ROWS:-100000}
CHUNK=${CHUNK:-1000}
work=$(mktemp -d /tmp/colca-import-bench.XXXXXX)
stamp=IMP$(date +%H%M%S)
slug=$(tr '[:upper:]' '[:lower:]' <<<"$stamp")
log() { printf '[bench] %s\n' "$*" >&2; }
psqlq() { psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }
cleanup() {
  trap - INT TERM EXIT
  psqlq -c "DROP SCHEMA IF EXISTS bench_import CASCADE" >/dev/null 2>&1 || true
  if [ "${KEEP:-1}" = 0 ]; then
    log "removing the imported rows ($stamp)"
    psqlq -c "DELETE FROM price_change_history WHERE variant_id IN (SELECT id FROM product_variants WHERE sku LIKE '$stamp-%');
              DELETE FROM product_variants WHERE sku LIKE '$stamp-%'; DELETE FROM products WHERE slug LIKE 'imp-${slug#imp}-%';" \
      >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup INT TERM EXIT

token=$(curl -s -H 'Content-Type: application/json' \
  -d "{\"email\":\"${BENCH_USER:-admin@colca.test}\",\"password\":\"${BENCH_PASSWORD:-demo1234}\"}" \
  "$BENCH_URL/api/v1/auth/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { log "no Colca at $BENCH_URL (or bad login): start bin/colca-run first"; exit 2; }

log "writing $ROWS rows"
awk -v n="$ROWS" -v s="$stamp" -v p="imp-${slug#imp}" 'BEGIN {
  print "sku,barcode,product_slug,product_name,brand,category,size,color,base_price,price_override,cost_price,tax_code,status"
  split("S M L XL", sizes, " "); split("rojo azul verde negro blanco", colors, " ")
  for (i = 1; i <= n; i++) {
    prod = int((i - 1) / 10) + 1
    printf "%s-%d,,%s-%d,Polo bench %d piña,,,%s,%s,%d.90,,%d.50,10,ACTIVE\n", s, i, p, prod, prod,
      sizes[(i % 4) + 1], colors[(i % 5) + 1], 20 + prod % 80, 10 + prod % 40
  }
}' >"$work/import.csv"

log "importing through the API (chunk $CHUNK)"
start=$(date +%s.%N)
location=$(curl -s -D - -o "$work/start.json" -X POST -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
  --data-binary @"$work/import.csv" "$BENCH_URL/api/v1/catalog/imports?fileName=bench.csv&chunkSize=$CHUNK" \
  | sed -n 's/^[Ll]ocation: *\([^[:space:]]*\).*/\1/p')
[ -n "$location" ] || { log "import refused: $(cat "$work/start.json")"; exit 1; }
status=
while :; do
  body=$(curl -s -H "Authorization: Bearer $token" "$location")
  status=$(sed -n 's/.*"status":"\([A-Z]*\)".*/\1/p' <<<"$body")
  case "$status" in COMPLETED|FAILED|STOPPED|ABANDONED) break ;; esac
  log "  $status $(sed -n 's/.*"rowsRead":\([0-9]*\).*/\1/p' <<<"$body") rows read"
  sleep 5
done
elapsed=$(echo "$(date +%s.%N) - $start" | bc -l)
written=$(sed -n 's/.*"rowsWritten":\([0-9]*\).*/\1/p' <<<"$body")
failed=$(sed -n 's/.*"rowsFailed":\([0-9]*\).*/\1/p' <<<"$body")
log "import $status: $written written, $failed failed in ${elapsed}s"

log "COPY of the same rows into a plain table"
psqlq -c "DROP SCHEMA IF EXISTS bench_import CASCADE; CREATE SCHEMA bench_import;
          CREATE TABLE bench_import.rows (sku varchar(60) PRIMARY KEY, barcode varchar(60), product_slug varchar(200),
            product_name varchar(200), brand varchar(200), category varchar(200), size varchar(30), color varchar(60),
            base_price numeric(14,2), price_override numeric(14,2), cost_price numeric(14,2), tax_code varchar(2), status varchar(30));"
cstart=$(date +%s.%N)
psqlq -c "\\copy bench_import.rows FROM '$work/import.csv' WITH (FORMAT csv, HEADER true)"
celapsed=$(echo "$(date +%s.%N) - $cstart" | bc -l)

echo
echo "Colca catalog import benchmark — $(date -u +'%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, $ROWS rows, chunk $CHUNK"
awk -v r="$ROWS" -v w="$written" -v f="$failed" -v e="$elapsed" -v c="$celapsed" -v st="$status" 'BEGIN {
  printf "%-40s %10s %12s\n", "scenario", "seconds", "rows/s"
  printf "%-40s %10.1f %12.0f   (%s, %d written, %d failed)\n", "import job (API, upsert by SKU)", e, r / e, st, w, f
  printf "%-40s %10.2f %12.0f\n", "PostgreSQL COPY into a plain table", c, r / c
  printf "ratio import/COPY = %.4f\n", (r / e) / (r / c) }'
# machine-readable figure for bench/run-all (required: import ≥ 5 % of COPY)
awk -v r="$ROWS" -v e="$elapsed" -v c="$celapsed" 'BEGIN {
  printf "RESULT name=catalog-import figure=%.0f unit=rows/s baseline=%.0f baseline_unit=rows/s ratio=%.4f required=0.05\n",
    r / e, r / c, (r / e) / (r / c) }'
