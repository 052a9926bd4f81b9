-- Invoicing (issues 12-14): what the sender, the documents console and the notes need on each
-- electronic document, and the document's status timeline.
--
-- electronic_documents, beyond the model:
--   attempts                sends tried so far (the sender's retry count)
--   next_attempt_at         when the sender may try next (exponential backoff); null = now
--   last_error              the last failure in words (network, SOAP fault), for the attention queue
--   needs_attention         a person must act: attempts exhausted (DLQ) or rejected by SUNAT
--   sent_at / answered_at   last submission, and when SUNAT's answer (CDR or ticket) arrived
--   return_id               the return a credit note is for (FK added with the returns tables)
--   referenced_document_id  the document a credit or debit note modifies
--   note_reason_code        catalog 09 (credit) or 10 (debit); note_reason its words
--   replaces_document_id    a re-issue after a rejection names the rejected (burnt) document
ALTER TABLE electronic_documents
    ADD COLUMN attempts               integer     NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at        timestamptz,
    ADD COLUMN last_error             text,
    ADD COLUMN needs_attention        boolean     NOT NULL DEFAULT false,
    ADD COLUMN sent_at                timestamptz,
    ADD COLUMN answered_at            timestamptz,
    ADD COLUMN return_id              bigint,
    ADD COLUMN referenced_document_id bigint,
    ADD COLUMN note_reason_code       varchar(2),
    ADD COLUMN note_reason            text,
    ADD COLUMN replaces_document_id   bigint,
    ADD CONSTRAINT fk_electronic_documents_referenced_document_id
        FOREIGN KEY (referenced_document_id) REFERENCES electronic_documents (id) ON DELETE RESTRICT,
    ADD CONSTRAINT fk_electronic_documents_replaces_document_id
        FOREIGN KEY (replaces_document_id) REFERENCES electronic_documents (id) ON DELETE RESTRICT,
    ADD CONSTRAINT ck_electronic_documents_attempts CHECK (attempts >= 0),
    ADD CONSTRAINT ck_electronic_documents_note_reason_code CHECK (note_reason_code ~ '^[0-9]{2}$');

-- The sender's sweep: documents due for a (re)try that nobody has to look at first.
CREATE INDEX ix_electronic_documents_due ON electronic_documents (next_attempt_at)
    WHERE sunat_status IN ('PENDING', 'ERROR') AND NOT needs_attention;
CREATE INDEX ix_electronic_documents_attention ON electronic_documents (created_at)
    WHERE needs_attention;
CREATE INDEX ix_electronic_documents_referenced ON electronic_documents (referenced_document_id)
    WHERE referenced_document_id IS NOT NULL;

COMMENT ON COLUMN electronic_documents.needs_attention IS
    'Requiere una persona: reintentos agotados (DLQ) o rechazado por SUNAT (re-emitir).';

-- The status timeline of a document: one row per change, written in the change's transaction.
CREATE SEQUENCE electronic_document_events_seq INCREMENT BY 50;
CREATE TABLE electronic_document_events (
    id           bigint      NOT NULL,
    document_id  bigint      NOT NULL,
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    status       varchar(30) NOT NULL,
    code         varchar(10),
    message      text,
    actor_id     bigint,
    CONSTRAINT pk_electronic_document_events PRIMARY KEY (id),
    CONSTRAINT fk_electronic_document_events_document_id
        FOREIGN KEY (document_id) REFERENCES electronic_documents (id) ON DELETE CASCADE,
    CONSTRAINT fk_electronic_document_events_actor_id FOREIGN KEY (actor_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT ck_electronic_document_events_status CHECK (status IN
        ('PENDING', 'SENT', 'ACCEPTED', 'OBSERVED', 'REJECTED', 'VOIDED', 'ERROR'))
);
CREATE INDEX ix_electronic_document_events_document ON electronic_document_events (document_id, occurred_at);
COMMENT ON TABLE electronic_document_events IS 'Historial de estados de cada comprobante (quién, cuándo, código SUNAT).';
