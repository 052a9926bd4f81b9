#!/usr/bin/env bash
# Cost of an authenticated API read against the unauthenticated request to the same path, same run.
#
#   bench/api/run.sh                 # against a running Colca (bin/colca-run: :8080)
#   BENCH_START=1 bench/api/run.sh   # start bin/colca-run in the background first, stop it after
#   PROFILE=1 bench/api/run.sh       # also record JDK Flight Recorder during the authenticated run and
#                                    # print its top frames (needs jcmd and WildFly on this machine)
#
# Scenarios (CLIENTS closed-loop HTTP clients for SECONDS_PER_RUN each, after a short warm-up):
#   auth   GET /api/v1/locations?limit=5 with the bearer token of BENCH_USER (integrator): 200
#   anon   the same request without a token: the container's 401 (problem+json), no security realm,
#          no JAX-RS, no database — the floor of what an HTTP request costs on this server
# Prints a table and, last, the RESULT line that bench/run-all collects (required ratio 0.5).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)

BENCH_URL=${BENCH_URL:-http://127.0.0.1:8080}
CLIENTS=${CLIENTS:-16}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-10}
API_PATH=${API_PATH:-/api/v1/locations?limit=5}
work=$(mktemp -d /tmp/colca-bench-api.XXXXXX)
run_pid=

log() { printf '[bench] %s\n' "$*" >&2; }
cleanup() {
  trap - INT TERM EXIT
  if [ -n "$run_pid" ]; then
    log "stopping bin/colca-run (pid $run_pid)"
    kill -TERM "$run_pid" 2>/dev/null || true
    wait "$run_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup INT TERM EXIT

up() { curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
         -d "{\"email\":\"${BENCH_USER:-integrator@colca.test}\",\"password\":\"${BENCH_PASSWORD:-demo1234}\"}" \
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

# WildFly's pid: the JVM listening on the bench URL's port (for PROFILE=1)
wildfly_pid() {
  local port=${BENCH_URL##*:}; port=${port%%/*}
  jcmd 2>/dev/null | awk '/jboss-modules/ {print $1}' | while read -r pid; do
    if ss -ltnp 2>/dev/null | grep ":$port " | grep -q "pid=$pid,"; then echo "$pid"; fi
  done | head -1
}

# compiled once, so the JVM start of each scenario is short (and not inside a profile)
javac -d "$work" "$here/ApiBench.java"
bench() { java -cp "$work" ApiBench "$BENCH_URL" "$API_PATH" "$1" "$CLIENTS" "$SECONDS_PER_RUN" 3; }

jfr=
if [ "${PROFILE:-0}" = 1 ]; then
  pid=$(wildfly_pid)
  if [ -n "$pid" ]; then
    jfr=/tmp/colca-bench-api-$(date +%s).jfr
    log "profiling WildFly (pid $pid) during the authenticated run: $jfr"
    # after the token request and the 3 s warm-up, for the measured seconds only
    jcmd "$pid" JFR.start name=bench-api settings=profile delay=8s duration=$((SECONDS_PER_RUN - 4))s filename="$jfr" >/dev/null
  else
    log "PROFILE=1: WildFly's pid not found, no profile"
  fi
fi
log "auth: $CLIENTS clients, GET $API_PATH with a bearer token, ${SECONDS_PER_RUN}s"
auth_line=$(bench auth)
load_auth=$(cut -d' ' -f1 /proc/loadavg)
log "anon: $CLIENTS clients, the same GET without a token (401), ${SECONDS_PER_RUN}s"
anon_line=$(bench anon)
load_anon=$(cut -d' ' -f1 /proc/loadavg)

echo
echo "Colca API benchmark — $(date -u +'%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, $CLIENTS clients, ${SECONDS_PER_RUN}s per scenario"
printf '%-44s %10s %8s %9s %9s %8s\n' scenario "ok/s" errors "p50 ms" "p99 ms" "load"
read -r _ a_ok a_err _ a_rps a_p50 a_p99 <<<"$auth_line"
read -r _ n_ok n_err _ n_rps n_p50 n_p99 <<<"$anon_line"
printf '%-44s %10s %8s %9s %9s %8s\n' "GET $API_PATH, bearer token (200)" "$a_rps" "$a_err" "$a_p50" "$a_p99" "$load_auth"
printf '%-44s %10s %8s %9s %9s %8s\n' "the same without a token (401)" "$n_rps" "$n_err" "$n_p50" "$n_p99" "$load_anon"
ratio=$(awk -v a="$a_rps" -v n="$n_rps" 'BEGIN { printf "%.3f", (n > 0 ? a / n : 0) }')
echo "ratio authenticated/unauthenticated = $ratio (required 0.5)"
if [ -n "$jfr" ]; then
  for _ in $(seq 1 30); do [ -s "$jfr" ] && break; sleep 1; done
  echo
  echo "profile of the authenticated run ($jfr):"
  java "$here/TopFrames.java" "$jfr" 30 pe.colca org.wildfly.security org.hibernate org.jboss.resteasy \
    jakarta.json org.eclipse.yasson java.util.ServiceLoader org.postgresql org.jboss.jca
fi
echo "RESULT name=api-auth-locations figure=$a_rps unit=req/s baseline=$n_rps baseline_unit=req/s ratio=$ratio required=0.5"
