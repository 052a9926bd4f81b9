-- =====================================================================================================
-- V7: physical count sessions (inventory_counts + inventory_count_lines) and the settings of the
-- scheduled full audit snapshot. The data model has no count session: counted quantities are
-- entered over minutes or hours by several people before a manager approves the corrections, so
-- they need a home of their own (docs/inventory-counts.md). Conventions as everywhere
-- (docs/conventions.md): pooled sequences INCREMENT BY 50, timestamptz, FKs to users, CHECKs,
-- a version for optimistic locking.
-- =====================================================================================================

CREATE SEQUENCE inventory_counts_seq INCREMENT BY 50;
CREATE TABLE inventory_counts (
    id                    bigint       NOT NULL,
    -- CNT-000123, shown to people; generated from the id, never written by the application
    count_number          varchar(30)  GENERATED ALWAYS AS
                              ('CNT-' || CASE WHEN id < 1000000 THEN lpad(id::text, 6, '0') ELSE id::text END) STORED,
    location_id           bigint       NOT NULL,
    scope                 varchar(30)  NOT NULL,               -- ALL stocked variants or SELECTED ones
    status                varchar(30)  NOT NULL DEFAULT 'OPEN',
    notes                 text,
    started_by            bigint,
    started_at            timestamptz  NOT NULL DEFAULT now(),
    submitted_by          bigint,
    submitted_at          timestamptz,
    approved_by           bigint,
    approved_at           timestamptz,
    cancelled_by          bigint,
    cancelled_at          timestamptz,
    uncounted_as_zero     boolean      NOT NULL DEFAULT false, -- the approver confirmed "uncounted = 0"
    version               bigint       NOT NULL DEFAULT 0,
    CONSTRAINT pk_inventory_counts PRIMARY KEY (id),
    CONSTRAINT uq_inventory_counts_count_number UNIQUE (count_number),
    CONSTRAINT fk_inventory_counts_location_id FOREIGN KEY (location_id) REFERENCES locations (id) ON DELETE RESTRICT,
    CONSTRAINT fk_inventory_counts_started_by FOREIGN KEY (started_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_inventory_counts_submitted_by FOREIGN KEY (submitted_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_inventory_counts_approved_by FOREIGN KEY (approved_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_inventory_counts_cancelled_by FOREIGN KEY (cancelled_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_inventory_counts_scope CHECK (scope IN ('ALL', 'SELECTED')),
    CONSTRAINT ck_inventory_counts_status CHECK (status IN ('OPEN', 'SUBMITTED', 'APPROVED', 'CANCELLED')),
    CONSTRAINT ck_inventory_counts_submitted CHECK (status = 'OPEN' OR status = 'CANCELLED' OR submitted_at IS NOT NULL),
    CONSTRAINT ck_inventory_counts_approved CHECK ((status = 'APPROVED') = (approved_at IS NOT NULL)),
    CONSTRAINT ck_inventory_counts_cancelled CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
);
-- at most one unfinished (OPEN or SUBMITTED) count per location: the database has the last word
CREATE UNIQUE INDEX uq_inventory_counts_location_unfinished ON inventory_counts (location_id)
    WHERE status IN ('OPEN', 'SUBMITTED');
CREATE INDEX ix_inventory_counts_location_id ON inventory_counts (location_id, started_at);
CREATE INDEX ix_inventory_counts_status ON inventory_counts (status, started_at);
CREATE INDEX ix_inventory_counts_started_by ON inventory_counts (started_by);
CREATE INDEX ix_inventory_counts_submitted_by ON inventory_counts (submitted_by);
CREATE INDEX ix_inventory_counts_approved_by ON inventory_counts (approved_by);
CREATE INDEX ix_inventory_counts_cancelled_by ON inventory_counts (cancelled_by);

CREATE SEQUENCE inventory_count_lines_seq INCREMENT BY 50;
CREATE TABLE inventory_count_lines (
    id                bigint       NOT NULL,
    count_id          bigint       NOT NULL,
    variant_id        bigint       NOT NULL,
    -- on hand when the line was first counted (null until then): the difference is counted minus this,
    -- so sales and receipts after the line was counted are never mistaken for a discrepancy
    system_quantity   integer,
    counted_quantity  integer,                              -- null = not counted yet
    counted_by        bigint,
    counted_at        timestamptz,                          -- first counted
    updated_at        timestamptz,                          -- last scan or edit
    CONSTRAINT pk_inventory_count_lines PRIMARY KEY (id),
    CONSTRAINT fk_inventory_count_lines_count_id FOREIGN KEY (count_id) REFERENCES inventory_counts (id) ON DELETE CASCADE,
    CONSTRAINT fk_inventory_count_lines_variant_id FOREIGN KEY (variant_id) REFERENCES product_variants (id) ON DELETE RESTRICT,
    CONSTRAINT fk_inventory_count_lines_counted_by FOREIGN KEY (counted_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT uq_inventory_count_lines_count_variant UNIQUE (count_id, variant_id),
    CONSTRAINT ck_inventory_count_lines_counted CHECK (counted_quantity IS NULL OR counted_quantity >= 0),
    CONSTRAINT ck_inventory_count_lines_system CHECK (system_quantity IS NULL OR system_quantity >= 0),
    CONSTRAINT ck_inventory_count_lines_counted_system CHECK ((counted_quantity IS NULL) = (system_quantity IS NULL)),
    CONSTRAINT ck_inventory_count_lines_counted_at CHECK ((counted_quantity IS NULL) = (counted_at IS NULL))
);
CREATE INDEX ix_inventory_count_lines_variant_id ON inventory_count_lines (variant_id);
CREATE INDEX ix_inventory_count_lines_counted_by ON inventory_count_lines (counted_by);

-- the snapshot timer asks "when was the last scheduled snapshot?" every minute
CREATE INDEX ix_inventory_audit_snapshots_type_at ON inventory_audit_snapshots (snapshot_type, snapshot_at);

COMMENT ON TABLE inventory_counts      IS 'Sesiones de conteo físico por local: abierta, enviada, aprobada (corrige el stock) o anulada.';
COMMENT ON TABLE inventory_count_lines IS 'Líneas de un conteo: stock del sistema al contar, cantidad contada, quién y cuándo.';

-- settings: the daily full snapshot (ids from the sequence: other migrations add settings too)
INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)
VALUES (nextval('system_settings_seq'), 'inventory.snapshot.daily_time', '02:00', 'STRING',
        'Hora (HH:MM, zona horaria del negocio) de la foto diaria completa del stock para auditoría.', false)
ON CONFLICT (setting_key) DO NOTHING;
