-- =====================================================================================================
-- Colca — V24: personal-data requests of customers (issue 11; Ley 29733 de protección de datos personales).
--
-- customer_privacy_requests  one row per request a customer made about his personal data and Colca
--                            answered: EXPORT (everything Colca holds about him, as JSON or PDF) and
--                            ANONYMISATION (his personal fields replaced, irreversible). Who answered it,
--                            when, why, and for an anonymisation whether the document number was kept
--                            because tax documents need it (the customer has paid orders). Owned by the
--                            customer area (docs/conventions.md "Tables we add"). The rows outlive the
--                            customer's personal data: they hold none (the reason is the operator's text).
-- permission                 customer.privacy: export and anonymise a customer's personal data, granted to
--                            the administrators.
-- =====================================================================================================

CREATE SEQUENCE customer_privacy_requests_seq INCREMENT BY 50;

CREATE TABLE customer_privacy_requests (
    id             bigint       NOT NULL,
    customer_id    bigint       NOT NULL,
    kind           varchar(30)  NOT NULL,
    format         varchar(10),
    reason         text,
    document_kept  boolean,
    requested_by   bigint,
    requested_at   timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pk_customer_privacy_requests PRIMARY KEY (id),
    CONSTRAINT fk_customer_privacy_requests_customer_id FOREIGN KEY (customer_id) REFERENCES customers (id)
        ON DELETE RESTRICT,
    CONSTRAINT fk_customer_privacy_requests_requested_by FOREIGN KEY (requested_by) REFERENCES users (id)
        ON DELETE SET NULL,
    CONSTRAINT ck_customer_privacy_requests_kind CHECK (kind IN ('EXPORT', 'ANONYMISATION')),
    CONSTRAINT ck_customer_privacy_requests_format CHECK (format IS NULL OR format IN ('JSON', 'PDF')),
    -- an anonymisation says why and whether the document was kept; an export says in which format
    CONSTRAINT ck_customer_privacy_requests_shape CHECK (
        (kind = 'ANONYMISATION' AND reason IS NOT NULL AND document_kept IS NOT NULL AND format IS NULL)
        OR (kind = 'EXPORT' AND format IS NOT NULL AND document_kept IS NULL))
);
CREATE INDEX ix_customer_privacy_requests_customer_id ON customer_privacy_requests (customer_id, requested_at);
CREATE INDEX ix_customer_privacy_requests_requested_by ON customer_privacy_requests (requested_by);
COMMENT ON TABLE customer_privacy_requests IS 'Solicitudes de datos personales atendidas (Ley 29733): exportación y anonimización.';
COMMENT ON COLUMN customer_privacy_requests.document_kept IS 'anonimización: se conservó el número de documento porque hay comprobantes (pedidos pagados)';

INSERT INTO permissions (id, slug, description)
VALUES (nextval('permissions_seq'), 'customer.privacy',
        'Exportar y anonimizar los datos personales de un cliente (Ley 29733)');

INSERT INTO role_permissions (role_id, permission_id)
SELECT r.id, p.id FROM roles r, permissions p
 WHERE r.name = 'admin' AND p.slug = 'customer.privacy'
   AND NOT EXISTS (SELECT 1 FROM role_permissions x WHERE x.role_id = r.id AND x.permission_id = p.id);
