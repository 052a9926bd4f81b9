-- Invoicing (issue 14): the nightly reconciliation of what Colca holds with what SUNAT holds.
--
-- One run per company and business day (America/Lima): re-running a day replaces its report (the same
-- row, its differences deleted and written again), never a second one. job_instance_id names the
-- Jakarta Batch job instance that owns the run: a newer start of the same day takes it over, and the
-- older execution's writes for it are ignored (no duplicates when two runs of a day overlap).
--   status  QUEUED (asked for, the job not there yet) → RUNNING → COMPLETED | FAILED (a restart of the
--           job execution takes it back to RUNNING and goes on from its checkpoint)
CREATE SEQUENCE reconciliation_runs_seq INCREMENT BY 50;
CREATE TABLE reconciliation_runs (
    id                   bigint       NOT NULL,
    company_id           integer      NOT NULL,
    business_day         date         NOT NULL,
    status               varchar(20)  NOT NULL DEFAULT 'QUEUED',
    job_instance_id      bigint,
    job_execution_id     bigint,
    orders_checked       integer      NOT NULL DEFAULT 0,
    returns_checked      integer      NOT NULL DEFAULT 0,
    documents_checked    integer      NOT NULL DEFAULT 0,
    documents_consulted  integer      NOT NULL DEFAULT 0,
    difference_count     integer      NOT NULL DEFAULT 0,
    explained_count      integer      NOT NULL DEFAULT 0,
    message              text,
    requested_by         bigint,
    requested_at         timestamptz  NOT NULL DEFAULT now(),
    started_at           timestamptz,
    finished_at          timestamptz,
    version              bigint       NOT NULL DEFAULT 0,
    CONSTRAINT pk_reconciliation_runs PRIMARY KEY (id),
    CONSTRAINT fk_reconciliation_runs_company_id FOREIGN KEY (company_id) REFERENCES companies (id) ON DELETE RESTRICT,
    CONSTRAINT fk_reconciliation_runs_requested_by FOREIGN KEY (requested_by) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT uq_reconciliation_runs_company_day UNIQUE (company_id, business_day),
    CONSTRAINT ck_reconciliation_runs_status CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    CONSTRAINT ck_reconciliation_runs_counts CHECK (orders_checked >= 0 AND returns_checked >= 0
        AND documents_checked >= 0 AND documents_consulted >= 0 AND difference_count >= 0 AND explained_count >= 0),
    CONSTRAINT ck_reconciliation_runs_finished CHECK (status NOT IN ('COMPLETED', 'FAILED') OR finished_at IS NOT NULL)
);
CREATE INDEX ix_reconciliation_runs_day ON reconciliation_runs (business_day DESC, company_id);
CREATE INDEX ix_reconciliation_runs_instance ON reconciliation_runs (job_instance_id) WHERE job_instance_id IS NOT NULL;
COMMENT ON TABLE reconciliation_runs IS 'Conciliación diaria con SUNAT: una corrida por empresa y día (Lima), con sus cifras.';

-- What a run found. explained = false: a difference (notified); true: an exception the rules explain
-- (voided and replaced, burnt and replaced, still pending within its deadline), listed with its reason.
-- The sale side is named by id and number only (orders and returns belong to the sales area: no foreign
-- key from invoicing's table into them).
--   kind  MISSING_DOCUMENT, DUPLICATE_DOCUMENT, PENDING_PAST_DEADLINE, REJECTED_NOT_REPLACED,
--         VOIDED_NOT_REPLACED, UNKNOWN_TO_SUNAT, STATUS_MISMATCH, CONSULT_FAILED (differences);
--         VOIDED_REPLACED, BURNT_REPLACED, PENDING_IN_DEADLINE (explained)
CREATE SEQUENCE reconciliation_differences_seq INCREMENT BY 50;
CREATE TABLE reconciliation_differences (
    id               bigint         NOT NULL,
    run_id           bigint         NOT NULL,
    kind             varchar(40)    NOT NULL,
    explained        boolean        NOT NULL DEFAULT false,
    document_id      bigint,
    document_type    varchar(2),
    document_number  varchar(20),
    order_id         bigint,
    order_number     varchar(60),
    return_id        bigint,
    return_number    varchar(60),
    location_id      integer,
    amount           numeric(14,2),
    colca_status     varchar(30),
    sunat_status     varchar(30),
    sunat_code       varchar(10),
    explanation      text           NOT NULL,
    created_at       timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT pk_reconciliation_differences PRIMARY KEY (id),
    CONSTRAINT fk_reconciliation_differences_run_id FOREIGN KEY (run_id) REFERENCES reconciliation_runs (id) ON DELETE CASCADE,
    CONSTRAINT fk_reconciliation_differences_document_id FOREIGN KEY (document_id) REFERENCES electronic_documents (id) ON DELETE RESTRICT,
    CONSTRAINT ck_reconciliation_differences_kind CHECK (kind IN ('MISSING_DOCUMENT', 'DUPLICATE_DOCUMENT',
        'PENDING_PAST_DEADLINE', 'REJECTED_NOT_REPLACED', 'VOIDED_NOT_REPLACED', 'UNKNOWN_TO_SUNAT', 'STATUS_MISMATCH',
        'CONSULT_FAILED', 'VOIDED_REPLACED', 'BURNT_REPLACED', 'PENDING_IN_DEADLINE')),
    CONSTRAINT ck_reconciliation_differences_explained CHECK (explained = (kind IN ('VOIDED_REPLACED', 'BURNT_REPLACED',
        'PENDING_IN_DEADLINE'))),
    CONSTRAINT ck_reconciliation_differences_subject CHECK (document_id IS NOT NULL OR order_id IS NOT NULL
        OR return_id IS NOT NULL)
);
-- a row per run, kind and subject: a chunk done again after a restart writes nothing twice
CREATE UNIQUE INDEX uq_reconciliation_differences_subject ON reconciliation_differences
    (run_id, kind, coalesce(document_id, 0), coalesce(order_id, 0), coalesce(return_id, 0));
CREATE INDEX ix_reconciliation_differences_document_id ON reconciliation_differences (document_id);
COMMENT ON TABLE reconciliation_differences IS 'Diferencias (y excepciones explicadas) encontradas por una conciliación con SUNAT.';

-- sales.SalesOfDay: the orders paid on a day are found by their first move to PAID
CREATE INDEX ix_order_status_history_paid ON order_status_history (changed_at) WHERE new_status = 'PAID';

-- Who reads the reconciliation report and who runs it on demand. The id is the next free one so branches
-- adding permissions at the same time do not collide.
INSERT INTO permissions (id, slug, description)
SELECT (SELECT max(id) + 1 FROM permissions), 'sunat.reconciliation.view',
       'Ver la conciliación diaria con SUNAT y sus diferencias'
 WHERE NOT EXISTS (SELECT 1 FROM permissions WHERE slug = 'sunat.reconciliation.view');
INSERT INTO permissions (id, slug, description)
SELECT (SELECT max(id) + 1 FROM permissions), 'sunat.reconciliation.run',
       'Ejecutar la conciliación con SUNAT de un día'
 WHERE NOT EXISTS (SELECT 1 FROM permissions WHERE slug = 'sunat.reconciliation.run');
SELECT setval('permissions_seq', (SELECT max(id) FROM permissions));
-- admin holds every permission; the manager and the accountant read and run it
INSERT INTO role_permissions (role_id, permission_id)
    SELECT r.id, p.id FROM roles r, permissions p
     WHERE r.id IN (1, 2, 5) AND p.slug IN ('sunat.reconciliation.view', 'sunat.reconciliation.run')
       AND NOT EXISTS (SELECT 1 FROM role_permissions rp WHERE rp.role_id = r.id AND rp.permission_id = p.id);
