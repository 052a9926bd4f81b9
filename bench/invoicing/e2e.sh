#!/usr/bin/env bash
# End to end: SUNAT documents accepted per second through sunat.outbound and the simulator
# (bench/invoicing/README.md, "End to end"). Against a running Colca with its demo data and the simulator
# (bin/colca-run deploys both):
#
#   bench/invoicing/e2e.sh                     # 200 boletas at LIM-01
#   DOCUMENTS=50 bench/invoicing/e2e.sh
#   BENCH_URL=http://127.0.0.1:8280 PGPORT=5633 JBOSS_HOME=... MGMT_PORT=10190 bench/invoicing/e2e.sh
#
# 1. Makes the demo company (RUC 20601122333) able to send to the local simulator: its billService URL,
#    SOL user MODDATOS, a throw-away PKCS#12 (keytool), establishment 0001 for LIM-01 (API, as admin).
# 2. Stops the delivery of sunat.outbound to the sender's MDB (jboss-cli stop-delivery) and raises the
#    sweep interval, so nothing is sent while the sales are made.
# 3. Makes DOCUMENTS POS sales at LIM-01 through the API (order + CARD payment, 4 in parallel): each
#    commits a PENDING boleta and leaves its nudge in the queue.
# 4. Starts the delivery and measures from the first claim (min sent_at) to the last CDR (max answered_at):
#    figure = accepted / seconds. Baseline: the same number of bare sendBill calls is not measured
#    here (the simulator's cost is inside the figure); the bench reports the pipeline as a whole.
# Prints the RESULT line bench/run-all collects. Restores the sweep interval and the delivery.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
BENCH_URL=${BENCH_URL:-http://127.0.0.1:8080}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5433} PGDATABASE=${PGDATABASE:-colca}
export PGUSER=${PGUSER:-colca} PGPASSWORD=${PGPASSWORD:-colca}
JBOSS_HOME=${JBOSS_HOME:-$repo/.colca/run/wildfly}
MGMT_PORT=${MGMT_PORT:-9990}
DOCUMENTS=${DOCUMENTS:-200}
PARALLEL=${PARALLEL:-4}
DEADLINE=${DEADLINE:-900}
RUC=20601122333
work=$(mktemp -d /tmp/colca-bench-e2e.XXXXXX)
log() { printf '[bench] %s\n' "$*" >&2; }
psqlq() { psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }
cli() { "$JBOSS_HOME/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$MGMT_PORT" --command="$1" >/dev/null; }
json() { grep -o "\"$1\":\"\{0,1\}[^\",}]*" | head -1 | sed "s/^\"$1\":\"\{0,1\}//"; }

mdb="/deployment=colca.ear/subdeployment=colca-ejb.jar/subsystem=ejb3/message-driven-bean=SunatOutboundConsumer"
old_sweep=$(psqlq -c "SELECT value FROM system_settings WHERE setting_key = 'invoicing.send.sweep_seconds'")
cleanup() {
  trap - INT TERM EXIT
  cli "$mdb:start-delivery" 2>/dev/null || true
  [ -n "$old_sweep" ] && psqlq -c "UPDATE system_settings SET value = '$old_sweep' WHERE setting_key = 'invoicing.send.sweep_seconds'" || true
  rm -rf "$work"
}
trap cleanup INT TERM EXIT

token() {
  curl -s -H 'Content-Type: application/json' -d "{\"email\":\"$1\",\"password\":\"${COLCA_DEMO_PASSWORD:-demo1234}\"}" \
    "$BENCH_URL/api/v1/auth/token" | json access_token
}
admin=$(token admin@colca.test)
[ -n "$admin" ] || { log "no Colca at $BENCH_URL (or no demo data): start bin/colca-run first"; exit 2; }
api() { # method path token [body] [extra header]
  curl -s -D "$work/headers" -o "$work/body" -w '%{http_code}' -X "$1" -H "Authorization: Bearer $3" \
    -H 'Content-Type: application/json' ${5:+-H "$5"} ${4:+--data-binary "$4"} "$BENCH_URL/api/v1$2"
}
etag() { sed -n 's/^[Ee][Tt]ag: *\(.*\)\r$/\1/p' "$work/headers"; }

# 1. the demo company sends to the simulator
company=$(psqlq -c "SELECT id FROM companies WHERE ruc = '$RUC'")
store=$(psqlq -c "SELECT id FROM locations WHERE code = 'LIM-01'")
[ -n "$company" ] && [ -n "$store" ] || { log "demo company $RUC or store LIM-01 missing"; exit 2; }
api GET "/invoicing/companies/$company" "$admin" >/dev/null
tag=$(etag)
body=$(sed 's/"simulatorUrl":[^,}]*/"simulatorUrl":"'"${BENCH_URL//\//\\/}"'\/sunat-sim\/billService"/' "$work/body")
body=$(printf '%s' "$body" | sed 's/"endpoint":"[A-Z]*"/"endpoint":"SIMULATOR"/; s/"legalName":/"legalName":/')
code=$(api PUT "/invoicing/companies/$company" "$admin" "$body" "If-Match: $tag")
[ "$code" = 200 ] || { log "PUT company → $code $(cat "$work/body")"; exit 2; }
api GET "/invoicing/companies/$company" "$admin" >/dev/null
code=$(api PUT "/invoicing/companies/$company/sol-credentials" "$admin" '{"solUser":"MODDATOS","solPassword":"moddatos"}' "If-Match: $(etag)")
[ "$code" = 200 ] || { log "PUT sol-credentials → $code $(cat "$work/body")"; exit 2; }
keytool -genkeypair -alias bench -keyalg RSA -keysize 2048 -sigalg SHA256withRSA -validity 30 \
  -dname "CN=COLCA BENCH, OU=$RUC, C=PE" -storetype PKCS12 -keystore "$work/bench.p12" \
  -storepass colca-bench -keypass colca-bench >/dev/null 2>&1
api GET "/invoicing/companies/$company" "$admin" >/dev/null
code=$(api PUT "/invoicing/companies/$company/certificate" "$admin" \
  "{\"fileName\":\"bench.p12\",\"pkcs12\":\"$(base64 -w0 "$work/bench.p12")\",\"password\":\"colca-bench\"}" "If-Match: $(etag)")
[ "$code" = 200 ] || { log "PUT certificate → $code $(cat "$work/body")"; exit 2; }
api PUT "/invoicing/companies/$company/establishments/$store" "$admin" '{"code":"0001"}' >/dev/null

# 2. nothing is sent while the sales are made
psqlq -c "UPDATE system_settings SET value = '3600' WHERE setting_key = 'invoicing.send.sweep_seconds'"
cli "$mdb:stop-delivery"
sleep 6 # the settings cache (5 s) takes the long sweep interval

# 3. the sales: one unit of the variants with the most stock at LIM-01, paid by card
variants=($(psqlq -c "SELECT variant_id FROM inventory_stock WHERE location_id = $store AND quantity_available > 0
                      ORDER BY quantity_available DESC LIMIT 20"))
[ "${#variants[@]}" -gt 0 ] || { log "no stock at LIM-01"; exit 2; }
first=$(psqlq -c "SELECT coalesce(max(id), 0) FROM electronic_documents")
sale() {
  local i=$1 v=${variants[$(( $1 % ${#variants[@]} ))]} out=$work/sale-$1
  curl -s -o "$out.order" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d "{\"locationId\":$store,\"channel\":\"POS\",\"lines\":[{\"variantId\":$v,\"quantity\":1}]}" "$BENCH_URL/api/v1/orders"
  local id total
  id=$(json id <"$out.order"); total=$(json grandTotal <"$out.order")
  [ -n "$id" ] || { log "order $i: $(cat "$out.order")"; return 0; }
  curl -s -o "$out.pay" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -H "Idempotency-Key: bench-$$-$i" \
    -d "{\"method\":\"CARD\",\"amount\":$total,\"authCode\":\"$(printf 'BN%06d' "$i")\",\"cardLast4\":\"4242\"}" "$BENCH_URL/api/v1/orders/$id/payments"
}
export -f sale json log
export admin store BENCH_URL work
variants_list="${variants[*]}"
log "making $DOCUMENTS sales at LIM-01 ($PARALLEL in parallel), load $(cut -d' ' -f1 /proc/loadavg)"
seq 1 "$DOCUMENTS" | xargs -P "$PARALLEL" -I{} bash -c 'variants=('"$variants_list"'); sale {}'
issued=$(psqlq -c "SELECT count(*) FROM electronic_documents WHERE id > $first AND sunat_status = 'PENDING'")
log "$issued boletas PENDING, their nudges waiting in sunat.outbound"
if [ "$issued" -eq 0 ]; then # e.g. a demo database older than the store series (bin/colca-run loads demo data once)
  log "no sale made a boleta; the first answers: $(cat "$work"/sale-1.order "$work"/sale-1.pay 2>/dev/null | head -c 600)"
  exit 1
fi

# 4. delivery on: the queue drains through the MDB, the sender and the simulator
start=$(date +%s.%N)
cli "$mdb:start-delivery"
for _ in $(seq 1 "$DEADLINE"); do
  done_=$(psqlq -c "SELECT count(*) FROM electronic_documents WHERE id > $first AND sunat_status <> 'PENDING' AND sunat_status <> 'SENT'")
  [ "$done_" -ge "$issued" ] && break
  sleep 1
done
# the window: from the first claim (delivery really on; the jboss-cli call itself takes seconds) to the last CDR
read -r accepted seconds cli_seconds <<<"$(psqlq -F ' ' -c "SELECT count(*) FILTER (WHERE sunat_status = 'ACCEPTED'),
    round(extract(epoch FROM max(answered_at) - min(sent_at))::numeric, 2),
    round((extract(epoch FROM max(answered_at)) - $start)::numeric, 2) FROM electronic_documents WHERE id > $first")"
others=$(psqlq -c "SELECT string_agg(sunat_status || ' ' || coalesce(last_error, ''), '; ') FROM electronic_documents
                   WHERE id > $first AND sunat_status <> 'ACCEPTED'")
rate=$(awk -v n="$accepted" -v s="$seconds" 'BEGIN { printf "%.1f", (s > 0) ? n / s : 0 }')
log "$accepted of $issued accepted in ${seconds}s${others:+; not accepted: $others}"
printf '%-44s %s\n' "boletas accepted" "$accepted of $issued" "seconds, first claim to last CDR" "$seconds" \
  "seconds, start-delivery command to last CDR" "$cli_seconds" "documents accepted per second" "$rate" \
  "load average (1 min) at the end" "$(cut -d' ' -f1 /proc/loadavg)"
echo "RESULT name=invoicing-e2e figure=$rate unit=docs/s baseline=- baseline_unit=- ratio=- required=-"
