#!/usr/bin/env bash
# Makes a WildFly 39 ready for Colca (idempotent: running it twice gives the same server).
#   wildfly-config/configure.sh /path/to/wildfly
# 1. adds the PostgreSQL JDBC driver module (org.postgresql) if missing,
# 2. creates the JWT signing keystore if missing ($COLCA_JWT_KEYSTORE, default
#    $JBOSS_HOME/standalone/configuration/colca-jwt.p12; password $COLCA_JWT_KEYSTORE_PASSWORD),
# 3. applies every NN-configure-*.cli in one offline (embedded) server session on standalone-full.xml.
# The server must be stopped. Database, SMTP and secrets are read from the environment when
# WildFly starts (see README "Configuration").
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
JBOSS_HOME=${1:?usage: configure.sh JBOSS_HOME}
JBOSS_HOME=$(cd "$JBOSS_HOME" && pwd)
cli="$JBOSS_HOME/bin/jboss-cli.sh"

if [ ! -f "$JBOSS_HOME/modules/org/postgresql/main/module.xml" ]; then
  jar=${PG_JDBC_JAR:-}
  if [ -z "$jar" ]; then
    version=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' "$here/../pom.xml")
    tmp=$(mktemp -d)
    mvn -q -B dependency:copy -Dartifact="org.postgresql:postgresql:$version" -DoutputDirectory="$tmp" >/dev/null
    jar="$tmp/postgresql-$version.jar"
  fi
  "$cli" --command="module add --name=org.postgresql --resources=$jar --dependencies=java.sql,java.naming,jakarta.transaction.api"
  echo "configure: added module org.postgresql ($(basename "$jar"))"
fi

keystore=${COLCA_JWT_KEYSTORE:-$JBOSS_HOME/standalone/configuration/colca-jwt.p12}
password=${COLCA_JWT_KEYSTORE_PASSWORD:-colca-dev-only}
if [ ! -f "$keystore" ]; then
  mkdir -p "$(dirname "$keystore")"
  keytool -genkeypair -alias colca-jwt -keyalg RSA -keysize 2048 -sigalg SHA256withRSA -validity 3650 \
    -dname "CN=Colca API tokens" -storetype PKCS12 -keystore "$keystore" \
    -storepass "$password" -keypass "$password" >/dev/null 2>&1
  echo "configure: created JWT signing key in $keystore"
fi

script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
  echo "embed-server --server-config=standalone-full.xml --std-out=discard"
  for f in "$here"/[0-9][0-9]-configure-*.cli; do
    echo "# ---- $(basename "$f")"
    cat "$f"
    echo
  done
  echo "stop-embedded-server"
} > "$script"
"$cli" --file="$script" >/dev/null
echo "configure: $JBOSS_HOME configured for Colca"
