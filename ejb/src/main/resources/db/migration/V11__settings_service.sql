-- =====================================================================================================
-- Colca — V11: the settings area owns system_settings (issue 8).
--
-- 1. version: the settings screen (Configuración → Parámetros) and the API (PUT /api/v1/settings/{key}
--    with If-Match) edit settings concurrently; two edits based on the same version end with one winner
--    and one 409, never a silent lost update (JPA @Version).
-- 2. data type TIME: a time of day "HH:MM" (24 h). The daily snapshot time was a STRING, so "3 pm" or
--    "25:00" could be saved and the snapshot would silently fall back to its default; as TIME the value
--    is checked when it is written and read with Settings.localTime().
-- The permissions settings.view / settings.edit exist since V2 (admin holds both, manager only view).
-- =====================================================================================================

ALTER TABLE system_settings ADD COLUMN version bigint NOT NULL DEFAULT 0;
COMMENT ON COLUMN system_settings.version IS 'optimistic lock of the settings screen and API (If-Match / ETag)';

ALTER TABLE system_settings DROP CONSTRAINT ck_system_settings_data_type;
ALTER TABLE system_settings ADD CONSTRAINT ck_system_settings_data_type
    CHECK (data_type IN ('STRING', 'INTEGER', 'DECIMAL', 'BOOLEAN', 'JSON', 'TIME'));

UPDATE system_settings SET data_type = 'TIME'
 WHERE setting_key = 'inventory.snapshot.daily_time' AND value ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$';
