-- =====================================================================================================
-- Colca — V21: order numbers (issue 12, sales).
--
-- orders.order_number is unique and readable: <store code>-<Lima date YYYYMMDD>-<sequence of the store
-- and day, 6 digits or more>, e.g. LIM-01-20261203-000123. The sequence comes from one counter row per
-- store code and business day, taken in the order's own transaction with
--   INSERT ... ON CONFLICT (store_code, business_day) DO UPDATE SET last_number = last_number + 1
--   RETURNING last_number
-- so two sales at the same store and day queue on the row (no duplicate), and a rolled-back sale gives
-- its number back (no gap): the increment is undone with the transaction (sales.internal.OrderNumbers).
--
-- Keyed by the store code (the number's prefix) rather than the location id: the number is unique by
-- construction even when a code is renamed, or reused by another store, on the same day. Owned by sales
-- (docs/conventions.md "Tables we add"); no foreign key to locations for the same reason.
-- =====================================================================================================

CREATE TABLE order_number_counters (
    store_code    varchar(30) NOT NULL,
    business_day  date        NOT NULL,
    last_number   integer     NOT NULL,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_order_number_counters PRIMARY KEY (store_code, business_day),
    CONSTRAINT ck_order_number_counters_last_number CHECK (last_number > 0)
);

COMMENT ON TABLE order_number_counters IS 'último correlativo de pedido tomado por código de tienda y día de Lima (orders.order_number)';
COMMENT ON COLUMN order_number_counters.last_number IS 'último número entregado; el siguiente pedido del día toma last_number + 1';
