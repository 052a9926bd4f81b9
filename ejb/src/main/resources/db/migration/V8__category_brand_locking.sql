-- Colca — V8: optimistic locking of categories and brands (issue 3).

-- The data model has no version column on categories and brands. The category tree editor, the
-- brands screen and the API (If-Match / ETag) edit them concurrently: two edits based on the same
-- version must end with one winner and one 409 (stale-version), never a silent lost update, so both
-- get a JPA @Version column, as products and variants did in V4.
ALTER TABLE categories ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE brands ADD COLUMN version bigint NOT NULL DEFAULT 0;

-- The import summary (console and API) tells created from updated rows: a variant the import created
-- has a first price_change_history row (no old price) with reference_source 'bulk_import' and the
-- import id. The import screen polls that count every second while a job runs, so it needs an index.
CREATE INDEX ix_price_change_history_reference ON price_change_history (reference_source, reference_id);
