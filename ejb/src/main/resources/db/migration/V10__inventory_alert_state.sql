-- =====================================================================================================
-- Colca — V10: the state of low-stock alerts, and the setting of the partition-maintenance job.
--
-- inventory_alerts (V1) holds one threshold per variant and location (unique pair). An alert is raised
-- once per crossing: the observer of every stock change flips is_below with a conditional UPDATE
--   UPDATE inventory_alerts SET is_below = true ... WHERE id = ? AND is_active AND NOT is_below
-- and only the transaction that changed it (1 row) notifies; while the stock stays below nothing
-- happens, and the first change that brings available back to >= min_threshold re-arms it
-- (is_below = false). version: optimistic lock of the settings screen / API (If-Match).
-- =====================================================================================================

ALTER TABLE inventory_alerts
    ADD COLUMN is_below          boolean     NOT NULL DEFAULT false,
    ADD COLUMN last_triggered_at timestamptz,
    ADD COLUMN last_recovered_at timestamptz,
    ADD COLUMN trigger_count     integer     NOT NULL DEFAULT 0,
    ADD COLUMN version           bigint      NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_inventory_alerts_trigger_count CHECK (trigger_count >= 0);

COMMENT ON COLUMN inventory_alerts.is_below IS
    'true from the change that made available < min_threshold (the alert was raised) until the change that brings it back to >= min_threshold';
COMMENT ON COLUMN inventory_alerts.last_triggered_at IS 'when the last alert was raised (the last crossing below the threshold)';
COMMENT ON COLUMN inventory_alerts.last_recovered_at IS 'when the stock last recovered to the threshold or above (alert re-armed)';
COMMENT ON COLUMN inventory_alerts.trigger_count IS 'how many alerts this threshold has raised';

-- the console home page lists the alerts currently below, newest first
CREATE INDEX ix_inventory_alerts_below ON inventory_alerts (last_triggered_at DESC) WHERE is_below AND is_active;

-- How many periods ahead the partition-maintenance job creates (months for inventory_movements and
-- audit_logs, years for loyalty_movements); a job parameter periodsAhead overrides it.
INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)
SELECT (SELECT max(id) + 1 FROM system_settings), 'maintenance.partitions.periods_ahead', '3', 'INTEGER',
       'Periodos (meses para movimientos y auditoría, años para fidelidad) cuyas particiones se crean por adelantado.', false
 WHERE NOT EXISTS (SELECT 1 FROM system_settings WHERE setting_key = 'maintenance.partitions.periods_ahead');
SELECT setval('system_settings_seq', (SELECT max(id) FROM system_settings));
