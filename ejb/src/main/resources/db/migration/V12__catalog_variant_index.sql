-- The catalog's published read model for other areas' list queries (issue 8: areas own their
-- tables). Inventory, sales and invoicing never name products or product_variants; a list that
-- must join the catalog in SQL (paging, search by name) joins this view, which the catalog owns
-- and keeps compatible (add columns, never rename or drop). Deleted variants and variants of
-- deleted products are included (history shows them) with the flags that say so; whether a
-- variant can be sold is decided in Java by pe.colca.catalog.Sellability from these columns.
CREATE VIEW catalog_variant_index AS
SELECT v.id                          AS variant_id,
       v.product_id                  AS product_id,
       v.sku                         AS sku,
       v.barcode                     AS barcode,
       p.name                        AS product_name,
       v.size                        AS size,
       v.color                       AS color,
       COALESCE(v.price_override, p.base_price) AS price,
       p.cost_price                  AS cost_price,
       p.tax_code                    AS tax_code,
       p.category_id                 AS category_id,
       p.brand_id                    AS brand_id,
       p.status                      AS product_status,
       v.is_active                   AS variant_active,
       (v.deleted_at IS NOT NULL)    AS variant_deleted,
       (p.deleted_at IS NOT NULL)    AS product_deleted
FROM product_variants v
JOIN products p ON p.id = v.product_id;

COMMENT ON VIEW catalog_variant_index IS 'Catalog read model for other areas (pe.colca.catalog.CatalogReader); columns only added, never renamed or dropped';
