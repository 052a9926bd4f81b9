#!/usr/bin/env bash
# Creates the first administrator of a Colca database without demo data:
#   wildfly-config/create-admin.sh EMAIL ["Full Name"]
# Needs psql and the database variables of the server (README "Configuration"): COLCA_DB_HOST,
# COLCA_DB_PORT, COLCA_DB_NAME, COLCA_DB_USER, COLCA_DB_PASSWORD (same defaults). Run it after the
# first deployment of colca.ear (the deployment creates the schema). The user gets the role "admin"
# and a one-time password, printed once here and never stored in clear; at the first sign-in the
# console asks him to choose his own (must_change_password), and the API gives him no token before.
# The bcrypt hash ($2a$, as the WildFly realm reads it) is computed by PostgreSQL's pgcrypto: the
# one installed in the database, or a temporary one created and dropped inside the same transaction.
# An audit_logs row records the creation. Refuses an e-mail that a live user already has.
set -euo pipefail
email=${1:?usage: create-admin.sh EMAIL [FULL_NAME]}
name=${2:-Administrador}
case "$email" in
  *@*) ;;
  *) echo "create-admin: '$email' is not an e-mail address" >&2; exit 2 ;;
esac
command -v psql >/dev/null || { echo "create-admin: psql is required (Debian: apt-get install postgresql-client)" >&2; exit 2; }

export PGHOST=${COLCA_DB_HOST:-127.0.0.1} PGPORT=${COLCA_DB_PORT:-5433} PGDATABASE=${COLCA_DB_NAME:-colca}
export PGUSER=${COLCA_DB_USER:-colca} PGPASSWORD=${COLCA_DB_PASSWORD:-colca}
psql_q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

if [ "$(psql_q -tAc "SELECT to_regclass('users') IS NOT NULL AND EXISTS (SELECT 1 FROM roles WHERE name = 'admin')" 2>/dev/null)" != "t" ]; then
  echo "create-admin: no Colca schema in $PGDATABASE at $PGHOST:$PGPORT (deploy colca.ear once first)" >&2
  exit 1
fi

# 16 characters of an unambiguous alphabet (no 0/O, 1/l/I): about 92 bits
password=$(LC_ALL=C tr -dc 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789' </dev/urandom | head -c 16 || true)
[ ${#password} -eq 16 ] || { echo "create-admin: could not generate a password" >&2; exit 1; }

schema=$(psql_q -tAc "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pgcrypto'")
if [ -n "$schema" ]; then
  setup="" teardown="" crypto="\"$schema\""
else
  setup="CREATE SCHEMA colca_create_admin; CREATE EXTENSION pgcrypto SCHEMA colca_create_admin;"
  teardown="DROP EXTENSION pgcrypto; DROP SCHEMA colca_create_admin;"
  crypto=colca_create_admin
fi

out=$(psql_q -tA -v email="$email" -v name="$name" -v pw="$password" <<SQL
BEGIN;
$setup
SELECT CASE WHEN EXISTS (SELECT 1 FROM users WHERE lower(email) = lower(:'email') AND deleted_at IS NULL)
            THEN 'taken' ELSE 'free' END AS state \gset
SELECT :'state' = 'taken' AS taken \gset
\if :taken
ROLLBACK;
SELECT 'TAKEN';
\q
\endif
INSERT INTO users (id, email, password_hash, full_name, status, must_change_password, password_changed_at)
VALUES (nextval('users_seq'), lower(:'email'), $crypto.crypt(:'pw', $crypto.gen_salt('bf', 10)), :'name', 'ACTIVE',
        true, now())
RETURNING id AS new_id \gset
INSERT INTO user_roles (user_id, role_id) SELECT :new_id, id FROM roles WHERE name = 'admin';
INSERT INTO audit_logs (id, user_id, action, entity_table, entity_id, old_values, new_values, ip_address, created_at)
VALUES (nextval('audit_logs_seq'), NULL, 'CREATE', 'users', :'new_id', NULL,
        jsonb_build_object('email', lower(:'email'), 'fullName', :'name', 'status', 'ACTIVE', 'roles', jsonb_build_array('admin'),
                           'mustChangePassword', true, 'createdBy', 'wildfly-config/create-admin.sh'),
        NULL, now());
$teardown
COMMIT;
SELECT 'CREATED ' || :new_id;
SQL
)
case "$out" in
  *TAKEN*)
    echo "create-admin: a user with e-mail $email already exists; nothing changed" >&2
    exit 1 ;;
  *CREATED*)
    echo "Administrator $email created (user id ${out##*CREATED }) with the role admin."
    echo "One-time password (shown only now): $password"
    echo "Sign in to the console with it: Colca asks for a new password before anything else." ;;
  *)
    echo "create-admin: unexpected answer from the database: $out" >&2
    exit 1 ;;
esac
