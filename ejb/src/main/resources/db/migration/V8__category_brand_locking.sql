-- Colca — V8: optimistic locking of categories and brands (issue 3).

-- The data model has no version column on categories and brands. The category tree editor, the
-- brands screen and the API (If-Match / ETag) edit them concurrently: two edits based on the same
-- version must end with one winner and one 409 (stale-version), never a silent lost update, so both
-- get a JPA @Version column, as products and variants did in V4.
ALTER TABLE categories ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE brands ADD COLUMN version bigint NOT NULL DEFAULT 0;
