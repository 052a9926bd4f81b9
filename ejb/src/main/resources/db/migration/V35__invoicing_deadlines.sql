-- Invoicing (issue 14, burnt numbers and deadlines).
--
-- Deadlines (docs sunat.md §4): a factura or its note reaches SUNAT on its issue day or within the next 3
-- calendar days; a boleta or its note within 7 calendar days (resumen diario); a factura's voiding (RA)
-- within 7 days of the document's issue. invoicing.Deadlines computes them from issue_date; an alert goes
-- out through the notification outbox invoicing.deadline.alert_hours before the deadline (DUE_SOON) and
-- once more when it has passed (OVERDUE).
--
-- document_deadline_alerts: the alerts already queued, one row per document, kind and threshold. The
-- timer inserts the row (ON CONFLICT DO NOTHING) in the transaction that queues the notification, so a
-- document is alerted once per threshold across runs and nodes.
--   kind       SEND (the document itself must reach SUNAT) or VOID (its requested voiding)
--   threshold  DUE_SOON (within the lead time) or OVERDUE (past the deadline)
--   deadline   the deadline the alert announced
CREATE SEQUENCE document_deadline_alerts_seq INCREMENT BY 50;
CREATE TABLE document_deadline_alerts (
    id           bigint      NOT NULL,
    document_id  bigint      NOT NULL,
    kind         varchar(10) NOT NULL,
    threshold    varchar(10) NOT NULL,
    deadline     timestamptz NOT NULL,
    alerted_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_document_deadline_alerts PRIMARY KEY (id),
    CONSTRAINT fk_document_deadline_alerts_document_id
        FOREIGN KEY (document_id) REFERENCES electronic_documents (id) ON DELETE CASCADE,
    CONSTRAINT uq_document_deadline_alerts_document_kind_threshold UNIQUE (document_id, kind, threshold),
    CONSTRAINT ck_document_deadline_alerts_kind CHECK (kind IN ('SEND', 'VOID')),
    CONSTRAINT ck_document_deadline_alerts_threshold CHECK (threshold IN ('DUE_SOON', 'OVERDUE'))
);
COMMENT ON TABLE document_deadline_alerts IS
    'Avisos de plazo SUNAT ya encolados: uno por comprobante, tipo (envío o baja) y umbral (por vencer, vencido).';

-- The documents whose deadline still runs: not answered yet, or rejected (a re-issue is owed).
CREATE INDEX ix_electronic_documents_open_deadline ON electronic_documents (issue_date, id)
    WHERE sunat_status IN ('PENDING', 'SENT', 'ERROR', 'REJECTED') AND deleted_at IS NULL;
-- The burnt numbers list: rejected documents, newest first.
CREATE INDEX ix_electronic_documents_burnt ON electronic_documents (issue_date DESC, id DESC)
    WHERE sunat_status = 'REJECTED';
-- The series report reads a series by number range.
CREATE INDEX ix_electronic_documents_company_series ON electronic_documents (company_id, document_type, series,
    correlative_number) INCLUDE (sunat_status);

INSERT INTO system_settings (id, setting_key, value, data_type, description, is_encrypted)
SELECT (SELECT max(id) + 1 FROM system_settings), 'invoicing.deadline.alert_hours', '24', 'INTEGER',
       'Horas antes del plazo de SUNAT (envío o baja de un comprobante) en que se avisa a quienes emiten comprobantes.', false
 WHERE NOT EXISTS (SELECT 1 FROM system_settings WHERE setting_key = 'invoicing.deadline.alert_hours');
SELECT setval('system_settings_seq', (SELECT max(id) FROM system_settings));
