#!/usr/bin/env bash
# Makes a WildFly 39 ready for Colca (idempotent: running it twice gives the same server).
#   wildfly-config/configure.sh /path/to/wildfly
# 1. adds the PostgreSQL JDBC driver module (org.postgresql) if missing,
# 2. creates the JWT signing keystore if missing ($COLCA_JWT_KEYSTORE, default
#    $JBOSS_HOME/standalone/configuration/colca-jwt.p12; password $COLCA_JWT_KEYSTORE_PASSWORD, required
#    unless COLCA_ENV=development), readable by its owner only (mode 600),
# 3. applies every NN-configure-*.cli in one offline (embedded) server session on standalone-full.xml,
#    with SMTP authentication on when COLCA_SMTP_USER is set now (its value is read when WildFly starts).
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
password=${COLCA_JWT_KEYSTORE_PASSWORD:-}
if [ -z "$password" ] || [ "$password" = colca-dev-only ]; then
  if [ "${COLCA_ENV:-production}" != development ]; then
    echo "configure: set COLCA_JWT_KEYSTORE_PASSWORD to a secret of your own (the development default is" \
      "public), or COLCA_ENV=development on a developer machine; see docs/security-hardening.md" >&2
    exit 1
  fi
  password=colca-dev-only
fi
if [ ! -f "$keystore" ]; then
  mkdir -p "$(dirname "$keystore")"
  # the private key: never readable by other users, not even for the moment before the chmod
  (umask 077 && keytool -genkeypair -alias colca-jwt -keyalg RSA -keysize 2048 -sigalg SHA256withRSA -validity 3650 \
    -dname "CN=Colca API tokens" -storetype PKCS12 -keystore "$keystore" \
    -storepass "$password" -keypass "$password" >/dev/null 2>&1)
  echo "configure: created JWT signing key in $keystore"
fi

chmod 600 "$keystore"

script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
  echo "embed-server --server-config=standalone-full.xml --std-out=discard"
  for f in "$here"/[0-9][0-9]-configure-*.cli; do
    echo "# ---- $(basename "$f")"
    cat "$f"
    echo
  done
  # SMTP authentication only when a user is configured: an empty user name is refused at boot
  if [ -n "${COLCA_SMTP_USER:-}" ]; then
    echo '/subsystem=mail/mail-session=colca/server=smtp:write-attribute(name=username, value="${env.COLCA_SMTP_USER}")'
    echo '/subsystem=mail/mail-session=colca/server=smtp:write-attribute(name=password, value="${env.COLCA_SMTP_PASSWORD:}")'
  else
    echo '/subsystem=mail/mail-session=colca/server=smtp:undefine-attribute(name=username)'
    echo '/subsystem=mail/mail-session=colca/server=smtp:undefine-attribute(name=password)'
  fi
  echo "stop-embedded-server"
} > "$script"
"$cli" --file="$script" >/dev/null
echo "configure: $JBOSS_HOME configured for Colca"
