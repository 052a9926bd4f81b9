package pe.colca.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the sales area asks of invoicing when goods come back: the credit note (07) of a return, issued at
 * the returning store from its note series of the referenced document's letter (FC0n for a factura, BC0n
 * for a boleta), modifying the sale's document, with the return's figures (positive) and the reason.
 *
 * @param orderId             the order returned from (the note is listed with its documents)
 * @param returnId            the return ({@code order_returns}), so the sender can read its content
 * @param locationId          the store that took the goods back; its note series numbers the note
 * @param referencedDocumentId the factura or boleta of the sale
 * @param reasonCode          catalog 09: {@code 07} devolución por ítem, {@code 06} devolución total,
 *                            {@code 01} anulación de la operación
 * @param reason              the text of the reason ({@code cbc:Description} of the discrepancy)
 * @param issueDate           the business day of the return (America/Lima)
 * @param currency            ISO 4217, the referenced document's
 * @param totalAmount         the return's grand total
 * @param totalIgv            its IGV
 * @param totalGravado        its taxable base
 */
public record CreditNoteRequest(long orderId, long returnId, int locationId, long referencedDocumentId,
                                String reasonCode, String reason, LocalDate issueDate, String currency,
                                BigDecimal totalAmount, BigDecimal totalIgv, BigDecimal totalGravado) {

    public CreditNoteRequest {
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(totalAmount, "totalAmount");
    }
}
