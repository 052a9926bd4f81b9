# Shared by bin/colca-run and bin/colca-test: a private PostgreSQL cluster and a WildFly
# provisioned from Maven Central and configured by wildfly-config/configure.sh.
# shellcheck shell=bash

COLCA_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
COLCA_HOME=${COLCA_HOME:-$COLCA_REPO/.colca}
WILDFLY_VERSION=$(sed -n 's:.*<wildfly.version>\(.*\)</wildfly.version>.*:\1:p' "$COLCA_REPO/pom.xml")

# The run and test commands are development: the public default secrets are accepted there
# (pe.colca.security.SecretSource). Any other COLCA_ENV (or none, on a real server) refuses them.
export COLCA_ENV=${COLCA_ENV:-development}

log() { printf '\033[1m[colca]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[colca] %s\033[0m\n' "$*" >&2; exit 1; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# ---------------------------------------------------------------------------- PostgreSQL
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

ensure_postgres_installed() {
  if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ]; then
    log "installing PostgreSQL (Debian package)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >/dev/null
  fi
  PG_BIN=$(pg_bin)
  [ -x "$PG_BIN/initdb" ] || die "PostgreSQL binaries not found after install"
}

# PostgreSQL refuses to run as root: as root the cluster belongs to the 'postgres' user.
pg_run() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# Lets the postgres user reach a folder below root-only parents (x bit only, no read).
pg_make_reachable() {
  [ "$(id -u)" -eq 0 ] || return 0
  local d=$1
  while [ "$d" != "/" ]; do
    if ! runuser -u postgres -- test -x "$d" 2>/dev/null; then chmod o+x "$d"; fi
    d=$(dirname "$d")
  done
}

# pg_start DIR PORT [extra postgres -c options...]: initialises DIR on first use, starts it.
pg_start() {
  local dir=$1 port=$2; shift 2
  ensure_postgres_installed
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; pg_make_reachable "$dir"; fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    pg_run "$PG_BIN/initdb" -D "$dir/data" --auth=trust -E UTF8 --locale=C.UTF-8 -U postgres >/dev/null
  fi
  local opts="-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_prepared_transactions=64 -c max_connections=150 -c shared_buffers=256MB"
  local extra
  for extra in "$@"; do opts="$opts -c $extra"; done
  if pg_run "$PG_BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    log "PostgreSQL already running in $dir"
  else
    pg_run "$PG_BIN/pg_ctl" -D "$dir/data" -o "$opts" -l "$dir/postgresql.log" -w -t 60 start >/dev/null \
      || die "PostgreSQL did not start; see $dir/postgresql.log"
  fi
  # the application's role, database and the 'infra' schema (JBeret + EJB timers) — idempotent
  local psql=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres)
  "${psql[@]}" -d postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname = '${COLCA_DB_USER}'" | grep -q 1 \
    || "${psql[@]}" -d postgres -c "CREATE ROLE \"${COLCA_DB_USER}\" LOGIN PASSWORD '${COLCA_DB_PASSWORD}'"
  "${psql[@]}" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '${COLCA_DB_NAME}'" | grep -q 1 \
    || "${psql[@]}" -d postgres -c "CREATE DATABASE \"${COLCA_DB_NAME}\" OWNER \"${COLCA_DB_USER}\""
  "${psql[@]}" -d "$COLCA_DB_NAME" -c "CREATE SCHEMA IF NOT EXISTS infra AUTHORIZATION \"${COLCA_DB_USER}\"" 2>/dev/null
}

pg_stop() {
  local dir=$1
  [ -f "$dir/data/PG_VERSION" ] || return 0
  pg_run "$(pg_bin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}

# ---------------------------------------------------------------------------- WildFly
# ensure_wildfly TARGET: unpacks WildFly from Maven Central into TARGET once and (re)applies
# wildfly-config whenever its scripts changed.
ensure_wildfly() {
  local target=$1
  if [ ! -x "$target/bin/standalone.sh" ]; then
    log "provisioning WildFly $WILDFLY_VERSION into $target"
    local zip="$HOME/.m2/repository/org/wildfly/wildfly-dist/$WILDFLY_VERSION/wildfly-dist-$WILDFLY_VERSION.zip"
    [ -f "$zip" ] || mvn -q -B dependency:get -Dartifact="org.wildfly:wildfly-dist:$WILDFLY_VERSION:zip" -Dtransitive=false >/dev/null \
      || die "could not download org.wildfly:wildfly-dist:$WILDFLY_VERSION:zip"
    local tmp
    tmp=$(mktemp -d "$(dirname "$target")/.wildfly.XXXXXX")
    unzip -q "$zip" -d "$tmp"
    rm -rf "$target"
    mv "$tmp/wildfly-$WILDFLY_VERSION" "$target"
    rm -rf "$tmp"
  fi
  local hash
  hash=$(cat "$COLCA_REPO"/wildfly-config/* | sha256sum | cut -c1-16)
  if [ "$(cat "$target/.colca-config" 2>/dev/null)" != "$hash" ]; then
    log "configuring WildFly (wildfly-config)"
    "$COLCA_REPO/wildfly-config/configure.sh" "$target"
    echo "$hash" > "$target/.colca-config"
  fi
}

# wildfly_start HOME PORT_OFFSET LOG: starts standalone-full in the background, waits until ready.
wildfly_start() {
  local home=$1 offset=$2 logfile=$3
  export JAVA_OPTS="${COLCA_JAVA_OPTS:--Xms256m -Xmx1536m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m} -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true -Duser.timezone=America/Lima -Djboss.socket.binding.port-offset=$offset"
  mkdir -p "$(dirname "$logfile")"
  rm -f "$home/standalone/log/server.log"
  "$home/bin/standalone.sh" -c standalone-full.xml -b 127.0.0.1 >"$logfile" 2>&1 &
  WILDFLY_PID=$!
  local i
  for i in $(seq 1 180); do
    if grep -q 'WFLYSRV0025' "$home/standalone/log/server.log" 2>/dev/null; then
      return 0
    fi
    grep -q 'WFLYSRV0026' "$home/standalone/log/server.log" 2>/dev/null && die "WildFly started with errors; see $home/standalone/log/server.log"
    kill -0 "$WILDFLY_PID" 2>/dev/null || die "WildFly exited; see $logfile"
    sleep 1
  done
  die "WildFly did not start within 180 s; see $logfile"
}

wildfly_cli() {
  local home=$1 offset=$2; shift 2
  "$home/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$((9990 + offset))" "$@"
}

wildfly_stop() {
  local home=$1 offset=$2
  [ -n "${WILDFLY_PID:-}" ] || return 0
  if kill -0 "$WILDFLY_PID" 2>/dev/null; then
    wildfly_cli "$home" "$offset" --command=:shutdown >/dev/null 2>&1 || kill "$WILDFLY_PID" 2>/dev/null || true
    wait "$WILDFLY_PID" 2>/dev/null || true
  fi
  WILDFLY_PID=
}
