-- Invoicing (issue 13): the issuing companies as the screens and the API edit them, the establishment
-- code of each store, the permission to see them, and the signature settings.
--
-- companies: beyond the model (raz_social, trade_name, address, certificate_path, sol_user, sol_pass)
--   version                 optimistic locking (If-Match / the console's stale-version refusal)
--   ubigeo                  INEI code of the fiscal address (RegistrationAddress/cbc:ID)
--   sunat_endpoint          where its documents go: SIMULATOR (default: demo, tests), BETA, PRODUCTION
--   simulator_url           the simulator's billService URL when sunat_endpoint = SIMULATOR
--   certificate_data        the uploaded PKCS#12, AES-256-GCM ciphertext (gcm1:…); certificate_path keeps the
--                           uploaded file's name only (a private key never goes to a served folder)
--   certificate_password    its password, AES-256-GCM ciphertext; sol_pass likewise (write-only everywhere)
--   certificate_subject/serial/valid_from/valid_until   read from the certificate at upload, shown on screen
--   certificate_alerted_for the valid_until an expiry alert was sent for (one alert per certificate)
--   is_active, created_at, updated_at
ALTER TABLE companies
    ADD COLUMN version                  bigint        NOT NULL DEFAULT 0,
    ADD COLUMN ubigeo                   varchar(6),
    ADD COLUMN sunat_endpoint           varchar(30)   NOT NULL DEFAULT 'SIMULATOR',
    ADD COLUMN simulator_url            varchar(1000),
    ADD COLUMN certificate_data         text,
    ADD COLUMN certificate_password     varchar(500),
    ADD COLUMN certificate_subject      varchar(500),
    ADD COLUMN certificate_serial       varchar(100),
    ADD COLUMN certificate_valid_from   timestamptz,
    ADD COLUMN certificate_valid_until  timestamptz,
    ADD COLUMN certificate_alerted_for  timestamptz,
    ADD COLUMN is_active                boolean       NOT NULL DEFAULT true,
    ADD COLUMN created_at               timestamptz   NOT NULL DEFAULT now(),
    ADD COLUMN updated_at               timestamptz,
    ADD CONSTRAINT ck_companies_ubigeo CHECK (ubigeo ~ '^[0-9]{6}$'),
    ADD CONSTRAINT ck_companies_sunat_endpoint CHECK (sunat_endpoint IN ('SIMULATOR', 'BETA', 'PRODUCTION')),
    ADD CONSTRAINT ck_companies_certificate_complete CHECK (
        (certificate_data IS NULL) = (certificate_password IS NULL)
        AND (certificate_data IS NULL) = (certificate_valid_until IS NULL));
COMMENT ON COLUMN companies.certificate_data IS 'PKCS#12 del certificado de firma, cifrado (AES-256-GCM); nunca en claro.';
COMMENT ON COLUMN companies.sunat_endpoint IS 'Destino de los comprobantes: SIMULATOR (demo y pruebas), BETA o PRODUCTION de SUNAT.';

-- The "código de establecimiento" SUNAT assigned to each store of a company (RegistrationAddress/
-- cbc:AddressTypeCode; 0000 is the fiscal address). Invoicing owns it; locations stay inventory's.
CREATE SEQUENCE company_establishments_seq INCREMENT BY 50;
CREATE TABLE company_establishments (
    id           integer     NOT NULL,
    company_id   integer     NOT NULL,
    location_id  integer     NOT NULL,
    code         varchar(4)  NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_company_establishments PRIMARY KEY (id),
    CONSTRAINT fk_company_establishments_company_id FOREIGN KEY (company_id) REFERENCES companies (id) ON DELETE CASCADE,
    CONSTRAINT fk_company_establishments_location_id FOREIGN KEY (location_id) REFERENCES locations (id) ON DELETE RESTRICT,
    CONSTRAINT uq_company_establishments_company_location UNIQUE (company_id, location_id),
    CONSTRAINT uq_company_establishments_company_code UNIQUE (company_id, code),
    CONSTRAINT ck_company_establishments_code CHECK (code ~ '^[0-9]{4}$')
);
CREATE INDEX ix_company_establishments_location_id ON company_establishments (location_id);
COMMENT ON TABLE company_establishments IS 'Código de establecimiento SUNAT de cada tienda de una empresa emisora.';

-- Who sees companies, certificates and series (editing them is sunat.company.edit, V2). The id is the
-- next free one so branches adding permissions at the same time do not collide.
INSERT INTO permissions (id, slug, description)
SELECT (SELECT max(id) + 1 FROM permissions), 'sunat.company.view',
       'Ver empresas emisoras, certificados (sin la clave) y series de comprobantes'
 WHERE NOT EXISTS (SELECT 1 FROM permissions WHERE slug = 'sunat.company.view');
SELECT setval('permissions_seq', (SELECT max(id) FROM permissions));
-- admin holds every permission; the manager and the accountant see the companies
INSERT INTO role_permissions (role_id, permission_id)
    SELECT r.id, p.id FROM roles r, permissions p
     WHERE r.id IN (1, 2, 5) AND p.slug = 'sunat.company.view'
       AND NOT EXISTS (SELECT 1 FROM role_permissions rp WHERE rp.role_id = r.id AND rp.permission_id = p.id);

-- The signature algorithm (rsa-sha256 by default; rsa-sha512, rsa-sha1) and how early a certificate's
-- expiry is announced.
INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)
SELECT (SELECT max(id) + 1 FROM system_settings), 'invoicing.signature.algorithm', 'rsa-sha256', 'STRING',
       'Algoritmo de la firma XML de los comprobantes: rsa-sha256 (recomendado), rsa-sha512 o rsa-sha1.', false
 WHERE NOT EXISTS (SELECT 1 FROM system_settings WHERE setting_key = 'invoicing.signature.algorithm');
INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)
SELECT (SELECT max(id) + 1 FROM system_settings), 'invoicing.certificate.alert_days', '30', 'INTEGER',
       'Días antes del vencimiento del certificado digital de una empresa en que se avisa a quienes la administran.', false
 WHERE NOT EXISTS (SELECT 1 FROM system_settings WHERE setting_key = 'invoicing.certificate.alert_days');
SELECT setval('system_settings_seq', (SELECT max(id) FROM system_settings));
