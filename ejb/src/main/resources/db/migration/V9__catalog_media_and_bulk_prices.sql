-- V9: catalog images and bulk price updates (issue 3).
--
-- 1. The image upload limit is a system setting an administrator can change (bytes; default 2 MB).
--    The id is taken after whatever earlier migrations inserted, so parallel branches never collide.
INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)
SELECT coalesce(max(id), 0) + 1, 'catalog.image.max_bytes', '2097152', 'INTEGER',
       'Tamaño máximo (en bytes) de una imagen subida al catálogo: productos, logos de marca, categorías. 2097152 = 2 MB.',
       false
  FROM system_settings
ON CONFLICT (setting_key) DO NOTHING;
SELECT setval('system_settings_seq', (SELECT max(id) FROM system_settings));

-- 2. A product has at most one primary image. Existing galleries are mended first: the first image
--    (display order, then id) of a product without a primary becomes primary; extra primaries stop being so.
UPDATE product_images i SET is_primary = (i.id = f.first_id)
  FROM (SELECT DISTINCT ON (product_id) product_id, id AS first_id
          FROM product_images
         ORDER BY product_id, is_primary DESC, display_order, id) f
 WHERE i.product_id = f.product_id
   AND i.is_primary <> (i.id = f.first_id);

-- A partial uniqueness ("one row per product WHERE is_primary"), written as an exclusion constraint
-- because only a constraint can be DEFERRABLE: Hibernate flushes updates before deletes, so deleting
-- the primary image and promoting the next one (or swapping the primary) passes through a moment with
-- two primaries inside one transaction. Checked at commit; the service also locks the product row so
-- concurrent gallery edits take turns. (btree supports exclusion with "=", no extension needed.)
ALTER TABLE product_images
    ADD CONSTRAINT ex_product_images_one_primary
    EXCLUDE USING btree (product_id WITH =) WHERE (is_primary)
    DEFERRABLE INITIALLY DEFERRED;

-- 3. Bulk price updates find their history rows by reference (reference_source = 'bulk_price_update',
--    reference_id = the operation's UUID); imports and promotions do the same.
CREATE INDEX IF NOT EXISTS ix_price_change_history_reference
    ON price_change_history (reference_source, reference_id)
    WHERE reference_id IS NOT NULL;
