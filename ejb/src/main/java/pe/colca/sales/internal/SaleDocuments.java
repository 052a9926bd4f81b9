package pe.colca.sales.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.math.BigDecimal;
import java.time.Instant;
import pe.colca.invoicing.DocumentRequest;
import pe.colca.invoicing.DocumentRequests;
import pe.colca.invoicing.DocumentType;
import pe.colca.invoicing.IssuedDocument;
import pe.colca.sales.Order;
import pe.colca.sales.PricedOrder;
import pe.colca.sales.SaleDocument;
import pe.colca.sales.TaxGroup;
import pe.colca.sales.TaxSubtotal;
import pe.colca.settings.Settings;

/**
 * Requests the electronic document of a paid order from the invoicing area ({@link DocumentRequests}),
 * in the sale's transaction: the pending {@code electronic_documents} row is numbered from the store's
 * series and written with the sale, or the sale is refused (422 {@code series-not-configured}) and
 * nothing is written. The totals are the pricing component's.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SaleDocuments {

    static final String CURRENCY_SETTING = "currency.default";

    @EJB
    private DocumentRequests documents;

    @EJB
    private OrderAccess access;

    @EJB
    private OrderNumbers numbers;

    @EJB
    private Settings settings;

    public IssuedDocument request(Order order) {
        PricedOrder priced = access.priced(order);
        BigDecimal gravado = priced.subtotal(TaxGroup.GRAVADO).map(TaxSubtotal::taxableAmount)
                .orElse(BigDecimal.ZERO.setScale(2));
        DocumentType type = order.getDocument() == SaleDocument.FACTURA ? DocumentType.FACTURA : DocumentType.BOLETA;
        return documents.requestForOrder(new DocumentRequest(order.getId(), Math.toIntExact(order.getLocationId()), type,
                numbers.businessDay(Instant.now()), settings.text(CURRENCY_SETTING), order.getGrandTotal(),
                order.getTaxTotal(), gravado));
    }
}
