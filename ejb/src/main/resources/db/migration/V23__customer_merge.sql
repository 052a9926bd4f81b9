-- =====================================================================================================
-- Colca — V23: customer duplicates and merge (issue 11).
--
-- customer_duplicate_dismissals  a pair of customers someone reviewed and declared "not a duplicate"
--                                (customer area): the pair is stored ordered (lower id first, so (a, b) and
--                                (b, a) are one row), with who and when; the duplicates list never offers it
--                                again.
-- loyalty_movements.type         + MERGE_OUT (the absorbed customer's points leave his account, negative) and
-- wallet_transactions.type       MERGE_IN (they arrive in the survivor's, positive): a merge moves points and
--                                money through the ledgers, both sides visible, sums preserved.
-- settings                       customer.duplicates.similarity: the pg_trgm similarity of two names above
--                                which the pair is a candidate (0..1).
-- The merge itself writes customer_merge_log (V1): the absorbed customer's snapshot, the per-field strategy
-- (jsonb), who, when and why. The permission customer.merge exists since V2.
-- =====================================================================================================

CREATE TABLE customer_duplicate_dismissals (
    customer_id        bigint      NOT NULL,   -- the lower id of the pair
    other_customer_id  bigint      NOT NULL,   -- the higher id
    dismissed_by       bigint,
    dismissed_at       timestamptz NOT NULL DEFAULT now(),
    reason             text,
    CONSTRAINT pk_customer_duplicate_dismissals PRIMARY KEY (customer_id, other_customer_id),
    CONSTRAINT fk_customer_duplicate_dismissals_customer_id FOREIGN KEY (customer_id)
        REFERENCES customers (id) ON DELETE CASCADE,
    CONSTRAINT fk_customer_duplicate_dismissals_other_customer_id FOREIGN KEY (other_customer_id)
        REFERENCES customers (id) ON DELETE CASCADE,
    CONSTRAINT fk_customer_duplicate_dismissals_dismissed_by FOREIGN KEY (dismissed_by)
        REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT ck_customer_duplicate_dismissals_ordered CHECK (customer_id < other_customer_id)
);
CREATE INDEX ix_customer_duplicate_dismissals_other ON customer_duplicate_dismissals (other_customer_id);
CREATE INDEX ix_customer_duplicate_dismissals_dismissed_by ON customer_duplicate_dismissals (dismissed_by);
COMMENT ON TABLE customer_duplicate_dismissals IS 'Pares de clientes revisados y declarados "no es duplicado" (par ordenado: id menor primero).';

-- the duplicates list finds the same phone by equality (the trigram index of V19 serves = since PG 14) and a
-- DNI inside a RUC 10 through uq_customers_doc_number; merge history reads the log by target (V1 index)

ALTER TABLE loyalty_movements DROP CONSTRAINT ck_loyalty_movements_type;
ALTER TABLE loyalty_movements ADD CONSTRAINT ck_loyalty_movements_type
    CHECK (type IN ('EARN', 'REDEEM', 'EXPIRE', 'ADJUST', 'REVERSAL', 'MERGE_IN', 'MERGE_OUT'));

ALTER TABLE wallet_transactions DROP CONSTRAINT ck_wallet_transactions_type;
ALTER TABLE wallet_transactions ADD CONSTRAINT ck_wallet_transactions_type
    CHECK (type IN ('CREDIT', 'DEBIT', 'REFUND', 'ADJUSTMENT', 'MERGE_IN', 'MERGE_OUT'));

INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)
SELECT nextval('system_settings_seq'), 'customer.duplicates.similarity', '0.6', 'DECIMAL',
       'Similitud mínima (0 a 1, trigramas de pg_trgm) entre dos nombres para proponer a los clientes como posibles duplicados.',
       false
 WHERE NOT EXISTS (SELECT 1 FROM system_settings WHERE setting_key = 'customer.duplicates.similarity');
