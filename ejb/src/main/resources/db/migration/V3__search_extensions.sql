-- Accent- and case-insensitive search (locations today, the catalog next): unaccent() and trigram
-- indexes. Both extensions are "trusted" since PostgreSQL 13, so the database owner may create them.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
