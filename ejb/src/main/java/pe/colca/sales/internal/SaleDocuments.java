package pe.colca.sales.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import pe.colca.sales.Order;

/**
 * Requests the electronic document of a paid order from the invoicing area, in the sale's transaction.
 * Until the invoicing area's {@code DocumentRequests} port is merged this only logs the request.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SaleDocuments {

    private static final Logger LOG = Logger.getLogger(SaleDocuments.class.getName());

    public void request(Order order) {
        LOG.fine(() -> "document " + order.getDocument() + " requested for order " + order.getOrderNumber());
    }
}
