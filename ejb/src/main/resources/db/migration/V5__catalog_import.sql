-- V5: the catalog bulk import (issue 3). Added beyond the data model because an import runs as a
-- Jakarta Batch job outside the request: the API answers 202 at once and the caller (or the
-- console) follows the import by its own id, sees its counts, and downloads the per-row error
-- report later; JBeret's job repository (schema infra) has neither the file, nor who started it,
-- nor the rejected rows. One row per uploaded file; restarts keep the same row.
CREATE SEQUENCE catalog_imports_seq INCREMENT BY 50;
CREATE TABLE catalog_imports (
    id               bigint       NOT NULL PRIMARY KEY,
    file_name        varchar(255) NOT NULL,
    stored_name      varchar(255) NOT NULL,
    status           varchar(30)  NOT NULL DEFAULT 'STARTED',
    rows_total       integer      NOT NULL DEFAULT 0,
    last_row         integer      NOT NULL DEFAULT 0,   -- highest data row handled (restart-safe count)
    job_execution_id bigint,
    started_by       bigint       REFERENCES users (id),
    started_at       timestamptz  NOT NULL DEFAULT now(),
    finished_at      timestamptz,
    CONSTRAINT ck_catalog_imports_status CHECK (status IN ('STARTED', 'COMPLETED', 'FAILED', 'STOPPED'))
);

-- The rejected rows: one line per (row, column) problem; the key makes a re-run chunk write it once.
CREATE SEQUENCE catalog_import_errors_seq INCREMENT BY 50;
CREATE TABLE catalog_import_errors (
    id          bigint        NOT NULL PRIMARY KEY,
    import_id   bigint        NOT NULL REFERENCES catalog_imports (id) ON DELETE CASCADE,
    row_number  integer       NOT NULL,
    column_name varchar(60)   NOT NULL,
    reason      varchar(1000) NOT NULL,
    CONSTRAINT uq_catalog_import_errors_row UNIQUE (import_id, row_number, column_name)
);
