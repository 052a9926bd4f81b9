#!/usr/bin/env bash
# Puts Colca's secrets in an Elytron credential store instead of WildFly's environment:
#   wildfly-config/create-credential-store.sh /path/to/wildfly
# Reads the secrets to store from the environment (or asks for them on a terminal):
#   COLCA_JWT_KEYSTORE_PASSWORD, COLCA_DB_PASSWORD, COLCA_SETTINGS_KEY
# and the store's own location and password:
#   COLCA_CREDENTIAL_STORE           (default $JBOSS_HOME/standalone/configuration/colca-secrets.p12)
#   COLCA_CREDENTIAL_STORE_PASSWORD  (required; the one secret left in WildFly's environment)
# It creates the store (PKCS#12, mode 600) if missing, adds or replaces the aliases
# colca-jwt-keystore-password, colca-db-password and colca-settings-key, and, with WildFly stopped,
# configures the server (offline CLI, idempotent): an Elytron credential-store "colca-secrets" at
# ${env.COLCA_CREDENTIAL_STORE}, the datasources' password and the JWT key store's password taken from
# it. Colca's code (SecretSource) reads the store first and the environment second, so start WildFly
# with COLCA_CREDENTIAL_STORE and COLCA_CREDENTIAL_STORE_PASSWORD exported and the three secrets
# removed from its environment. Run it again to rotate a value (then restart WildFly).
set -euo pipefail
JBOSS_HOME=${1:?usage: create-credential-store.sh /path/to/wildfly}
[ -x "$JBOSS_HOME/bin/elytron-tool.sh" ] || { echo "create-credential-store: no WildFly at $JBOSS_HOME" >&2; exit 2; }
store=${COLCA_CREDENTIAL_STORE:-$JBOSS_HOME/standalone/configuration/colca-secrets.p12}
store_password=${COLCA_CREDENTIAL_STORE_PASSWORD:?set COLCA_CREDENTIAL_STORE_PASSWORD (the store password, also needed by WildFly at start)}

secret() { # VARIABLE: its value from the environment, or asked (not echoed) on a terminal
  local name=$1 value=${!1:-}
  if [ -z "$value" ] && [ -t 0 ]; then
    read -r -s -p "$name: " value; echo >&2
  fi
  [ -n "$value" ] || { echo "create-credential-store: $name is not set" >&2; exit 2; }
  printf '%s' "$value"
}

tool() { "$JBOSS_HOME/bin/elytron-tool.sh" credential-store --location "$store" --password "$store_password" \
  --type KeyStoreCredentialStore --properties "keyStoreType=PKCS12" "$@"; }

umask 077
if [ ! -f "$store" ]; then
  mkdir -p "$(dirname "$store")"
  tool --create --summary >/dev/null
  echo "create-credential-store: created $store"
fi
for pair in colca-jwt-keystore-password:COLCA_JWT_KEYSTORE_PASSWORD colca-db-password:COLCA_DB_PASSWORD \
            colca-settings-key:COLCA_SETTINGS_KEY; do
  alias=${pair%%:*} variable=${pair#*:}
  value=$(secret "$variable")
  if tool --exists "$alias" >/dev/null 2>&1; then
    tool --remove "$alias" >/dev/null
  fi
  tool --add "$alias" --secret "$value" >/dev/null
  echo "create-credential-store: stored $alias"
done
chmod 600 "$store"

"$JBOSS_HOME/bin/jboss-cli.sh" --echo-command=false <<CLI
embed-server --server-config=standalone-full.xml --std-out=discard
if (outcome != success) of /subsystem=elytron/credential-store=colca-secrets:read-resource
    /subsystem=elytron/credential-store=colca-secrets:add(path="\${env.COLCA_CREDENTIAL_STORE:$store}", credential-reference={clear-text="\${env.COLCA_CREDENTIAL_STORE_PASSWORD}"}, implementation-properties={keyStoreType=PKCS12})
end-if
batch
/subsystem=datasources/xa-data-source=ColcaDS:undefine-attribute(name=password)
/subsystem=datasources/xa-data-source=ColcaDS:write-attribute(name=credential-reference, value={store=colca-secrets, alias=colca-db-password})
/subsystem=datasources/data-source=ColcaInfraDS:undefine-attribute(name=password)
/subsystem=datasources/data-source=ColcaInfraDS:write-attribute(name=credential-reference, value={store=colca-secrets, alias=colca-db-password})
/subsystem=elytron/key-store=colca-jwt-ks:write-attribute(name=credential-reference, value={store=colca-secrets, alias=colca-jwt-keystore-password})
run-batch
stop-embedded-server
CLI
echo "create-credential-store: WildFly reads the database and JWT keystore passwords from $store;"
echo "  start it with COLCA_CREDENTIAL_STORE=$store and COLCA_CREDENTIAL_STORE_PASSWORD exported"
