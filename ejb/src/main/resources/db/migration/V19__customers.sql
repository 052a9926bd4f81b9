-- Issue 11, customers: identity, contact, consent, addresses, search and the POS lookup.

-- 1. Optimistic locking of the customer screens and API (If-Match / ETag), as products and users.
ALTER TABLE customers ADD COLUMN version bigint NOT NULL DEFAULT 0;

-- 2. Marketing consent (Ley 29733 de protección de datos personales): whether the customer accepts
--    advertising, through which channel the consent was given, when and who recorded it. Withdrawing
--    keeps who/when of the withdrawal (consent false with a date).
ALTER TABLE customers
    ADD COLUMN marketing_consent          boolean     NOT NULL DEFAULT false,
    ADD COLUMN marketing_consent_channel  varchar(30),
    ADD COLUMN marketing_consent_at       timestamptz,
    ADD COLUMN marketing_consent_by       bigint,
    ADD CONSTRAINT fk_customers_marketing_consent_by FOREIGN KEY (marketing_consent_by) REFERENCES users (id) ON DELETE RESTRICT,
    ADD CONSTRAINT ck_customers_marketing_consent_channel CHECK (marketing_consent_channel IS NULL
        OR marketing_consent_channel IN ('IN_STORE', 'WEB', 'PHONE', 'EMAIL', 'WHATSAPP')),
    ADD CONSTRAINT ck_customers_marketing_consent CHECK (NOT marketing_consent
        OR (marketing_consent_channel IS NOT NULL AND marketing_consent_at IS NOT NULL));
CREATE INDEX ix_customers_marketing_consent_by ON customers (marketing_consent_by);

-- 3. Phone stored E.164 (+51 and nine digits starting with 9) from now on; older rows are left as typed
--    (NOT VALID: only new and changed rows are checked).
ALTER TABLE customers ADD CONSTRAINT ck_customers_phone CHECK (phone IS NULL OR phone ~ '^\+519[0-9]{8}$') NOT VALID;

-- 4. Unique among ACTIVE customers: V1 already has the partial unique indexes uq_customers_doc_number and
--    uq_customers_email (WHERE deleted_at IS NULL; a soft-deleted customer frees them). The POS lookup
--    (doc_number = ? AND doc_type = ? AND deleted_at IS NULL) is served by uq_customers_doc_number.
--    Emails are stored lower case by the service; this index makes a mixed-case row written by hand clash too.
CREATE UNIQUE INDEX uq_customers_email_lower ON customers (lower(email)) WHERE deleted_at IS NULL AND email IS NOT NULL;

-- 5. Search (accent- and case-insensitive, partial; the name index's expression is the one the JPQL search
--    writes, lower(colca_unaccent(lower(name))), so the planner can use it): colca_unaccent() is V4's IMMUTABLE wrapper of
--    unaccent (both extensions since V3, in Debian's postgresql-15 contrib); trigram indexes serve
--    LIKE '%text%' on the name and email; the phone and document are searched by prefix/substring too.
CREATE INDEX ix_customers_name_trgm ON customers USING gin (lower(colca_unaccent(lower(full_name))) gin_trgm_ops)
    WHERE deleted_at IS NULL;
CREATE INDEX ix_customers_email_trgm ON customers USING gin (lower(email) gin_trgm_ops) WHERE deleted_at IS NULL;
CREATE INDEX ix_customers_phone_trgm ON customers USING gin (phone gin_trgm_ops) WHERE deleted_at IS NULL;
CREATE INDEX ix_customers_doc_number_trgm ON customers USING gin (doc_number gin_trgm_ops) WHERE deleted_at IS NULL;
CREATE INDEX ix_customers_deleted_by ON customers (deleted_by);

-- 6. Ubigeo reference data (INEI codes), owned by the customer area: the districts an address may name.
--    Lima Metropolitana (the 43 districts of the province of Lima) and the 7 of Callao; more departments
--    are appended by later migrations as stores open there.
CREATE TABLE customer_ubigeo (
    ubigeo      varchar(6)   NOT NULL,
    department  varchar(100) NOT NULL,
    province    varchar(100) NOT NULL,
    district    varchar(100) NOT NULL,
    CONSTRAINT pk_customer_ubigeo PRIMARY KEY (ubigeo),
    CONSTRAINT ck_customer_ubigeo_code CHECK (ubigeo ~ '^[0-9]{6}$')
);
COMMENT ON TABLE customer_ubigeo IS 'Distritos (ubigeo INEI) que puede tener una dirección de cliente.';
INSERT INTO customer_ubigeo (ubigeo, department, province, district) VALUES
    ('150101', 'Lima', 'Lima', 'Lima'),
    ('150102', 'Lima', 'Lima', 'Ancón'),
    ('150103', 'Lima', 'Lima', 'Ate'),
    ('150104', 'Lima', 'Lima', 'Barranco'),
    ('150105', 'Lima', 'Lima', 'Breña'),
    ('150106', 'Lima', 'Lima', 'Carabayllo'),
    ('150107', 'Lima', 'Lima', 'Chaclacayo'),
    ('150108', 'Lima', 'Lima', 'Chorrillos'),
    ('150109', 'Lima', 'Lima', 'Cieneguilla'),
    ('150110', 'Lima', 'Lima', 'Comas'),
    ('150111', 'Lima', 'Lima', 'El Agustino'),
    ('150112', 'Lima', 'Lima', 'Independencia'),
    ('150113', 'Lima', 'Lima', 'Jesús María'),
    ('150114', 'Lima', 'Lima', 'La Molina'),
    ('150115', 'Lima', 'Lima', 'La Victoria'),
    ('150116', 'Lima', 'Lima', 'Lince'),
    ('150117', 'Lima', 'Lima', 'Los Olivos'),
    ('150118', 'Lima', 'Lima', 'Lurigancho'),
    ('150119', 'Lima', 'Lima', 'Lurín'),
    ('150120', 'Lima', 'Lima', 'Magdalena del Mar'),
    ('150121', 'Lima', 'Lima', 'Pueblo Libre'),
    ('150122', 'Lima', 'Lima', 'Miraflores'),
    ('150123', 'Lima', 'Lima', 'Pachacámac'),
    ('150124', 'Lima', 'Lima', 'Pucusana'),
    ('150125', 'Lima', 'Lima', 'Puente Piedra'),
    ('150126', 'Lima', 'Lima', 'Punta Hermosa'),
    ('150127', 'Lima', 'Lima', 'Punta Negra'),
    ('150128', 'Lima', 'Lima', 'Rímac'),
    ('150129', 'Lima', 'Lima', 'San Bartolo'),
    ('150130', 'Lima', 'Lima', 'San Borja'),
    ('150131', 'Lima', 'Lima', 'San Isidro'),
    ('150132', 'Lima', 'Lima', 'San Juan de Lurigancho'),
    ('150133', 'Lima', 'Lima', 'San Juan de Miraflores'),
    ('150134', 'Lima', 'Lima', 'San Luis'),
    ('150135', 'Lima', 'Lima', 'San Martín de Porres'),
    ('150136', 'Lima', 'Lima', 'San Miguel'),
    ('150137', 'Lima', 'Lima', 'Santa Anita'),
    ('150138', 'Lima', 'Lima', 'Santa María del Mar'),
    ('150139', 'Lima', 'Lima', 'Santa Rosa'),
    ('150140', 'Lima', 'Lima', 'Santiago de Surco'),
    ('150141', 'Lima', 'Lima', 'Surquillo'),
    ('150142', 'Lima', 'Lima', 'Villa El Salvador'),
    ('150143', 'Lima', 'Lima', 'Villa María del Triunfo'),
    ('070101', 'Callao', 'Callao', 'Callao'),
    ('070102', 'Callao', 'Callao', 'Bellavista'),
    ('070103', 'Callao', 'Callao', 'Carmen de la Legua Reynoso'),
    ('070104', 'Callao', 'Callao', 'La Perla'),
    ('070105', 'Callao', 'Callao', 'La Punta'),
    ('070106', 'Callao', 'Callao', 'Ventanilla'),
    ('070107', 'Callao', 'Callao', 'Mi Perú');

-- 7. Addresses: the district's ubigeo (optional: an address outside the list keeps district/city as typed),
--    and exactly one default per customer, enforced by the database. Deferred to the commit like
--    ex_product_images_one_primary (V9): moving the default flushes two updates, and Hibernate may write
--    the new default before clearing the old one. (btree supports exclusion with "=", no extension.)
ALTER TABLE customer_addresses
    ADD COLUMN ubigeo varchar(6),
    ADD CONSTRAINT fk_customer_addresses_ubigeo FOREIGN KEY (ubigeo) REFERENCES customer_ubigeo (ubigeo) ON DELETE RESTRICT,
    ADD CONSTRAINT ck_customer_addresses_geo_coordinates CHECK (geo_coordinates IS NULL
        OR geo_coordinates ~ '^-?[0-9]{1,2}(\.[0-9]{1,7})?,-?[0-9]{1,3}(\.[0-9]{1,7})?$') NOT VALID,
    ADD CONSTRAINT ex_customer_addresses_one_default
        EXCLUDE USING btree (customer_id WITH =) WHERE (is_default)
        DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX ix_customer_addresses_ubigeo ON customer_addresses (ubigeo);

-- 8. The segments offered when a customer is created or edited (a subset of ck_customers_segment).
INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)
SELECT (SELECT max(id) + 1 FROM system_settings), 'customer.segments',
       '["REGULAR", "FREQUENT", "VIP", "WHOLESALE", "CORPORATE"]', 'JSON',
       'Segmentos de cliente que se ofrecen al registrar o editar un cliente (lista JSON; valores posibles: REGULAR, FREQUENT, VIP, WHOLESALE, CORPORATE).', false
 WHERE NOT EXISTS (SELECT 1 FROM system_settings WHERE setting_key = 'customer.segments');
SELECT setval('system_settings_seq', (SELECT max(id) FROM system_settings));
