-- Invoicing (issue 12/13 seam): which series a store issues from.
--
-- The model's document_sequences has a series per company and document type but says nothing of the
-- store: SUNAT expects a series per establishment (F001 at one store, F002 at another), and a paid
-- order must find its series without a person choosing it. A series therefore names the location it
-- is used at. A location has at most one series per document type and first letter (F for facturas
-- and their notes, B for boletas and theirs): the notes of a factura (07/08) go on an F series, those
-- of a boleta on a B series. Series not bound to a location (NULL) are kept for documents issued from
-- the back office.
ALTER TABLE document_sequences
    ADD COLUMN location_id integer,
    ADD CONSTRAINT fk_document_sequences_location_id FOREIGN KEY (location_id) REFERENCES locations (id) ON DELETE RESTRICT,
    -- SUNAT catalog 01 series prefixes: F for facturas, B for boletas; the notes follow their document
    ADD CONSTRAINT ck_document_sequences_series_prefix CHECK (
        (document_type = '01' AND series LIKE 'F%')
        OR (document_type = '03' AND series LIKE 'B%')
        OR (document_type IN ('07', '08') AND left(series, 1) IN ('F', 'B')));

CREATE UNIQUE INDEX uq_document_sequences_location_type_prefix
    ON document_sequences (location_id, document_type, left(series, 1))
    WHERE location_id IS NOT NULL;

COMMENT ON COLUMN document_sequences.location_id IS
    'Tienda que emite con esta serie (una por tipo y letra inicial); NULL: serie de la oficina.';
