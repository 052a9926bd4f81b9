-- =====================================================================================================
-- Colca — V17: separation of duties in inventory (issue 10), each rule a boolean setting, on by default.
--
-- inventory.count.approver_not_submitter        the user who submitted a count cannot approve it.
-- inventory.transfer.receiver_at_destination   a transfer is received only by a user in scope at the
--                                               destination (without it, a user of the origin may
--                                               record the receipt too).
-- inventory.reservation.creator_only           a reservation is extended, released or converted only by
--                                               the user who created it, or a holder of
--                                               inventory.reserve.override (V15).
--
-- inventory_reservations.created_by: who created the reservation (null for rows older than V17, which
-- then only an override holder may act on while the rule is on); a deleted user's reservations stay.
-- =====================================================================================================

INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)
SELECT nextval('system_settings_seq'), s.setting_key, 'true', 'BOOLEAN', s.description, false
  FROM (VALUES
        ('inventory.count.approver_not_submitter',
         'Separación de funciones: quien envía un conteo físico no puede aprobarlo.'),
        ('inventory.transfer.receiver_at_destination',
         'Separación de funciones: una transferencia la recibe solo un usuario del local de destino.'),
        ('inventory.reservation.creator_only',
         'Separación de funciones: una reserva la extiende, libera o convierte solo quien la creó (o quien tenga inventory.reserve.override).')
       ) AS s (setting_key, description)
 WHERE NOT EXISTS (SELECT 1 FROM system_settings x WHERE x.setting_key = s.setting_key);

ALTER TABLE inventory_reservations ADD COLUMN created_by bigint;
ALTER TABLE inventory_reservations ADD CONSTRAINT fk_inventory_reservations_created_by
    FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL;
COMMENT ON COLUMN inventory_reservations.created_by IS 'usuario que creó la reserva (separación de funciones: solo él la extiende, libera o convierte)';

-- The integrator role (storefronts, marketplaces: reservations and stock for any store of the chain)
-- acts everywhere like the administrator and the auditor (V15); store users get user_locations rows.
INSERT INTO role_permissions (role_id, permission_id)
SELECT r.id, p.id FROM roles r, permissions p
 WHERE r.name = 'integrator' AND p.slug = 'security.scope.all'
   AND NOT EXISTS (SELECT 1 FROM role_permissions x WHERE x.role_id = r.id AND x.permission_id = p.id);
