-- The SUNAT sender (issue 13): its pacing as settings, so operations can tune it and tests can shorten
-- it (invoicing.internal.SendPolicy). Exponential backoff from backoff_seconds (×2 per failed send, at
-- most an hour); max_attempts sends before the document "needs attention" and its id is parked in
-- sunat.outbound.dlq; the sweep of due documents every sweep_seconds; a document SENT for longer than
-- stuck_seconds (the node died between the send and the answer) is claimed again; SOAP timeout.
INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)
SELECT nextval('system_settings_seq'), 'invoicing.send.max_attempts', '8', 'INTEGER',
       'Envíos a SUNAT de un comprobante antes de dejarlo en "requiere atención" (cola sunat.outbound.dlq).', false
 WHERE NOT EXISTS (SELECT 1 FROM system_settings WHERE setting_key = 'invoicing.send.max_attempts');
INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)
SELECT nextval('system_settings_seq'), 'invoicing.send.backoff_seconds', '30', 'INTEGER',
       'Espera (segundos) tras el primer envío fallido a SUNAT; se duplica en cada fallo, hasta una hora.', false
 WHERE NOT EXISTS (SELECT 1 FROM system_settings WHERE setting_key = 'invoicing.send.backoff_seconds');
INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)
SELECT nextval('system_settings_seq'), 'invoicing.send.sweep_seconds', '60', 'INTEGER',
       'Cada cuántos segundos se buscan comprobantes pendientes o por reintentar para enviarlos a SUNAT.', false
 WHERE NOT EXISTS (SELECT 1 FROM system_settings WHERE setting_key = 'invoicing.send.sweep_seconds');
INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)
SELECT nextval('system_settings_seq'), 'invoicing.send.stuck_seconds', '300', 'INTEGER',
       'Un comprobante enviado sin respuesta registrada por más de estos segundos se vuelve a tomar (caída del servidor).', false
 WHERE NOT EXISTS (SELECT 1 FROM system_settings WHERE setting_key = 'invoicing.send.stuck_seconds');
INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)
SELECT nextval('system_settings_seq'), 'invoicing.send.timeout_seconds', '60', 'INTEGER',
       'Tiempo máximo (segundos) de una llamada a SUNAT (conexión y respuesta).', false
 WHERE NOT EXISTS (SELECT 1 FROM system_settings WHERE setting_key = 'invoicing.send.timeout_seconds');
