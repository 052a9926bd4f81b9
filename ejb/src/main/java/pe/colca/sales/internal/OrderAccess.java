package pe.colca.sales.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pe.colca.catalog.CatalogReader;
import pe.colca.catalog.VariantInfo;
import pe.colca.common.RequestMetadata;
import pe.colca.common.StaleVersion;
import pe.colca.sales.Order;
import pe.colca.sales.OrderItem;
import pe.colca.sales.OrderNotFound;
import pe.colca.sales.OrderPricing;
import pe.colca.sales.PricedOrder;
import pe.colca.sales.PricingInput;
import pe.colca.security.Caller;
import pe.colca.security.StoreScope;
import pe.colca.settings.Settings;

/**
 * What every order use case does first, in the caller's transaction ({@code MANDATORY}): find the live
 * order in the caller's scope (locked when it will change), check the version the client saw, re-price
 * it through the one pricing component, and know who and from where (the client address).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OrderAccess {

    static final String TRUSTED_PROXIES = "security.trusted_proxies";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private StoreScope scope;

    @EJB
    private Caller caller;

    @EJB
    private OrderPricing pricing;

    @EJB
    private CatalogReader catalog;

    @EJB
    private Settings settings;

    @Inject
    private RequestMetadata request;

    /** The live order, in the caller's scope (403 outside it, 404 when unknown or deleted). */
    public Order find(long id) {
        Order order = em.find(Order.class, id);
        if (order == null || order.isDeleted()) {
            throw new OrderNotFound(String.valueOf(id));
        }
        scope.require(order.getLocationId());
        return order;
    }

    /** As {@link #find}, with the row locked until the commit (changes of one order take turns). */
    public Order lock(long id, Long expectedVersion) {
        Order order = em.find(Order.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || order.isDeleted()) {
            throw new OrderNotFound(String.valueOf(id));
        }
        scope.require(order.getLocationId());
        if (expectedVersion != null && expectedVersion != order.getVersion()) {
            throw new StaleVersion("entity.order", id);
        }
        return order;
    }

    /** Prices the active lines at their frozen unit prices plus the shipping charge, and stores the totals. */
    public PricedOrder reprice(Order order) {
        PricedOrder priced = priced(order);
        order.applyPricing(priced);
        return priced;
    }

    /** The order's figures from the pricing component (its frozen lines and shipping), without storing them. */
    public PricedOrder priced(Order order) {
        List<OrderItem> items = order.activeItems();
        Map<Long, VariantInfo> variants = catalog.variants(items.stream().map(OrderItem::getVariantId).distinct().toList());
        List<PricingInput.Line> lines = new ArrayList<>();
        for (OrderItem item : items) {
            VariantInfo v = variants.get(item.getVariantId());
            lines.add(PricingInput.Line.of(item.getVariantId(), item.getUnitPrice(), item.getQuantity(),
                    item.getDiscountAmount(), v == null ? "10" : v.taxCode()));
        }
        BigDecimal shipping = order.getShippingCharge().signum() == 0 ? null : order.getShippingCharge();
        return pricing.price(new PricingInput(lines, null, shipping));
    }

    /** The caller's user id (null for the server itself). */
    public Long user() {
        return caller.userId().orElse(null);
    }

    /** The client's address: the peer, or X-Forwarded-For from a trusted proxy. */
    public String clientAddress() {
        return ClientAddresses.trusting(settings.text(TRUSTED_PROXIES))
                .client(request.getIpAddress(), request.getForwardedFor());
    }

    /** The locale of the caller's messages. */
    public java.util.Locale locale() {
        return request.getLocale();
    }
}
