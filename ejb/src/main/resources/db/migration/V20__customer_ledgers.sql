-- =====================================================================================================
-- Colca — V20: loyalty points and the wallet as exact ledgers (issue 11).
--
-- loyalty_order_points  one row per order that earned points (customer area): the idempotency key of
--                       LoyaltyService.earnForOrder (a retried earn for the same order writes nothing;
--                       loyalty_movements is partitioned by year, so a unique key there would have to
--                       include created_at and could not stop a retry on another day) and the state of
--                       its reversal: the order amount, the points earned, the refunded amount and the
--                       points reversed so far (pro rata for partial refunds; never more than earned).
-- wallet_transactions   reason: why a manual adjustment was made (the model only has reference, a
--                       payment or document reference of 100 characters).
--                       uq_wallet_transactions_reference: a top-up, payment or refund is idempotent by its
--                       reference per wallet and type (a retried top-up with the same payment reference
--                       credits once); adjustments carry no such key.
-- settings              the earning rule (points per S/ spent, per customer segment), the value of a point
--                       when redeemed, and the expiry period of points.
-- Accounts and wallets already carry version (V1, OPTIMISTIC LOCK) and one row per customer
-- (uq_loyalty_accounts_customer_id, uq_customer_wallets_customer_id); the permissions loyalty.adjust and
-- wallet.adjust exist since V2.
-- =====================================================================================================

CREATE TABLE loyalty_order_points (
    order_id            bigint        NOT NULL,
    loyalty_account_id  bigint        NOT NULL,
    order_amount        numeric(14,2) NOT NULL,
    points_earned       integer       NOT NULL,
    refunded_amount     numeric(14,2) NOT NULL DEFAULT 0,
    points_reversed     integer       NOT NULL DEFAULT 0,
    created_at          timestamptz   NOT NULL DEFAULT now(),
    updated_at          timestamptz,
    CONSTRAINT pk_loyalty_order_points PRIMARY KEY (order_id),
    CONSTRAINT fk_loyalty_order_points_order_id FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE RESTRICT,
    CONSTRAINT fk_loyalty_order_points_account_id FOREIGN KEY (loyalty_account_id)
        REFERENCES loyalty_accounts (id) ON DELETE RESTRICT,
    CONSTRAINT ck_loyalty_order_points_amount CHECK (order_amount > 0),
    CONSTRAINT ck_loyalty_order_points_earned CHECK (points_earned >= 0),
    CONSTRAINT ck_loyalty_order_points_refunded CHECK (refunded_amount >= 0 AND refunded_amount <= order_amount),
    CONSTRAINT ck_loyalty_order_points_reversed CHECK (points_reversed >= 0 AND points_reversed <= points_earned)
);
CREATE INDEX ix_loyalty_order_points_account_id ON loyalty_order_points (loyalty_account_id);
COMMENT ON TABLE loyalty_order_points IS 'Puntos ganados por pedido (clave de idempotencia) y cuánto se revirtió por devoluciones.';

-- the expiry job looks for accounts with old positive movements
CREATE INDEX ix_loyalty_movements_account_positive ON loyalty_movements (loyalty_account_id, created_at)
    WHERE points > 0;

ALTER TABLE wallet_transactions ADD COLUMN reason text;
COMMENT ON COLUMN wallet_transactions.reason IS 'motivo de un ajuste manual (wallet.adjust)';
CREATE UNIQUE INDEX uq_wallet_transactions_reference ON wallet_transactions (wallet_id, type, reference)
    WHERE reference IS NOT NULL AND type <> 'ADJUSTMENT';

INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)
SELECT nextval('system_settings_seq'), s.setting_key, s.value, s.data_type, s.description, false
  FROM (VALUES
        ('loyalty.earn.points_per_sol.regular',   '1',    'DECIMAL',
         'Puntos de fidelidad por cada S/ 1 pagado, clientes del segmento REGULAR (se redondea hacia abajo).'),
        ('loyalty.earn.points_per_sol.frequent',  '1.5',  'DECIMAL',
         'Puntos de fidelidad por cada S/ 1 pagado, segmento FREQUENT.'),
        ('loyalty.earn.points_per_sol.vip',       '2',    'DECIMAL',
         'Puntos de fidelidad por cada S/ 1 pagado, segmento VIP.'),
        ('loyalty.earn.points_per_sol.wholesale', '0.5',  'DECIMAL',
         'Puntos de fidelidad por cada S/ 1 pagado, segmento WHOLESALE.'),
        ('loyalty.earn.points_per_sol.corporate', '0.5',  'DECIMAL',
         'Puntos de fidelidad por cada S/ 1 pagado, segmento CORPORATE.'),
        ('loyalty.redeem.sol_per_point',          '0.01', 'DECIMAL',
         'Valor en soles de un punto canjeado como medio de pago (0.01: 100 puntos = S/ 1.00).'),
        ('loyalty.points.expiry_days',            '365',  'INTEGER',
         'Días tras los cuales vencen los puntos ganados y no usados (los más antiguos se usan primero).')
       ) AS s (setting_key, value, data_type, description)
 WHERE NOT EXISTS (SELECT 1 FROM system_settings x WHERE x.setting_key = s.setting_key);
