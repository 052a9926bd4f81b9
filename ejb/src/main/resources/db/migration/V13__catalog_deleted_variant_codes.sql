-- The POS look-up (VariantService.lookup) answers a scan of a deleted variant's code with 422
-- not-for-sale naming the variant, instead of 404 (issue 8: a variant that is deleted can be looked up
-- but not sold). Live codes are found over the partial unique indexes of V1; these two serve the
-- look-up's second query, over deleted variants only, which runs when no live variant has the code.
CREATE INDEX ix_product_variants_deleted_barcode ON product_variants (barcode) WHERE deleted_at IS NOT NULL;
CREATE INDEX ix_product_variants_deleted_sku ON product_variants (sku) WHERE deleted_at IS NOT NULL;
