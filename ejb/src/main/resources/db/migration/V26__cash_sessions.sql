-- =====================================================================================================
-- Colca — V26: cash sessions (issue 12, payment area: "Caja" with X and Z reports).
--
-- cash_sessions (V1) keeps the model's columns; a session is closed in two steps when its count is far
-- from the expected cash:
--   1. the cashier counts the drawer by denomination (S/ 200 ... S/ 0.10), without seeing the expected
--      amount first: expected_cash, actual_cash and discrepancy are stored with the count
--      (counted_denominations, counted_by, counted_at); from then on the session takes no movement;
--   2. when |discrepancy| is above the setting cash.close.discrepancy_threshold, a manager (another user
--      holding cash.session.approve) approves the count (approved_by, approved_at) and the session is
--      CLOSED; otherwise it is CLOSED with the count at once. A closed session is immutable.
-- A session waiting for approval is still OPEN (status), so its cashier cannot open another one.
--
-- cash_movements gets payment_id (the payment of a SALE or REFUND, FK deferred to the commit because the
-- payment and its movement are inserted in the same transaction in any order) and reference (the
-- wallet top-up's payment reference), and the type WALLET_TOP_UP (cash taken to top up a customer's
-- wallet). A payment is recorded as a SALE once, a wallet top-up reference once.
-- =====================================================================================================

ALTER TABLE cash_sessions
    ADD COLUMN counted_denominations jsonb,
    ADD COLUMN counted_by            bigint,
    ADD COLUMN counted_at            timestamptz,
    ADD COLUMN approval_required     boolean NOT NULL DEFAULT false,
    ADD COLUMN approved_by           bigint,
    ADD COLUMN approved_at           timestamptz,
    ADD CONSTRAINT fk_cash_sessions_counted_by FOREIGN KEY (counted_by) REFERENCES users (id) ON DELETE RESTRICT,
    ADD CONSTRAINT fk_cash_sessions_approved_by FOREIGN KEY (approved_by) REFERENCES users (id) ON DELETE RESTRICT,
    -- the count is stored whole or not at all
    ADD CONSTRAINT ck_cash_sessions_count CHECK (
        (counted_at IS NULL) = (counted_denominations IS NULL)
        AND (counted_at IS NULL) = (counted_by IS NULL)
        AND (counted_at IS NULL) = (actual_cash IS NULL)
        AND (counted_at IS NULL) = (expected_cash IS NULL)
        AND (counted_at IS NULL) = (discrepancy IS NULL)
        AND (discrepancy IS NULL OR discrepancy = actual_cash - expected_cash)),
    -- a closed session has its count, and its approval when one was required
    ADD CONSTRAINT ck_cash_sessions_closed_count CHECK (status <> 'CLOSED'
        OR (counted_at IS NOT NULL AND (NOT approval_required OR approved_by IS NOT NULL))),
    -- only a required approval is given, once, by someone else than the cashier who counted
    ADD CONSTRAINT ck_cash_sessions_approval CHECK ((approved_by IS NULL) = (approved_at IS NULL)
        AND (approved_by IS NULL OR (approval_required AND approved_by <> counted_by)));

-- the approval list of the managers
CREATE INDEX ix_cash_sessions_awaiting_approval ON cash_sessions (counted_at)
    WHERE status = 'OPEN' AND approval_required;

ALTER TABLE cash_movements
    ADD COLUMN payment_id bigint,
    ADD COLUMN reference  varchar(100),
    ADD CONSTRAINT fk_cash_movements_payment_id FOREIGN KEY (payment_id) REFERENCES payments (id)
        ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED,
    DROP CONSTRAINT ck_cash_movements_type,
    ADD CONSTRAINT ck_cash_movements_type CHECK (type IN ('OPENING', 'SALE', 'REFUND', 'CASH_IN', 'CASH_OUT',
                                                          'WALLET_TOP_UP', 'CLOSING')),
    -- sales and refunds name their payment, a wallet top-up its reference
    ADD CONSTRAINT ck_cash_movements_payment CHECK ((type IN ('SALE', 'REFUND')) = (payment_id IS NOT NULL)),
    ADD CONSTRAINT ck_cash_movements_reference CHECK (type <> 'WALLET_TOP_UP' OR reference IS NOT NULL);

-- a payment is taken into a drawer once; a wallet top-up reference once
CREATE UNIQUE INDEX uq_cash_movements_sale_payment ON cash_movements (payment_id) WHERE type = 'SALE';
CREATE UNIQUE INDEX uq_cash_movements_top_up_reference ON cash_movements (reference) WHERE type = 'WALLET_TOP_UP';
CREATE INDEX ix_cash_movements_payment_id ON cash_movements (payment_id) WHERE payment_id IS NOT NULL;

COMMENT ON COLUMN cash_sessions.counted_denominations IS 'arqueo por denominación: {"200.00": 1, "0.10": 3} (cantidad de billetes o monedas)';
COMMENT ON COLUMN cash_sessions.approval_required IS 'la diferencia del arqueo supera cash.close.discrepancy_threshold: un gerente debe aprobar el cierre';
COMMENT ON COLUMN cash_movements.payment_id IS 'el pago de una venta (SALE) o devolución (REFUND) en efectivo';
COMMENT ON COLUMN cash_movements.reference IS 'referencia de la recarga de monedero (WALLET_TOP_UP)';

-- the approval of a count far from the expected cash
INSERT INTO permissions (id, slug, description)
SELECT nextval('permissions_seq'), 'cash.session.approve',
       'Aprobar el cierre de un turno de caja cuya diferencia supera el umbral (no el propio)'
 WHERE NOT EXISTS (SELECT 1 FROM permissions WHERE slug = 'cash.session.approve');

INSERT INTO role_permissions (role_id, permission_id)
SELECT r.id, p.id FROM roles r, permissions p
 WHERE r.name IN ('admin', 'manager') AND p.slug = 'cash.session.approve'
   AND NOT EXISTS (SELECT 1 FROM role_permissions x WHERE x.role_id = r.id AND x.permission_id = p.id);

INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)
SELECT nextval('system_settings_seq'), 'cash.close.discrepancy_threshold', '10.00', 'DECIMAL',
       'Diferencia de arqueo (S/, en valor absoluto) por encima de la cual el cierre de caja necesita la aprobación de un gerente.',
       false
 WHERE NOT EXISTS (SELECT 1 FROM system_settings WHERE setting_key = 'cash.close.discrepancy_threshold');
