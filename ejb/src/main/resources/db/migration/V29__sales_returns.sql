-- =====================================================================================================
-- Colca — V29: returns and refunds of paid orders (issue 12, sales).
--
-- order_returns       one return of (part of) a paid order, at the store the goods come back to:
--                     readable return_number (the order's number + -D01, -D02 …), reason, how the money
--                     goes back (ORIGINAL: the order's own tenders; WALLET: the customer's wallet), the
--                     figures of the returned lines priced like the sale (subtotal/discount/tax/grand,
--                     positive), the amount refunded, its credit note (id and number, as invoicing gave
--                     them), who and when; idempotency_key + request_hash so that an API retry finds
--                     the first return (same key, other request: refused); optimistic version.
-- order_return_items  the returned quantity of each order line and its amounts (shelf terms, IGV and
--                     line total). The sum per order line never exceeds what was sold: the service
--                     checks it under the order row's lock (returns of one order take turns).
-- electronic_documents.return_id (column of V28) → order_returns: the credit note (07) of a return.
-- order_status_transitions: PAID | PREPARING | READY | DELIVERED | COMPLETED → REFUNDED when the last units come back
--                     (order.refund.approve, reached only through a return, like PAID through payments).
-- Setting sales.return.window_days (days after the sale during which goods are taken back).
-- Permission: the catalogue's order.refund.approve ("Aprobar devoluciones y reembolsos") makes returns.
-- =====================================================================================================

CREATE SEQUENCE order_returns_seq INCREMENT BY 50;
CREATE TABLE order_returns (
    id               bigint        NOT NULL,
    order_id         bigint        NOT NULL,
    location_id      int           NOT NULL,
    return_number    varchar(40)   NOT NULL,
    reason           text          NOT NULL,
    refund_method    varchar(20)   NOT NULL,
    subtotal         numeric(14,2) NOT NULL,
    discount_total   numeric(14,2) NOT NULL DEFAULT 0,
    shipping_cost    numeric(14,2) NOT NULL DEFAULT 0,
    tax_total        numeric(14,2) NOT NULL,
    grand_total      numeric(14,2) NOT NULL,
    refunded_amount  numeric(14,2) NOT NULL,
    complete         boolean       NOT NULL DEFAULT false,
    credit_note_id   bigint,
    credit_note_number varchar(20),
    idempotency_key  varchar(100),
    request_hash     varchar(64),
    created_by       bigint,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    version          bigint        NOT NULL DEFAULT 0,
    CONSTRAINT pk_order_returns PRIMARY KEY (id),
    CONSTRAINT fk_order_returns_order_id FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE RESTRICT,
    CONSTRAINT fk_order_returns_location_id FOREIGN KEY (location_id) REFERENCES locations (id) ON DELETE RESTRICT,
    CONSTRAINT fk_order_returns_credit_note_id FOREIGN KEY (credit_note_id) REFERENCES electronic_documents (id) ON DELETE RESTRICT,
    CONSTRAINT fk_order_returns_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT uq_order_returns_return_number UNIQUE (return_number),
    CONSTRAINT uq_order_returns_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT ck_order_returns_refund_method CHECK (refund_method IN ('ORIGINAL', 'WALLET')),
    CONSTRAINT ck_order_returns_amounts CHECK (subtotal >= 0 AND discount_total >= 0 AND shipping_cost >= 0
        AND tax_total >= 0 AND grand_total >= 0 AND refunded_amount >= 0 AND refunded_amount <= grand_total),
    CONSTRAINT ck_order_returns_reason CHECK (length(btrim(reason)) > 0)
);
CREATE INDEX ix_order_returns_order_id ON order_returns (order_id, created_at);
CREATE INDEX ix_order_returns_location_id ON order_returns (location_id, created_at);
COMMENT ON TABLE order_returns IS 'devoluciones de pedidos pagados: qué volvió, a qué tienda, cómo se reembolsó; una nota de crédito cada una';
COMMENT ON COLUMN order_returns.refund_method IS 'ORIGINAL: por los medios de pago del pedido; WALLET: al monedero del cliente';
COMMENT ON COLUMN order_returns.complete IS 'con esta devolución volvieron todas las unidades vendidas del pedido';
COMMENT ON COLUMN order_returns.credit_note_id IS 'la nota de crédito (07) pedida a facturación con la devolución, y su número (FC01-12)';
COMMENT ON COLUMN order_returns.idempotency_key IS 'Idempotency-Key de la API: un reintento encuentra la primera devolución';

CREATE SEQUENCE order_return_items_seq INCREMENT BY 50;
CREATE TABLE order_return_items (
    id              bigint        NOT NULL,
    return_id       bigint        NOT NULL,
    order_item_id   bigint        NOT NULL,
    variant_id      bigint        NOT NULL,
    quantity        int           NOT NULL,
    unit_price      numeric(14,2) NOT NULL,
    discount_amount numeric(14,2) NOT NULL DEFAULT 0,
    tax_amount      numeric(14,2) NOT NULL,
    total_amount    numeric(14,2) NOT NULL,
    CONSTRAINT pk_order_return_items PRIMARY KEY (id),
    CONSTRAINT fk_order_return_items_return_id FOREIGN KEY (return_id) REFERENCES order_returns (id) ON DELETE CASCADE,
    CONSTRAINT fk_order_return_items_order_item_id FOREIGN KEY (order_item_id) REFERENCES order_items (id) ON DELETE RESTRICT,
    CONSTRAINT uq_order_return_items_line UNIQUE (return_id, order_item_id),
    CONSTRAINT ck_order_return_items_quantity CHECK (quantity > 0),
    CONSTRAINT ck_order_return_items_amounts CHECK (unit_price >= 0 AND discount_amount >= 0 AND tax_amount >= 0
        AND total_amount >= 0)
);
CREATE INDEX ix_order_return_items_order_item_id ON order_return_items (order_item_id);
COMMENT ON TABLE order_return_items IS 'unidades devueltas de cada línea del pedido con sus importes (como en la venta)';

ALTER TABLE electronic_documents
    ADD CONSTRAINT fk_electronic_documents_return_id FOREIGN KEY (return_id) REFERENCES order_returns (id) ON DELETE RESTRICT;
CREATE INDEX ix_electronic_documents_return_id ON electronic_documents (return_id) WHERE return_id IS NOT NULL;

INSERT INTO order_status_transitions (id, from_status, to_status, requires_approval, required_permission, priority)
SELECT nextval('order_status_transitions_seq'), t.from_status, t.to_status, false, 'order.refund.approve', 85
  FROM (VALUES ('PAID', 'REFUNDED'), ('PREPARING', 'REFUNDED'), ('READY', 'REFUNDED'), ('DELIVERED', 'REFUNDED'),
               ('COMPLETED', 'REFUNDED'))
       AS t (from_status, to_status)
 WHERE NOT EXISTS (SELECT 1 FROM order_status_transitions x
                    WHERE x.from_status = t.from_status AND x.to_status = t.to_status);

INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)
SELECT nextval('system_settings_seq'), s.setting_key, s.value, s.data_type, s.description, false
  FROM (VALUES
        ('sales.return.window_days', '30', 'INTEGER',
         'Días desde la venta durante los que se aceptan devoluciones de un pedido pagado.')
       ) AS s (setting_key, value, data_type, description)
 WHERE NOT EXISTS (SELECT 1 FROM system_settings x WHERE x.setting_key = s.setting_key);
