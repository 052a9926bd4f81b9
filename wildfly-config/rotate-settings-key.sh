#!/usr/bin/env bash
# Rotates COLCA_SETTINGS_KEY: re-encrypts every encrypted system setting, then every company secret (SOL
# password, certificate and its password), from the old secret to the new one, each in one database
# transaction (docs/security-hardening.md, "Rotating COLCA_SETTINGS_KEY").
#   COLCA_SETTINGS_KEY_PREVIOUS=<old> COLCA_SETTINGS_KEY=<new> COLCA_DB_PASSWORD=... \
#     wildfly-config/rotate-settings-key.sh /path/to/wildfly /path/to/colca.ear
# Database from COLCA_DB_HOST/PORT/NAME/USER/PASSWORD, as the server reads them. Stop WildFly first (or
# restart it with the new key right after): a server still on the old key cannot read the new values.
# Running it twice is harmless.
set -euo pipefail
JBOSS_HOME=${1:?usage: rotate-settings-key.sh JBOSS_HOME colca.ear}
ear=${2:?usage: rotate-settings-key.sh JBOSS_HOME colca.ear}
: "${COLCA_SETTINGS_KEY_PREVIOUS:?set COLCA_SETTINGS_KEY_PREVIOUS to the old secret}"
: "${COLCA_SETTINGS_KEY:?set COLCA_SETTINGS_KEY to the new secret}"
driver=$(ls "$JBOSS_HOME"/modules/org/postgresql/main/*.jar 2>/dev/null | head -n 1)
[ -n "$driver" ] || { echo "no PostgreSQL driver module in $JBOSS_HOME (run configure.sh first)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unzip -q -o "$ear" 'colca-ejb*.jar' -d "$tmp"
cp="$(ls "$tmp"/colca-ejb*.jar | head -n 1):$driver"
java -cp "$cp" pe.colca.settings.internal.SettingKeyRotation
java -cp "$cp" pe.colca.invoicing.internal.CompanySecretRotation
