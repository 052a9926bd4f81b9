/**
 * Electronic invoicing (SUNAT): the issuing companies, gapless document sequences per company, type
 * and series, the electronic documents (facturas, boletas, notas de crédito y débito) with their SUNAT
 * status and files (XML, PDF, CDR), and the voiding of documents (comunicaciones de baja).
 */
package pe.colca.invoicing;
