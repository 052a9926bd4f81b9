package pe.colca.sales.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pe.colca.catalog.CatalogReader;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.Where;
import pe.colca.customer.CustomerLookup;
import pe.colca.customer.CustomerService;
import pe.colca.customer.IdentityDocumentType;
import pe.colca.inventory.OrderStock;
import pe.colca.sales.DocumentNeedsBuyer;
import pe.colca.sales.NewOrder;
import pe.colca.sales.Order;
import pe.colca.sales.OrderCreated;
import pe.colca.sales.OrderDetails;
import pe.colca.sales.OrderFilter;
import pe.colca.sales.OrderItem;
import pe.colca.sales.OrderKeyReused;
import pe.colca.sales.OrderNotEditable;
import pe.colca.sales.OrderPaymentStatus;
import pe.colca.sales.OrderPricing;
import pe.colca.sales.OrderService;
import pe.colca.sales.OrderStatus;
import pe.colca.sales.OrderStatusChange;
import pe.colca.sales.PricingInput;
import pe.colca.sales.SaleDocument;
import pe.colca.sales.SalesChannel;
import pe.colca.sales.ShippingMethod;
import pe.colca.security.AuditTrail;
import pe.colca.security.StoreScope;
import pe.colca.settings.Settings;

/**
 * {@link OrderService}: drafts and their lines. The order of work in a write is the project's: validate
 * everything first (nothing is written for a refusal), then the order rows and history, the stock
 * statements (reservations), and last the order number (its counter row, shared by every order of the
 * store, is held to the commit: taken last, it is held for the audit row and the commit only).
 */
@Stateless
public class DefaultOrderService implements OrderService {

    static final int MAX_QUANTITY = 10_000;
    private static final Map<String, String> SORT = Map.of("createdAt", "o.createdAt", "orderNumber", "o.orderNumber",
            "grandTotal", "o.grandTotal", "status", "o.status");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OrderAccess access;

    @EJB
    private StatusMachine machine;

    @EJB
    private OrderNumbers numbers;

    @EJB
    private OrderPricing pricing;

    @EJB
    private CatalogReader catalog;

    @EJB
    private OrderStock stock;

    @EJB
    private CustomerService customers;

    @EJB
    private AuditTrail audit;

    @EJB
    private StoreScope scope;

    @EJB
    private Settings settings;

    @Override
    @RolesAllowed("order.create")
    public OrderCreated create(NewOrder order) {
        validate(order);
        String key = OrderRequests.key(order.externalId());
        String hash = null;
        if (key != null) {
            hash = OrderRequests.hash(order);
            em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:k, 25))").setParameter("k", "order:" + key)
                    .getSingleResult();
            @SuppressWarnings("unchecked")
            List<jakarta.persistence.Tuple> known = em.createNativeQuery(
                            "SELECT id, request_hash FROM orders WHERE external_id = :k", jakarta.persistence.Tuple.class)
                    .setParameter("k", key).getResultList();
            if (!known.isEmpty()) {
                if (!hash.equals(known.get(0).get("request_hash", String.class))) {
                    throw new OrderKeyReused(key);
                }
                Order first = access.find(((Number) known.get(0).get("id")).longValue());
                first.getItems().size();
                return new OrderCreated(first, true);
            }
        }
        OrderStock.SellingStore store = stock.sellingStore(order.locationId());
        SaleDocument document = order.document() == null ? SaleDocument.BOLETA : order.document();
        Long customerId = buyer(order.buyer(), document);
        // one read of the lines' variants for the transaction: the checks below, the pricing and the reservations
        // find them in the catalog reader's transaction memo (bench/README.md, session 8)
        catalog.variants(order.lines().stream().map(NewOrder.NewLine::variantId).toList());
        for (NewOrder.NewLine line : order.lines()) {
            catalog.requireSellable(line.variantId());
        }
        PricingInput input = pricing.atCatalogPrices(order.lines().stream()
                .map(l -> new OrderPricing.Item(l.variantId(), BigDecimal.valueOf(l.quantity()), l.discount())).toList(),
                null, null);
        pricing.price(input); // refusals (discount above the amount) before anything is written
        Order created = new Order(OrderNumbers.provisional(), order.channel(), store.id(),
                customerId, access.user(), order.shippingMethod());
        created.identifyBy(key, hash);
        created.requestDocument(document);
        created.changeNotes(blankToNull(order.notes()));
        created.chargeShipping(order.shippingCost());
        for (int i = 0; i < input.lines().size(); i++) {
            PricingInput.Line l = input.lines().get(i);
            created.addItem(l.variantId(), order.lines().get(i).quantity(), l.unitPrice(), l.discount());
        }
        access.reprice(created);
        em.persist(created);
        machine.started(created);
        for (OrderItem item : StatusMachine.byVariant(created.activeItems())) {
            hold(created, item);
        }
        // the store's day counter is the one row every order of the store locks: taken last (after the
        // stock rows, which only orders of the same variants share), it is held for the audit row and the commit
        numbers.assign(created, store.code(), Instant.now());
        audit.record("ORDER_CREATE", "orders", created.getId(), null, OrderAudits.of(created));
        return new OrderCreated(created, false);
    }

    @Override
    @RolesAllowed("order.view")
    public Order get(long id) {
        Order order = access.find(id);
        order.getItems().size();
        return order;
    }

    @Override
    @RolesAllowed("order.view")
    public Optional<Order> findByExternalId(String externalId) {
        String key = OrderRequests.key(externalId);
        if (key == null) {
            return Optional.empty();
        }
        List<Order> found = em.createQuery("SELECT o FROM Order o WHERE o.externalId = :k", Order.class)
                .setParameter("k", key).getResultList();
        found.forEach(o -> scope.require(o.getLocationId()));
        found.forEach(o -> o.getItems().size());
        return found.stream().findFirst();
    }

    @Override
    @RolesAllowed("order.view")
    public Page<Order> search(OrderFilter filter, PageRequest page) {
        OrderFilter f = filter == null ? OrderFilter.none() : filter;
        ZoneId zone = ZoneId.of(settings.text(OrderNumbers.ZONE_SETTING));
        Where where = new Where()
                .andIf(f.locationId(), "o.locationId = :location", "location")
                .andIf(f.channel(), "o.channel = :channel", "channel")
                .andIf(f.status(), "o.status = :status", "status")
                .andIf(f.paymentStatus(), "o.paymentStatus = :payment", "payment")
                .andIf(f.from() == null ? null : f.from().atStartOfDay(zone).toInstant(), "o.createdAt >= :from", "from")
                .andIf(f.to() == null ? null : f.to().plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(zone).toInstant(),
                        "o.createdAt < :to", "to")
                .andContains(f.text(), "lower(o.orderNumber) LIKE :text ESCAPE '!'", "text");
        scope.within(where, "o.locationId");
        String sort = SORT.getOrDefault(page.sortField() == null ? "createdAt" : page.sortField(), "o.createdAt");
        boolean ascending = page.sortField() != null && page.ascending();
        return where.page(em.createQuery("SELECT o FROM Order o" + where + " ORDER BY " + sort
                        + (ascending ? " ASC" : " DESC") + ", o.id DESC", Order.class),
                em.createQuery("SELECT count(o) FROM Order o" + where, Long.class), page);
    }

    @Override
    @RolesAllowed({"order.create", "order.edit"})
    public Order addLine(long orderId, Long expectedVersion, NewOrder.NewLine line) {
        validateLine(line, "line");
        Order order = editable(orderId, expectedVersion);
        catalog.requireSellable(line.variantId());
        PricingInput.Line priced = pricing.atCatalogPrices(List.of(new OrderPricing.Item(line.variantId(),
                BigDecimal.valueOf(line.quantity()), line.discount())), null, null).lines().get(0);
        OrderItem item = order.addItem(priced.variantId(), line.quantity(), priced.unitPrice(), priced.discount());
        access.reprice(order);
        em.flush();
        audit.record("ORDER_LINE_ADD", "order_items", item.getId(), null, OrderAudits.of(item));
        hold(order, item);
        return order;
    }

    @Override
    @RolesAllowed({"order.create", "order.edit"})
    public Order changeLine(long orderId, Long expectedVersion, long itemId, int quantity, BigDecimal discount) {
        validateLine(new NewOrder.NewLine(1L, quantity, discount), "line");
        Order order = editable(orderId, expectedVersion);
        OrderItem item = order.item(itemId).orElseThrow(() -> new pe.colca.sales.OrderLineNotFound(order.getOrderNumber(), itemId));
        Map<String, Object> before = OrderAudits.of(item);
        int previous = item.getQuantity();
        order.changeItem(item, quantity, discount);
        access.reprice(order);
        em.flush();
        audit.record("ORDER_LINE_CHANGE", "order_items", item.getId(), before, OrderAudits.of(item));
        if (previous != quantity) {
            if (item.getReservationId() != null) {
                stock.releaseHold(item.getReservationId());
                item.heldBy(null);
            }
            hold(order, item);
        }
        return order;
    }

    @Override
    @RolesAllowed({"order.create", "order.edit"})
    public Order removeLine(long orderId, Long expectedVersion, long itemId) {
        Order order = editable(orderId, expectedVersion);
        OrderItem item = order.item(itemId).orElseThrow(() -> new pe.colca.sales.OrderLineNotFound(order.getOrderNumber(), itemId));
        Map<String, Object> before = OrderAudits.of(item);
        item.cancel();
        access.reprice(order);
        em.flush();
        audit.record("ORDER_LINE_REMOVE", "order_items", item.getId(), before, OrderAudits.of(item));
        if (item.getReservationId() != null) {
            stock.releaseHold(item.getReservationId());
            item.heldBy(null);
        }
        return order;
    }

    @Override
    @RolesAllowed("order.edit")
    public Order update(long orderId, long expectedVersion, OrderDetails details) {
        if (details == null) {
            throw InvalidInput.of("body", Messages.format(access.locale(), "error.bodyRequired"));
        }
        Order order = editable(orderId, expectedVersion);
        shipping(order.getChannel(), details.shippingMethod(), details.shippingCost());
        Map<String, Object> before = OrderAudits.of(order);
        SaleDocument document = details.document() == null ? SaleDocument.BOLETA : details.document();
        order.assignCustomer(buyer(details.buyer(), document));
        order.requestDocument(document);
        order.changeShipping(details.shippingMethod() == null ? ShippingMethod.IN_STORE : details.shippingMethod());
        order.chargeShipping(details.shippingCost());
        order.changeNotes(blankToNull(details.notes()));
        access.reprice(order);
        em.flush();
        audit.record("ORDER_UPDATE", "orders", order.getId(), before, OrderAudits.of(order));
        return order;
    }

    @Override
    @RolesAllowed("order.cancel")
    public void delete(long orderId, long expectedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", Messages.format(access.locale(), "error.reasonRequired"));
        }
        Order order = editable(orderId, expectedVersion);
        Map<String, Object> before = OrderAudits.of(order);
        order.markDeleted(access.user(), reason.strip(), Instant.now());
        em.flush();
        audit.record("ORDER_DELETE", "orders", order.getId(), before, Map.of("reason", reason.strip()));
        machine.releaseHolds(order);
    }

    @Override
    @RolesAllowed("order.view")
    public List<OrderStatusChange> history(long orderId) {
        access.find(orderId);
        return em.createQuery("SELECT h FROM OrderStatusChange h WHERE h.orderId = :id ORDER BY h.changedAt, h.id",
                OrderStatusChange.class).setParameter("id", orderId).getResultList();
    }

    // ------------------------------------------------------------------------------------------

    private void hold(Order order, OrderItem item) {
        item.heldBy(stock.hold(item.getVariantId(), order.getLocationId(), item.getQuantity(), "order:" + order.getId()));
    }

    /** A draft without payments, locked, at the version the client saw. */
    private Order editable(long orderId, Long expectedVersion) {
        Order order = access.lock(orderId, expectedVersion);
        if (order.getStatus() != OrderStatus.DRAFT || order.getPaymentStatus() != OrderPaymentStatus.UNPAID) {
            throw new OrderNotEditable(order.getOrderNumber(), order.getStatus().name());
        }
        return order;
    }

    /** The customer's id from his document; a factura needs a RUC. */
    private Long buyer(NewOrder.Buyer buyer, SaleDocument document) {
        if (buyer == null || buyer.docType() == null) {
            if (document == SaleDocument.FACTURA) {
                throw new DocumentNeedsBuyer("FACTURA");
            }
            return null;
        }
        CustomerLookup found = customers.lookupByDocument(buyer.docType(), buyer.docNumber());
        if (document == SaleDocument.FACTURA && found.docType() != IdentityDocumentType.RUC) {
            throw new DocumentNeedsBuyer("FACTURA");
        }
        return found.id();
    }

    private void validate(NewOrder order) {
        if (order == null) {
            throw InvalidInput.of("body", Messages.format(access.locale(), "error.bodyRequired"));
        }
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (order.locationId() == null || order.locationId() <= 0) {
            errors.put("locationId", Messages.format(access.locale(), "sales.order.locationRequired"));
        }
        if (order.channel() == null || order.channel() == SalesChannel.API) {
            errors.put("channel", Messages.format(access.locale(), "sales.order.channelRequired"));
        }
        if (order.externalId() != null && (order.externalId().isBlank() || order.externalId().strip().length() > 100)) {
            errors.put("externalId", Messages.format(access.locale(), "sales.order.externalIdSize"));
        }
        if (order.lines().size() > 200) {
            errors.put("lines", Messages.format(access.locale(), "sales.order.tooManyLines", 200));
        }
        for (int i = 0; i < order.lines().size(); i++) {
            lineErrors(order.lines().get(i), "lines[" + i + "]", errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (order.channel() != null) {
            shipping(order.channel(), order.shippingMethod(), order.shippingCost());
        }
    }

    private void validateLine(NewOrder.NewLine line, String field) {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        lineErrors(line, field, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private void lineErrors(NewOrder.NewLine line, String field, java.util.Map<String, String> errors) {
        if (line == null) {
            errors.put(field, Messages.format(access.locale(), "sales.pricing.line.required"));
            return;
        }
        if (line.variantId() == null || line.variantId() <= 0) {
            errors.put(field + ".variantId", Messages.format(access.locale(), "sales.order.variantRequired"));
        }
        if (line.quantity() == null || line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
            errors.put(field + ".quantity", Messages.format(access.locale(), "sales.order.quantityRange", MAX_QUANTITY));
        }
        if (line.discount() != null && (line.discount().signum() < 0 || line.discount().scale() > 2)) {
            errors.put(field + ".discount", Messages.format(access.locale(), "sales.pricing.amount.invalid"));
        }
    }

    /** Shipping cost and delivery are for WEB and PHONE orders only. */
    private void shipping(SalesChannel channel, ShippingMethod method, BigDecimal cost) {
        boolean remote = channel == SalesChannel.WEB || channel == SalesChannel.PHONE;
        if (cost != null && (cost.signum() < 0 || cost.scale() > 2)) {
            throw InvalidInput.of("shippingCost", Messages.format(access.locale(), "sales.pricing.amount.invalid"));
        }
        if (!remote && ((cost != null && cost.signum() > 0) || method == ShippingMethod.DELIVERY)) {
            throw InvalidInput.of("shippingCost", Messages.format(access.locale(), "sales.order.shippingRemoteOnly"));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
