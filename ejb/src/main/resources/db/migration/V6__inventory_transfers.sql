-- V6: stock transfers between locations (issue 4). Added beyond the data model (docs/inventory-transfers.md):
-- the model has the ledger lines TRANSFER_OUT / TRANSFER_IN but no document that ties them together,
-- keeps what is in transit, takes partial receipts or records what was lost on the way.
--
-- Status: DRAFT → DISPATCHED → PARTIALLY_RECEIVED → RECEIVED, or DRAFT → CANCELLED.
-- Stock moves only through the ledger (reference_doc = transfer_number): dispatch writes one
-- TRANSFER_OUT per line (from = source), every receipt one TRANSFER_IN per received line (to = destination).

-- human-readable numbers TRF-000001, TRF-000002, ... (gaps allowed; a plain counter, not an id)
CREATE SEQUENCE inventory_transfer_number_seq INCREMENT BY 1;

CREATE SEQUENCE inventory_transfers_seq INCREMENT BY 50;
CREATE TABLE inventory_transfers (
    id                bigint       NOT NULL,
    transfer_number   varchar(30)  NOT NULL,
    from_location_id  bigint       NOT NULL,
    to_location_id    bigint       NOT NULL,
    status            varchar(30)  NOT NULL DEFAULT 'DRAFT',
    notes             text,
    version           bigint       NOT NULL DEFAULT 0,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    created_by        bigint,
    updated_at        timestamptz,
    dispatched_at     timestamptz,
    dispatched_by     bigint,
    received_at       timestamptz,   -- when the transfer became RECEIVED (last receipt or close)
    received_by       bigint,
    cancelled_at      timestamptz,
    cancelled_by      bigint,
    CONSTRAINT pk_inventory_transfers PRIMARY KEY (id),
    CONSTRAINT uq_inventory_transfers_number UNIQUE (transfer_number),
    CONSTRAINT fk_inventory_transfers_from_location_id FOREIGN KEY (from_location_id) REFERENCES locations (id) ON DELETE RESTRICT,
    CONSTRAINT fk_inventory_transfers_to_location_id FOREIGN KEY (to_location_id) REFERENCES locations (id) ON DELETE RESTRICT,
    CONSTRAINT fk_inventory_transfers_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_inventory_transfers_dispatched_by FOREIGN KEY (dispatched_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_inventory_transfers_received_by FOREIGN KEY (received_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_inventory_transfers_cancelled_by FOREIGN KEY (cancelled_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_inventory_transfers_status CHECK (status IN ('DRAFT', 'DISPATCHED', 'PARTIALLY_RECEIVED', 'RECEIVED',
                                                               'CANCELLED')),
    CONSTRAINT ck_inventory_transfers_locations CHECK (from_location_id <> to_location_id),
    CONSTRAINT ck_inventory_transfers_dispatched CHECK (status IN ('DRAFT', 'CANCELLED') OR dispatched_at IS NOT NULL),
    CONSTRAINT ck_inventory_transfers_received CHECK (status <> 'RECEIVED' OR received_at IS NOT NULL),
    CONSTRAINT ck_inventory_transfers_cancelled CHECK (status <> 'CANCELLED' OR cancelled_at IS NOT NULL)
);
-- the list filters: status (newest first), source, destination
CREATE INDEX ix_inventory_transfers_status_created_at ON inventory_transfers (status, created_at);
CREATE INDEX ix_inventory_transfers_created_at ON inventory_transfers (created_at);
CREATE INDEX ix_inventory_transfers_from_location_id ON inventory_transfers (from_location_id, status);
CREATE INDEX ix_inventory_transfers_to_location_id ON inventory_transfers (to_location_id, status);
CREATE INDEX ix_inventory_transfers_created_by ON inventory_transfers (created_by);

-- One line per variant (lines of the same variant are merged when the draft is saved).
-- In transit = quantity_sent - quantity_received - discrepancy_quantity while DISPATCHED / PARTIALLY_RECEIVED.
-- discrepancy_quantity: units that left the source and never arrived (recorded when the transfer is closed
-- short); they left the source through TRANSFER_OUT, so the ledger stays exact.
CREATE SEQUENCE inventory_transfer_lines_seq INCREMENT BY 50;
CREATE TABLE inventory_transfer_lines (
    id                    bigint   NOT NULL,
    transfer_id           bigint   NOT NULL,
    variant_id            bigint   NOT NULL,
    quantity_sent         integer  NOT NULL,
    quantity_received     integer  NOT NULL DEFAULT 0,
    discrepancy_quantity  integer  NOT NULL DEFAULT 0,
    discrepancy_reason    text,
    CONSTRAINT pk_inventory_transfer_lines PRIMARY KEY (id),
    CONSTRAINT fk_inventory_transfer_lines_transfer_id FOREIGN KEY (transfer_id) REFERENCES inventory_transfers (id) ON DELETE CASCADE,
    CONSTRAINT fk_inventory_transfer_lines_variant_id FOREIGN KEY (variant_id) REFERENCES product_variants (id) ON DELETE RESTRICT,
    CONSTRAINT uq_inventory_transfer_lines_variant UNIQUE (transfer_id, variant_id),
    CONSTRAINT ck_inventory_transfer_lines_sent CHECK (quantity_sent > 0),
    CONSTRAINT ck_inventory_transfer_lines_received CHECK (quantity_received >= 0),
    CONSTRAINT ck_inventory_transfer_lines_discrepancy CHECK (discrepancy_quantity >= 0),
    -- never more received (plus lost) than sent: over-receipts are refused (docs/inventory-transfers.md)
    CONSTRAINT ck_inventory_transfer_lines_balance CHECK (quantity_received + discrepancy_quantity <= quantity_sent),
    CONSTRAINT ck_inventory_transfer_lines_reason CHECK (discrepancy_quantity = 0 OR discrepancy_reason IS NOT NULL)
);
CREATE INDEX ix_inventory_transfer_lines_variant_id ON inventory_transfer_lines (variant_id);

-- The receipt history: one row per line received in one receipt (receipt_no 1, 2, ... per transfer).
CREATE SEQUENCE inventory_transfer_receipts_seq INCREMENT BY 50;
CREATE TABLE inventory_transfer_receipts (
    id           bigint       NOT NULL,
    transfer_id  bigint       NOT NULL,
    line_id      bigint       NOT NULL,
    receipt_no   integer      NOT NULL,
    quantity     integer      NOT NULL,
    received_at  timestamptz  NOT NULL DEFAULT now(),
    received_by  bigint,
    CONSTRAINT pk_inventory_transfer_receipts PRIMARY KEY (id),
    CONSTRAINT fk_inventory_transfer_receipts_transfer_id FOREIGN KEY (transfer_id) REFERENCES inventory_transfers (id) ON DELETE CASCADE,
    CONSTRAINT fk_inventory_transfer_receipts_line_id FOREIGN KEY (line_id) REFERENCES inventory_transfer_lines (id) ON DELETE CASCADE,
    CONSTRAINT fk_inventory_transfer_receipts_received_by FOREIGN KEY (received_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT uq_inventory_transfer_receipts_line UNIQUE (transfer_id, receipt_no, line_id),
    CONSTRAINT ck_inventory_transfer_receipts_quantity CHECK (quantity > 0)
);
CREATE INDEX ix_inventory_transfer_receipts_line_id ON inventory_transfer_receipts (line_id);
CREATE INDEX ix_inventory_transfer_receipts_received_by ON inventory_transfer_receipts (received_by);

COMMENT ON TABLE inventory_transfers IS 'Traslados de stock entre locales: borrador, despachado (en tránsito), recibido parcial o total, anulado.';
COMMENT ON TABLE inventory_transfer_lines IS 'Líneas de un traslado: variante, enviado, recibido y la diferencia (mermas en tránsito) con su motivo.';
COMMENT ON TABLE inventory_transfer_receipts IS 'Historial de recepciones (parciales) de un traslado, por línea.';
