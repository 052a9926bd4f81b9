-- Colca — V4: catalog search indexes, optimistic locking of products and variants, barcode setting.

-- The data model has no version column on products and product_variants. The catalog screens and
-- the API edit them concurrently (If-Match / ETag): two edits based on the same version must end with
-- one winner and one 409, never a silent lost update, so both get a JPA @Version column.
ALTER TABLE products ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE product_variants ADD COLUMN version bigint NOT NULL DEFAULT 0;

-- unaccent() is only STABLE (it depends on the dictionary found through search_path), so it cannot
-- appear in an index expression. This wrapper names the dictionary explicitly and is IMMUTABLE; the
-- catalog search uses colca_unaccent(lower(name)) both here and in its queries, so the index serves them.
CREATE OR REPLACE FUNCTION colca_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Name search: accent- and case-insensitive, partial words (LIKE '%word%' served by trigrams), live
-- products only. Exact SKU/barcode lookups use the partial unique indexes of V1.
CREATE INDEX ix_products_name_trgm ON products USING gin (colca_unaccent(lower(name)) gin_trgm_ops)
    WHERE deleted_at IS NULL;

-- Restoring a product brings back the variants deleted with it: find them by product and time.
CREATE INDEX ix_products_deleted_at ON products (deleted_at) WHERE deleted_at IS NOT NULL;

-- Barcodes: EAN-13, EAN-8 and UPC-A are validated by their check digit; any other symbology only
-- when this is true.
INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)
    SELECT coalesce(max(id), 0) + 1, 'catalog.barcode.allow_other', 'false', 'BOOLEAN',
           'Si se aceptan códigos de barras distintos de EAN-13, EAN-8 y UPC-A (sin dígito verificador).', false
      FROM system_settings;
SELECT setval('system_settings_seq', (SELECT max(id) FROM system_settings));
