-- =====================================================================================================
-- Colca — V25: orders, the status machine's approval queue and payments exactly once (issue 12, sales).
--
-- Fixes forward two CHECKs of V1:
--   orders.channel   POS, WEB, PHONE (API kept: rows written before this migration may hold it)
--   payments.method  + LOYALTY (points redeemed as a payment through the customer area's ledger)
--
-- orders: external_id  a key the client chooses (a client-generated UUID of an offline till, or the
--                      Idempotency-Key of POST /orders): unique among orders, so a retry or a re-sync
--                      finds the first order instead of making a second one; request_hash is the
--                      SHA-256 of what was asked, so the same key with another request is refused.
--         shipping_charge the delivery charge as entered (shelf terms), which pricing turns into
--                      shipping_cost (without IGV) and IGV on every re-pricing of the order.
--         document_type the SUNAT document the sale asks for: 03 boleta (default), 01 factura.
-- order_items.reservation_id: the inventory reservation that holds the line's units while the order
--                      is a draft (no FK: inventory deletes the row when it is converted, released or
--                      swept, and the TTL sweep must not touch sales' rows).
-- order_approval_requests: transitions with requires_approval wait here until another user holding
--                      the transition's required_permission approves or rejects them; at most one
--                      pending request per order.
-- Settings: payment.idempotency.ttl_hours (how long a payment's Idempotency-Key answers replays),
--           security.trusted_proxies (addresses whose X-Forwarded-For is believed).
-- =====================================================================================================

ALTER TABLE orders DROP CONSTRAINT ck_orders_channel;
ALTER TABLE orders ADD CONSTRAINT ck_orders_channel CHECK (channel IN ('POS', 'WEB', 'PHONE', 'API'));

ALTER TABLE orders ADD COLUMN external_id varchar(100);
ALTER TABLE orders ADD COLUMN request_hash varchar(64);
ALTER TABLE orders ADD COLUMN shipping_charge numeric(14,2) NOT NULL DEFAULT 0;
ALTER TABLE orders ADD CONSTRAINT ck_orders_shipping_charge CHECK (shipping_charge >= 0);
ALTER TABLE orders ADD COLUMN document_type varchar(2) NOT NULL DEFAULT '03';
ALTER TABLE orders ADD CONSTRAINT ck_orders_document_type CHECK (document_type IN ('01', '03'));
ALTER TABLE orders ADD CONSTRAINT uq_orders_external_id UNIQUE (external_id);
COMMENT ON COLUMN orders.external_id IS 'clave elegida por el cliente (UUID de una caja sin conexión, Idempotency-Key): un reintento encuentra el primer pedido';
COMMENT ON COLUMN orders.request_hash IS 'SHA-256 de la solicitud que creó el pedido con external_id: la misma clave con otra solicitud se rechaza';
COMMENT ON COLUMN orders.shipping_charge IS 'cargo de envío tal como se cobra (con IGV si los precios lo incluyen); shipping_cost es su valor sin IGV';
COMMENT ON COLUMN orders.document_type IS 'comprobante pedido: 03 boleta, 01 factura (catálogo 01 de SUNAT)';
CREATE INDEX ix_orders_payment_status ON orders (payment_status);

ALTER TABLE order_items ADD COLUMN reservation_id bigint;
COMMENT ON COLUMN order_items.reservation_id IS 'reserva de inventario que aparta las unidades de la línea mientras el pedido es borrador';

ALTER TABLE payments DROP CONSTRAINT ck_payments_method;
ALTER TABLE payments ADD CONSTRAINT ck_payments_method
    CHECK (method IN ('CASH', 'CARD', 'YAPE', 'PLIN', 'BANK_TRANSFER', 'WALLET', 'LOYALTY'));

CREATE SEQUENCE order_approval_requests_seq INCREMENT BY 50;
CREATE TABLE order_approval_requests (
    id                bigint       NOT NULL,
    order_id          bigint       NOT NULL,
    from_status       varchar(30)  NOT NULL,
    to_status         varchar(30)  NOT NULL,
    required_permission varchar(100) NOT NULL,
    status            varchar(30)  NOT NULL DEFAULT 'PENDING',
    requested_by      bigint       NOT NULL,
    requested_at      timestamptz  NOT NULL DEFAULT now(),
    request_reason    text         NOT NULL,
    request_ip        varchar(45),
    decided_by        bigint,
    decided_at        timestamptz,
    decision_reason   text,
    version           bigint       NOT NULL DEFAULT 0,
    CONSTRAINT pk_order_approval_requests PRIMARY KEY (id),
    CONSTRAINT fk_order_approval_requests_order_id FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT fk_order_approval_requests_requested_by FOREIGN KEY (requested_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_order_approval_requests_decided_by FOREIGN KEY (decided_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT ck_order_approval_requests_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    -- the approver is never the requester (separation of duties)
    CONSTRAINT ck_order_approval_requests_other_user CHECK (decided_by IS NULL OR decided_by <> requested_by),
    CONSTRAINT ck_order_approval_requests_decided CHECK ((status = 'PENDING') = (decided_at IS NULL))
);
CREATE UNIQUE INDEX uq_order_approval_requests_pending ON order_approval_requests (order_id) WHERE status = 'PENDING';
CREATE INDEX ix_order_approval_requests_status ON order_approval_requests (status, requested_at);
COMMENT ON TABLE order_approval_requests IS 'cambios de estado que esperan la aprobación de otro usuario con el permiso de la transición';

INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)
SELECT nextval('system_settings_seq'), s.setting_key, s.value, s.data_type, s.description, false
  FROM (VALUES
        ('payment.idempotency.ttl_hours', '24', 'INTEGER',
         'Horas durante las que un Idempotency-Key de pago devuelve el primer resultado; después la clave ya no se puede usar.'),
        ('security.trusted_proxies', '-', 'STRING',
         'Direcciones (IP o CIDR, separadas por comas) de los proxies cuyo X-Forwarded-For se cree; «-» ninguno.')
       ) AS s (setting_key, value, data_type, description)
 WHERE NOT EXISTS (SELECT 1 FROM system_settings x WHERE x.setting_key = s.setting_key);
