-- Cheap authenticated requests and hardened tokens (issues 9 and 10, docs/security.md).
--
-- security.auth_cache_seconds      how long a server trusts what it cached about a user (status,
--                                  security stamp, permissions) before reading it again: a change
--                                  made on another server (or directly in the database) is seen
--                                  within this bound; the server that made it sees it at once.
-- security.token.max_ttl_minutes   upper bound of security.token.ttl_minutes: a token never lives
--                                  longer, whatever the lifetime setting says.
-- api.access                       now required to get a token: granted to the demo roles whose users
--                                  the tests, benchmarks and demo use through the API (cashier,
--                                  warehouse, accountant; admin, manager and integrator hold it since V2).
INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)
SELECT (SELECT max(id) + 1 FROM system_settings), 'security.auth_cache_seconds', '60', 'INTEGER',
       'Segundos que un servidor confía en lo que sabe de un usuario (estado, sello de seguridad, permisos) antes de leerlo de nuevo: un bloqueo o cambio de permisos hecho en otro servidor rige a más tardar en este tiempo.', false
 WHERE NOT EXISTS (SELECT 1 FROM system_settings WHERE setting_key = 'security.auth_cache_seconds');
INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)
SELECT (SELECT max(id) + 1 FROM system_settings), 'security.token.max_ttl_minutes', '720', 'INTEGER',
       'Vida máxima de un token de la API en minutos: security.token.ttl_minutes no puede superarla.', false
 WHERE NOT EXISTS (SELECT 1 FROM system_settings WHERE setting_key = 'security.token.max_ttl_minutes');
SELECT setval('system_settings_seq', (SELECT max(id) FROM system_settings));

-- the demo roles whose users the tests, the benchmarks and the demo use through the API
INSERT INTO role_permissions (role_id, permission_id)
SELECT r.id, p.id
  FROM roles r CROSS JOIN permissions p
 WHERE r.name IN ('admin', 'manager', 'cashier', 'warehouse', 'accountant', 'integrator')
   AND p.slug = 'api.access'
ON CONFLICT DO NOTHING;
