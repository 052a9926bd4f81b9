-- Security seams shared by the performance and security/administration work (issues 9 and 10).
--
-- users.security_stamp   rotated when a user is locked, deleted or changes password: a token carries
--                        the stamp it was issued with and is refused once it no longer matches
--                        (checked through a bounded per-node cache, see docs/security.md).
-- users.version / roles.version   optimistic locking of the administration screens and API.
-- users.must_change_password      set by a password reset or the first-administrator command.
-- users.password_changed_at       when the password last changed (shown to administrators).
-- user_locations          store/warehouse scope: the locations a user acts in. Holders of
--                        security.scope.all (administrators, auditors) act everywhere.

ALTER TABLE users
    ADD COLUMN security_stamp       uuid        NOT NULL DEFAULT gen_random_uuid(),
    ADD COLUMN version              bigint      NOT NULL DEFAULT 0,
    ADD COLUMN must_change_password boolean     NOT NULL DEFAULT false,
    ADD COLUMN password_changed_at  timestamptz;

ALTER TABLE roles
    ADD COLUMN version bigint NOT NULL DEFAULT 0;

CREATE TABLE user_locations (
    user_id     bigint NOT NULL,
    location_id bigint NOT NULL,
    CONSTRAINT pk_user_locations PRIMARY KEY (user_id, location_id),
    CONSTRAINT fk_user_locations_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_locations_location_id FOREIGN KEY (location_id) REFERENCES locations (id) ON DELETE RESTRICT
);
CREATE INDEX ix_user_locations_location_id ON user_locations (location_id);
COMMENT ON TABLE user_locations IS 'Alcance por tienda/almacén: las ubicaciones en que un usuario opera (security.scope.all: todas).';

INSERT INTO permissions (id, slug, description) VALUES
    (62, 'security.scope.all',         'Operar y consultar en todas las tiendas y almacenes (sin alcance por ubicación)'),
    (63, 'inventory.reserve.override', 'Extender, liberar o convertir reservas creadas por otro usuario');
SELECT setval('permissions_seq', (SELECT max(id) FROM permissions));

-- admin holds every permission; the accountant (auditor) sees every store
INSERT INTO role_permissions (role_id, permission_id)
    SELECT 1, id FROM permissions WHERE slug IN ('security.scope.all', 'inventory.reserve.override');
INSERT INTO role_permissions (role_id, permission_id)
    SELECT 5, id FROM permissions WHERE slug = 'security.scope.all';
