-- =====================================================================================================
-- Colca — V2: reference data (permission catalogue, roles, order status machine, system settings).
--
-- Rows get explicit ids; each block then moves the table's sequence past them with setval(), so
-- Hibernate's pooled optimizer (INCREMENT BY 50) hands out ids above them.
-- No users here: the demo users are loaded by the application.
-- =====================================================================================================


-- =====================================================================================================
-- Permissions: one slug per protected action of every area. The slugs are the security roles the code
-- checks (@RolesAllowed("inventory.adjust")), so granting a permission to a role is configuration.
-- =====================================================================================================

INSERT INTO permissions (id, slug, description) VALUES
    ( 1, 'catalog.product.view',       'Ver productos, variantes, imágenes y precios del catálogo'),
    ( 2, 'catalog.product.create',     'Crear productos y variantes'),
    ( 3, 'catalog.product.edit',       'Editar productos, variantes e imágenes'),
    ( 4, 'catalog.product.delete',     'Dar de baja (eliminación lógica) productos y variantes'),
    ( 5, 'catalog.price.edit',         'Cambiar precios base y precios de variantes (queda en el historial de precios)'),
    ( 6, 'catalog.import',             'Importar productos, precios y stock desde archivos CSV'),
    ( 7, 'catalog.category.edit',      'Crear, editar y eliminar categorías'),
    ( 8, 'catalog.brand.edit',         'Crear, editar y eliminar marcas'),
    ( 9, 'inventory.view',             'Ver stock, reservas y movimientos de inventario'),
    (10, 'inventory.location.view',    'Ver tiendas y almacenes'),
    (11, 'inventory.location.edit',    'Crear y editar tiendas y almacenes'),
    (12, 'inventory.location.delete',  'Dar de baja (eliminación lógica) tiendas y almacenes'),
    (13, 'inventory.receive',          'Registrar ingresos de mercadería (compras)'),
    (14, 'inventory.adjust',           'Ajustar stock manualmente, con motivo'),
    (15, 'inventory.transfer',         'Trasladar stock entre tiendas y almacenes'),
    (16, 'inventory.count',            'Registrar conteos físicos de inventario'),
    (17, 'inventory.count.approve',    'Aprobar conteos físicos y aplicar sus correcciones de stock'),
    (18, 'inventory.reserve',          'Reservar y liberar stock para una venta en curso'),
    (19, 'inventory.alert.edit',       'Configurar umbrales mínimos de stock para alertas'),
    (20, 'customer.view',              'Ver clientes, direcciones, puntos y monedero'),
    (21, 'customer.create',            'Registrar clientes nuevos'),
    (22, 'customer.edit',              'Editar datos y direcciones de clientes'),
    (23, 'customer.delete',            'Dar de baja (eliminación lógica) clientes'),
    (24, 'customer.merge',             'Fusionar clientes duplicados'),
    (25, 'loyalty.adjust',             'Ajustar manualmente los puntos de fidelidad de un cliente'),
    (26, 'wallet.adjust',              'Ajustar manualmente el saldo del monedero de un cliente'),
    (27, 'order.view',                 'Ver pedidos y ventas con su historial'),
    (28, 'order.create',               'Crear pedidos y ventas (incluye pasar a pendiente de pago)'),
    (29, 'order.edit',                 'Editar pedidos en borrador o pendientes de pago'),
    (30, 'order.fulfill',              'Preparar, marcar listo, entregar y completar pedidos'),
    (31, 'order.cancel',               'Anular pedidos aún no pagados'),
    (32, 'order.cancel.approve',       'Aprobar la anulación de pedidos ya pagados'),
    (33, 'order.refund.request',       'Solicitar la devolución de un pedido pagado'),
    (34, 'order.refund.approve',       'Aprobar devoluciones y reembolsos'),
    (35, 'order.discount.override',    'Aplicar descuentos manuales por encima de lo permitido'),
    (36, 'payment.view',               'Ver pagos de pedidos'),
    (37, 'payment.create',             'Registrar pagos de pedidos'),
    (38, 'payment.refund',             'Reembolsar pagos'),
    (39, 'cash.session.view',          'Ver turnos de caja y sus movimientos de todos los cajeros'),
    (40, 'cash.session.open',          'Abrir un turno de caja'),
    (41, 'cash.session.close',         'Cerrar un turno de caja con arqueo'),
    (42, 'cash.movement',              'Registrar ingresos y retiros de efectivo en caja'),
    (43, 'sunat.document.view',        'Ver comprobantes electrónicos y su estado ante SUNAT'),
    (44, 'sunat.document.issue',       'Emitir boletas, facturas y notas de crédito/débito'),
    (45, 'sunat.document.void',        'Comunicar la baja de comprobantes ante SUNAT'),
    (46, 'sunat.company.edit',         'Editar empresas emisoras, series, certificados y credenciales SOL'),
    (47, 'promotion.view',             'Ver promociones y cupones'),
    (48, 'promotion.edit',             'Crear, editar y desactivar promociones y cupones'),
    (49, 'notification.view',          'Ver notificaciones enviadas y pendientes'),
    (50, 'notification.template.edit', 'Editar plantillas de notificación'),
    (51, 'security.user.view',         'Ver usuarios y sus roles'),
    (52, 'security.user.edit',         'Crear, editar, bloquear usuarios y asignarles roles'),
    (53, 'security.role.edit',         'Crear y editar roles y sus permisos'),
    (54, 'audit.view',                 'Consultar la bitácora de auditoría'),
    (55, 'settings.view',              'Ver parámetros del sistema'),
    (56, 'settings.edit',              'Cambiar parámetros del sistema'),
    (57, 'report.view',                'Ver reportes y tableros'),
    (58, 'report.generate',            'Generar o regenerar reportes'),
    (59, 'batch.job.view',             'Ver procesos por lotes y sus ejecuciones'),
    (60, 'batch.job.start',            'Iniciar, detener y reiniciar procesos por lotes'),
    (61, 'api.access',                 'Acceder a la API REST de integración');
SELECT setval('permissions_seq', (SELECT max(id) FROM permissions));


-- =====================================================================================================
-- Roles and their grants (role names are what an administrator assigns; permissions are what code checks)
-- =====================================================================================================

INSERT INTO roles (id, name, description) VALUES
    (1, 'admin', 'Administrador: todos los permisos'),
    (2, 'manager', 'Gerente de tienda: opera y supervisa todas las áreas; no edita roles ni parámetros del sistema'),
    (3, 'cashier', 'Cajero: vende en el punto de venta, maneja su caja y emite boletas y facturas'),
    (4, 'warehouse', 'Almacenero: recibe, ajusta, traslada y cuenta stock; prepara pedidos'),
    (5, 'accountant', 'Contador: comprobantes electrónicos, reportes, auditoría y consulta de ventas'),
    (6, 'integrator', 'Integrador: sistemas externos que usan la API (catálogo, stock, reservas, pedidos)');
SELECT setval('roles_seq', (SELECT max(id) FROM roles));

-- admin: every permission (also the ones added by later migrations must be granted there)
INSERT INTO role_permissions (role_id, permission_id) SELECT 1, id FROM permissions;

-- manager: everything except editing roles and system settings
INSERT INTO role_permissions (role_id, permission_id)
    SELECT 2, id FROM permissions
     WHERE slug NOT IN ('security.role.edit', 'settings.edit');

-- cashier
INSERT INTO role_permissions (role_id, permission_id)
    SELECT 3, id FROM permissions WHERE slug IN (
        'catalog.product.view', 'inventory.view', 'inventory.location.view', 'inventory.reserve',
        'customer.view', 'customer.create', 'order.view', 'order.create',
        'order.edit', 'order.fulfill', 'order.cancel', 'order.refund.request',
        'payment.view', 'payment.create', 'cash.session.open', 'cash.session.close',
        'cash.movement', 'sunat.document.view', 'sunat.document.issue', 'promotion.view');

-- warehouse
INSERT INTO role_permissions (role_id, permission_id)
    SELECT 4, id FROM permissions WHERE slug IN (
        'catalog.product.view', 'inventory.view', 'inventory.location.view', 'inventory.location.edit',
        'inventory.receive', 'inventory.adjust', 'inventory.transfer', 'inventory.count',
        'inventory.alert.edit', 'order.view', 'order.fulfill');

-- accountant
INSERT INTO role_permissions (role_id, permission_id)
    SELECT 5, id FROM permissions WHERE slug IN (
        'sunat.document.view', 'sunat.document.issue', 'sunat.document.void', 'sunat.company.edit',
        'report.view', 'report.generate', 'audit.view', 'order.view',
        'payment.view', 'cash.session.view', 'customer.view', 'catalog.product.view');

-- integrator
INSERT INTO role_permissions (role_id, permission_id)
    SELECT 6, id FROM permissions WHERE slug IN (
        'api.access', 'catalog.product.view', 'inventory.view', 'inventory.location.view',
        'inventory.reserve', 'order.create', 'order.view', 'customer.view');


-- =====================================================================================================
-- Order status machine: the allowed transitions. A transition not listed here is illegal.
--   required_permission: the permission the acting user needs (FK to permissions.slug).
--   requires_approval:   the change needs an approver holding required_permission (cancelling a paid
--                        order, refunding); the requester's own permission is order.cancel /
--                        order.refund.request.
--   priority:            display/selection order among the transitions leaving one status — lower
--                        first; the normal forward step is 10, alternatives 20, refund 80, cancel 90.
--
--   DRAFT → PENDING_PAYMENT → PAID → PREPARING → READY → DELIVERED → COMPLETED
--                                                  READY → COMPLETED        (in-store pickup)
--   DRAFT | PENDING_PAYMENT → CANCELLED                          (order.cancel)
--   PAID | PREPARING | READY → CANCELLED, with approval          (order.cancel.approve)
--   PAID | DELIVERED | COMPLETED → REFUND_REQUESTED              (order.refund.request)
--   REFUND_REQUESTED → REFUNDED, with approval                   (order.refund.approve)
-- =====================================================================================================

INSERT INTO order_status_transitions (id, from_status, to_status, requires_approval, required_permission, priority) VALUES
    -- forward path
    ( 1, 'DRAFT',            'PENDING_PAYMENT',  false, 'order.create',         10),
    ( 2, 'PENDING_PAYMENT',  'PAID',             false, 'payment.create',       10),
    ( 3, 'PAID',             'PREPARING',        false, 'order.fulfill',        10),
    ( 4, 'PREPARING',        'READY',            false, 'order.fulfill',        10),
    ( 5, 'READY',            'DELIVERED',        false, 'order.fulfill',        10),
    ( 6, 'DELIVERED',        'COMPLETED',        false, 'order.fulfill',        10),
    ( 7, 'READY',            'COMPLETED',        false, 'order.fulfill',        20),
    -- cancellation: free before payment, approved after it
    ( 8, 'DRAFT',            'CANCELLED',        false, 'order.cancel',         90),
    ( 9, 'PENDING_PAYMENT',  'CANCELLED',        false, 'order.cancel',         90),
    (10, 'PAID',             'CANCELLED',        true,  'order.cancel.approve', 90),
    (11, 'PREPARING',        'CANCELLED',        true,  'order.cancel.approve', 90),
    (12, 'READY',            'CANCELLED',        true,  'order.cancel.approve', 90),
    -- refunds
    (13, 'PAID',             'REFUND_REQUESTED', false, 'order.refund.request', 80),
    (14, 'DELIVERED',        'REFUND_REQUESTED', false, 'order.refund.request', 80),
    (15, 'COMPLETED',        'REFUND_REQUESTED', false, 'order.refund.request', 80),
    (16, 'REFUND_REQUESTED', 'REFUNDED',         true,  'order.refund.approve', 10);
SELECT setval('order_status_transitions_seq', (SELECT max(id) FROM order_status_transitions));


-- =====================================================================================================
-- System settings: defaults (an administrator changes them in the console; settings.edit)
-- =====================================================================================================

INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted) VALUES
    (1, 'tax.igv.rate',                              '0.18',            'DECIMAL', 'Tasa del IGV aplicada a las operaciones gravadas (0.18 = 18 %).', false),
    (2, 'tax.prices_include_igv',                    'true',            'BOOLEAN', 'Si los precios de venta del catálogo ya incluyen el IGV.', false),
    (3, 'inventory.reservation.ttl_minutes',         '15',              'INTEGER', 'Minutos que dura una reserva de stock antes de liberarse automáticamente.', false),
    (4, 'catalog.price.justification_threshold_pct', '10',              'INTEGER', 'Variación de precio (en %) a partir de la cual el cambio exige una justificación.', false),
    (5, 'security.token.ttl_minutes',                '60',              'INTEGER', 'Minutos de validez de los tokens de acceso de la API.', false),
    (6, 'locale.default',                            'es-PE',           'STRING',  'Idioma y formato regional por defecto de la consola y los documentos.', false),
    (7, 'timezone',                                  'America/Lima',    'STRING',  'Zona horaria del negocio (fechas de comprobantes, cierres y reportes).', false),
    (8, 'currency.default',                          'PEN',             'STRING',  'Moneda por defecto (código ISO 4217).', false);
SELECT setval('system_settings_seq', (SELECT max(id) FROM system_settings));
