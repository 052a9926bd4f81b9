package pe.colca.invoicing.internal.summary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.logging.Logger;
import pe.colca.invoicing.ElectronicDocument;
import pe.colca.invoicing.sunat.SummaryDocument.Amounts;
import pe.colca.invoicing.sunat.SummaryDocument.Line;
import pe.colca.sales.PricedOrder;
import pe.colca.sales.ReturnContents;
import pe.colca.sales.SaleContent;
import pe.colca.sales.SaleContents;
import pe.colca.sales.TaxGroup;
import pe.colca.sales.TaxSubtotal;

/**
 * The RC line of a boleta or of its note: buyer and amounts per affectation from the sale (or the
 * return) through the sales ports {@link SaleContents} / {@link ReturnContents} when they are deployed;
 * otherwise (a document without an order, or a build without the ports) from the document's own totals:
 * gravado and IGV as stored, the rest of the total as exonerado, and no buyer. Outside the caller's
 * transaction, so a sales port that refuses (an order it does not know) cannot doom the summary's.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SummaryContent {

    private static final Logger LOG = Logger.getLogger(SummaryContent.class.getName());

    @Inject
    private Instance<SaleContents> sales;

    @Inject
    private Instance<ReturnContents> returns;

    /** The line of {@code d} with {@code condition}; {@code referenced} is the boleta a note modifies (or null). */
    public Line line(ElectronicDocument d, ElectronicDocument referenced, int condition) {
        SaleContent content = content(d);
        String buyerType = null;
        String buyerNumber = null;
        Amounts amounts;
        if (content != null) {
            SaleContent.Buyer buyer = content.buyer();
            if (buyer != null && !"0".equals(buyer.documentType()) && buyer.documentNumber() != null
                    && !"00000000".equals(buyer.documentNumber())) {
                buyerType = buyer.documentType();
                buyerNumber = buyer.documentNumber();
            }
            amounts = amounts(d.getTotalAmount(), content.totals());
        } else {
            BigDecimal rest = d.getTotalAmount().subtract(d.getTotalGravado()).subtract(d.getTotalIgv());
            amounts = new Amounts(d.getTotalAmount(), d.getTotalGravado(), rest.signum() > 0 ? rest : BigDecimal.ZERO,
                    null, null, null, d.getTotalIgv());
        }
        String referencedType = referenced == null ? null : referenced.getDocumentTypeCode();
        String referencedId = referenced == null ? null : referenced.number();
        return new Line(d.getDocumentTypeCode(), d.number(), buyerType, buyerNumber, referencedType, referencedId,
                condition, d.getCurrency(), amounts);
    }

    private static Amounts amounts(BigDecimal total, PricedOrder t) {
        return new Amounts(total, taxable(t, TaxGroup.GRAVADO), taxable(t, TaxGroup.EXONERADO),
                taxable(t, TaxGroup.INAFECTO), taxable(t, TaxGroup.EXPORTACION), taxable(t, TaxGroup.GRATUITO),
                t.subtotal(TaxGroup.GRAVADO).map(TaxSubtotal::taxAmount).orElse(BigDecimal.ZERO));
    }

    private static BigDecimal taxable(PricedOrder t, TaxGroup group) {
        return t.subtotal(group).map(TaxSubtotal::taxableAmount).orElse(BigDecimal.ZERO);
    }

    private SaleContent content(ElectronicDocument d) {
        try {
            if (d.getReturnId() != null && returns.isResolvable()) {
                return returns.get().ofReturn(d.getReturnId());
            }
            if (d.getOrderId() != null && d.getReturnId() == null && !"07".equals(d.getDocumentTypeCode())
                    && sales.isResolvable()) {
                return sales.get().ofOrder(d.getOrderId());
            }
        } catch (RuntimeException e) {
            LOG.fine(() -> "no sale content for " + d.number() + ": " + e);
        }
        return null;
    }
}
