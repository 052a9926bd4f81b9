package pe.colca.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the sales area asks of invoicing when an order is paid: the order's electronic document
 * (factura or boleta), issued at the store the order was sold at, with the order's totals as the
 * pricing component computed them. The notes of a return are asked for with their own request (the
 * returns work of the sales issue).
 *
 * @param orderId      the paid order
 * @param locationId   the store; its series for {@code type} numbers the document
 * @param type         {@link DocumentType#FACTURA} or {@link DocumentType#BOLETA}
 * @param issueDate    the business day of the sale (America/Lima)
 * @param currency     ISO 4217, {@code PEN} for soles
 * @param totalAmount  the order's grand total
 * @param totalIgv     the IGV of the order
 * @param totalGravado the taxable base (operaciones gravadas)
 */
public record DocumentRequest(long orderId, int locationId, DocumentType type, LocalDate issueDate, String currency,
                              BigDecimal totalAmount, BigDecimal totalIgv, BigDecimal totalGravado) {

    public DocumentRequest {
        Objects.requireNonNull(type, "type");
        if (type != DocumentType.FACTURA && type != DocumentType.BOLETA) {
            throw new IllegalArgumentException("an order is invoiced with a factura or a boleta, not " + type);
        }
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(totalAmount, "totalAmount");
    }
}
