package pe.colca.sales;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import pe.colca.customer.IdentityDocumentType;

/**
 * What a new order asks for ({@link OrderService#create}).
 *
 * @param locationId     the store that sells (it must allow sales and be in the caller's scope)
 * @param channel        POS, WEB or PHONE
 * @param buyer          the customer by document (the POS looks it up by DNI/RUC); null: anonymous
 * @param shippingMethod IN_STORE (default), PICKUP or DELIVERY; DELIVERY only for WEB/PHONE
 * @param shippingCost   the delivery charge in shelf terms; only for WEB/PHONE orders
 * @param document       BOLETA (default) or FACTURA (needs a RUC buyer)
 * @param notes          free text
 * @param externalId     the client's key (offline till UUID, Idempotency-Key): a retry finds the first order
 * @param lines          the goods, possibly none (an empty draft at a till)
 */
public record NewOrder(Long locationId, SalesChannel channel, Buyer buyer, ShippingMethod shippingMethod,
                       BigDecimal shippingCost, SaleDocument document, String notes, String externalId,
                       List<NewLine> lines) implements Serializable {

    public NewOrder {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A line: a variant, a quantity (1..10,000) and an optional line discount in shelf terms. */
    public record NewLine(Long variantId, Integer quantity, BigDecimal discount) implements Serializable {
    }

    /** The customer by identity document, as the POS asks for it. */
    public record Buyer(IdentityDocumentType docType, String docNumber) implements Serializable {
    }
}
