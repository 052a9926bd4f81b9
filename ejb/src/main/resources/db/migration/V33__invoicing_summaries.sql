-- Invoicing (issue 14): daily summaries (RC), comunicaciones de baja (RA) and their SUNAT tickets.
--
-- companies.boleta_delivery: how the company's boletas and their notes reach SUNAT: BILL (sendBill one
--   by one, the default) or SUMMARY (a resumen diario, RC). Facturas always go by sendBill.
ALTER TABLE companies
    ADD COLUMN boleta_delivery varchar(10) NOT NULL DEFAULT 'BILL',
    ADD CONSTRAINT ck_companies_boleta_delivery CHECK (boleta_delivery IN ('BILL', 'SUMMARY'));
COMMENT ON COLUMN companies.boleta_delivery IS 'Envío de boletas y sus notas: BILL (una por una, sendBill) o SUMMARY (resumen diario RC).';

-- One file sent with sendSummary: an RC or an RA. identifier = kind-YYYYMMDD-n of the generation day,
-- n never reused per company, kind and day (2324), even when SUNAT rejected the file. The ticket and the
-- next poll time live here (the sunat.status queue only nudges), so polling survives a restart.
--   status  NEW (built, not sent yet) → SENT (ticket stored, polling) → ACCEPTED (0) | REJECTED (99);
--           ERROR: the send failed (no answer, 01xx): sent again at next_poll_at
CREATE SEQUENCE sunat_summaries_seq INCREMENT BY 50;
CREATE TABLE sunat_summaries (
    id               bigint        NOT NULL,
    company_id       integer       NOT NULL,
    kind             varchar(2)    NOT NULL,
    issue_date       date          NOT NULL,
    sequence_number  integer       NOT NULL,
    identifier       varchar(20)   NOT NULL,
    reference_date   date          NOT NULL,
    status           varchar(20)   NOT NULL DEFAULT 'NEW',
    ticket           varchar(60),
    status_code      varchar(4),
    message          text,
    attempts         integer       NOT NULL DEFAULT 0,
    next_poll_at     timestamptz,
    line_count       integer       NOT NULL,
    xml_path         varchar(1000),
    cdr_path         varchar(1000),
    created_by       bigint,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    sent_at          timestamptz,
    answered_at      timestamptz,
    version          bigint        NOT NULL DEFAULT 0,
    CONSTRAINT pk_sunat_summaries PRIMARY KEY (id),
    CONSTRAINT fk_sunat_summaries_company_id FOREIGN KEY (company_id) REFERENCES companies (id) ON DELETE RESTRICT,
    CONSTRAINT fk_sunat_summaries_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT uq_sunat_summaries_company_sequence UNIQUE (company_id, kind, issue_date, sequence_number),
    CONSTRAINT uq_sunat_summaries_company_identifier UNIQUE (company_id, identifier),
    CONSTRAINT ck_sunat_summaries_kind CHECK (kind IN ('RC', 'RA')),
    CONSTRAINT ck_sunat_summaries_status CHECK (status IN ('NEW', 'SENT', 'ACCEPTED', 'REJECTED', 'ERROR')),
    CONSTRAINT ck_sunat_summaries_sequence_number CHECK (sequence_number BETWEEN 1 AND 99999),
    CONSTRAINT ck_sunat_summaries_identifier CHECK (
        identifier = kind || '-' || to_char(issue_date, 'YYYYMMDD') || '-' || sequence_number),
    CONSTRAINT ck_sunat_summaries_reference_date CHECK (reference_date <= issue_date),
    CONSTRAINT ck_sunat_summaries_line_count CHECK (line_count >= 1),
    CONSTRAINT ck_sunat_summaries_ticket CHECK (status NOT IN ('SENT', 'ACCEPTED', 'REJECTED') OR ticket IS NOT NULL)
);
-- the ticket sweep: what is still to send or to poll, by due time
CREATE INDEX ix_sunat_summaries_due ON sunat_summaries (next_poll_at) WHERE status IN ('NEW', 'SENT', 'ERROR');
CREATE INDEX ix_sunat_summaries_company_created ON sunat_summaries (company_id, created_at DESC);
COMMENT ON TABLE sunat_summaries IS 'Resúmenes diarios (RC) y comunicaciones de baja (RA) enviados a SUNAT, con su ticket.';

-- The documents of a summary. condition_code: RC 1 add, 2 modify, 3 annul; null in an RA. A document is
-- at most once in a summary (add+modify / modify+annul never share one: 3095/3096) and never informed
-- twice with the same condition unless SUNAT rejected the summary it was in (2282).
--   status  INCLUDED → ACCEPTED | REJECTED (response_code / message: what the CDR said of the line)
CREATE SEQUENCE sunat_summary_lines_seq INCREMENT BY 50;
CREATE TABLE sunat_summary_lines (
    id              bigint       NOT NULL,
    summary_id      bigint       NOT NULL,
    line_number     integer      NOT NULL,
    document_id     bigint       NOT NULL,
    condition_code  smallint,
    status          varchar(20)  NOT NULL DEFAULT 'INCLUDED',
    response_code   varchar(4),
    message         text,
    CONSTRAINT pk_sunat_summary_lines PRIMARY KEY (id),
    CONSTRAINT fk_sunat_summary_lines_summary_id FOREIGN KEY (summary_id) REFERENCES sunat_summaries (id) ON DELETE RESTRICT,
    CONSTRAINT fk_sunat_summary_lines_document_id FOREIGN KEY (document_id) REFERENCES electronic_documents (id) ON DELETE RESTRICT,
    CONSTRAINT uq_sunat_summary_lines_summary_line UNIQUE (summary_id, line_number),
    CONSTRAINT uq_sunat_summary_lines_summary_document UNIQUE (summary_id, document_id),
    CONSTRAINT ck_sunat_summary_lines_condition_code CHECK (condition_code IS NULL OR condition_code BETWEEN 1 AND 3),
    CONSTRAINT ck_sunat_summary_lines_status CHECK (status IN ('INCLUDED', 'ACCEPTED', 'REJECTED')),
    CONSTRAINT ck_sunat_summary_lines_line_number CHECK (line_number >= 1)
);
CREATE UNIQUE INDEX uq_sunat_summary_lines_informed ON sunat_summary_lines (document_id, coalesce(condition_code, 0))
    WHERE status <> 'REJECTED';
COMMENT ON TABLE sunat_summary_lines IS 'Comprobantes incluidos en un resumen diario o comunicación de baja, con su código de condición.';

-- A voiding names the summary (RA, or the RC with condition 3) that carries it, who asked for it and when
-- SUNAT answered; the ticket stays in ticket_sunat (model).
ALTER TABLE voided_documents
    ADD COLUMN summary_id    bigint,
    ADD COLUMN requested_by  bigint,
    ADD COLUMN answered_at   timestamptz,
    ADD COLUMN message       text,
    ADD CONSTRAINT fk_voided_documents_summary_id FOREIGN KEY (summary_id) REFERENCES sunat_summaries (id) ON DELETE RESTRICT,
    ADD CONSTRAINT fk_voided_documents_requested_by FOREIGN KEY (requested_by) REFERENCES users (id) ON DELETE RESTRICT;
CREATE INDEX ix_voided_documents_summary_id ON voided_documents (summary_id);
CREATE INDEX ix_voided_documents_voided_at ON voided_documents (voided_at DESC);

-- How many documents one RC file carries (SUNAT accepts up to 500 lines per file).
INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)
SELECT (SELECT max(id) + 1 FROM system_settings), 'invoicing.summary.max_lines', '500', 'INTEGER',
       'Máximo de comprobantes por archivo de resumen diario (RC); con más, se envían varios archivos.', false
 WHERE NOT EXISTS (SELECT 1 FROM system_settings WHERE setting_key = 'invoicing.summary.max_lines');
SELECT setval('system_settings_seq', (SELECT max(id) FROM system_settings));
