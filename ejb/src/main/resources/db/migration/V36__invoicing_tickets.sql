-- Invoicing (issue 14): a summary ticket SUNAT does not know (getStatus 0127 "El ticket no existe") or
-- that stays in process longer than invoicing.ticket.max_age_hours is not polled forever: the summary
-- ends EXPIRED (final, shown for a person in Facturación → Atención and the summaries list), its RC
-- documents go back to the next summary and its voiding can be requested again (a new RA/RC id).
ALTER TABLE sunat_summaries DROP CONSTRAINT ck_sunat_summaries_status;
ALTER TABLE sunat_summaries ADD CONSTRAINT ck_sunat_summaries_status
    CHECK (status IN ('NEW', 'SENT', 'ACCEPTED', 'REJECTED', 'ERROR', 'EXPIRED'));

INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)
SELECT (SELECT max(id) + 1 FROM system_settings), 'invoicing.ticket.max_age_hours', '24', 'INTEGER',
       'Horas que se consulta el ticket de un resumen o baja en proceso (98) antes de darlo por perdido y pedir atención.', false
 WHERE NOT EXISTS (SELECT 1 FROM system_settings WHERE setting_key = 'invoicing.ticket.max_age_hours');
SELECT setval('system_settings_seq', (SELECT max(id) FROM system_settings));
