package pe.colca.sales.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pe.colca.catalog.CatalogReader;
import pe.colca.catalog.VariantInfo;
import pe.colca.customer.CustomerLookup;
import pe.colca.customer.CustomerService;
import pe.colca.customer.IdentityDocumentType;
import pe.colca.sales.Order;
import pe.colca.sales.OrderItem;
import pe.colca.sales.OrderItemStatus;
import pe.colca.sales.OrderNotFound;
import pe.colca.sales.OrderPricing;
import pe.colca.sales.PricedLine;
import pe.colca.sales.PricedOrder;
import pe.colca.sales.PricingInput;
import pe.colca.sales.SaleContent;
import pe.colca.sales.SaleContents;
import pe.colca.settings.Settings;

/**
 * What the electronic document of a sale says (see {@link SaleContents}), read by the invoicing sender
 * long after the sale, as the server (no user, no store scope): the lines sold (active ones and those
 * returned later: a return is a credit note of its own, the sale's document keeps them; cancelled
 * drafts lines are not sold) priced by the one pricing component at their frozen unit prices, so the
 * totals equal the order's; each line named by the catalog (label and SKU) and the shipping line as
 * a service ({@code ZZ}); the buyer by the customer area's service, with the SUNAT catalog 06 code of
 * his document (no address: the customer area keeps delivery addresses, not a fiscal one). Runs as {@code customer.view} because the customers service guards its reads and the
 * sender has no caller.
 */
@Stateless
@PermitAll
@RunAs("customer.view")
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DefaultSaleContents implements SaleContents {

    /** The description of the shipping line (a service). */
    static final String SHIPPING = "SERVICIO DE ENVIO";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OrderPricing pricing;

    @EJB
    private CatalogReader catalog;

    @EJB
    private CustomerService customers;

    @EJB
    private Settings settings;

    @Override
    public SaleContent ofOrder(long orderId) {
        Order order = em.find(Order.class, orderId);
        if (order == null || order.isDeleted()) {
            throw new OrderNotFound(String.valueOf(orderId));
        }
        List<OrderItem> sold = order.getItems().stream()
                .filter(i -> i.getStatus() != OrderItemStatus.CANCELLED)
                .toList();
        Map<Long, VariantInfo> variants = catalog.variants(sold.stream().map(OrderItem::getVariantId).distinct().toList());
        List<PricingInput.Line> lines = new ArrayList<>(sold.size());
        for (OrderItem item : sold) {
            VariantInfo v = variants.get(item.getVariantId());
            lines.add(PricingInput.Line.of(item.getVariantId(), item.getUnitPrice(), item.getQuantity(),
                    item.getDiscountAmount(), v == null ? "10" : v.taxCode()));
        }
        PricedOrder totals = pricing.price(new PricingInput(lines, null,
                order.getShippingCharge().signum() == 0 ? null : order.getShippingCharge()));
        List<SaleContent.Item> items = new ArrayList<>();
        for (PricedLine line : totals.documentLines()) {
            if (line == totals.shipping()) {
                items.add(new SaleContent.Item(SHIPPING, null, "ZZ"));
                continue;
            }
            VariantInfo v = variants.get(line.variantId());
            items.add(v == null
                    ? new SaleContent.Item(String.valueOf(line.variantId()), null, "NIU")
                    : new SaleContent.Item(v.label(), v.sku(), "NIU"));
        }
        return new SaleContent(order.getId(), order.getOrderNumber(), Math.toIntExact(order.getLocationId()),
                order.getCreatedAt(), settings.text(SaleDocuments.CURRENCY_SETTING), buyer(order.getCustomerId()),
                items, totals);
    }

    /**
     * The buyer named on the document; {@link SaleContent.Buyer#anonymous()} for a sale without a customer
     * (a small boleta). A customer deleted since the sale is refused (404): the document must name him,
     * so the sender leaves it to a person rather than issue it anonymous.
     */
    private SaleContent.Buyer buyer(Long customerId) {
        if (customerId == null) {
            return SaleContent.Buyer.anonymous();
        }
        CustomerLookup customer = customers.lookup(customerId);
        return new SaleContent.Buyer(catalog06(customer.docType()), customer.docNumber(), customer.fullName(), null);
    }

    /** SUNAT catalog 06 code of an identity document. */
    static String catalog06(IdentityDocumentType type) {
        if (type == null) {
            return "0";
        }
        return switch (type) {
            case RUC -> "6";
            case DNI -> "1";
            case CE -> "4";
            case PASSPORT -> "7";
        };
    }
}
