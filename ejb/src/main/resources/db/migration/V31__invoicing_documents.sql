-- Invoicing (issue 13, documents console and API): who a document was issued to, so the documents
-- list filters by customer without reading the sales or customer tables (the area owns only its own
-- tables). Written from the buyer the document states (the signed XML, or the sale's content when the
-- sender builds it); null for a document not built yet.
--   customer_doc_type    catalog 06: 6 RUC, 1 DNI, 4 CE, 7 pasaporte, 0 none
--   customer_doc_number  the buyer's document number
--   customer_name        the buyer's name or legal name as printed
ALTER TABLE electronic_documents
    ADD COLUMN customer_doc_type   varchar(1),
    ADD COLUMN customer_doc_number varchar(20),
    ADD COLUMN customer_name       varchar(500),
    ADD CONSTRAINT ck_electronic_documents_customer_doc_type CHECK (customer_doc_type ~ '^[0-9A-Z]$');

-- The documents list: newest first, by date of issue.
CREATE INDEX ix_electronic_documents_issue_date ON electronic_documents (issue_date DESC, id DESC);
-- A document re-issued after a rejection is found from the rejected one.
CREATE INDEX ix_electronic_documents_replaces ON electronic_documents (replaces_document_id)
    WHERE replaces_document_id IS NOT NULL;
