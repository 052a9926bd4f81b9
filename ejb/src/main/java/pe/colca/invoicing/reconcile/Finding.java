package pe.colca.invoicing.reconcile;

import java.io.Serializable;
import java.math.BigDecimal;

/** What the rules found, before it is stored as a {@link ReconciliationDifference}. */
public record Finding(DifferenceKind kind, Long documentId, String documentType, String documentNumber, Long orderId,
                      String orderNumber, Long returnId, String returnNumber, Integer locationId, BigDecimal amount,
                      String colcaStatus, String sunatStatus, String sunatCode, String explanation) implements Serializable {
    private static final long serialVersionUID = 1L;
}
