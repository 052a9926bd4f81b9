package pe.colca.sales.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pe.colca.catalog.CatalogReader;
import pe.colca.catalog.VariantInfo;
import pe.colca.customer.LoyaltyService;
import pe.colca.invoicing.CreditNoteRequest;
import pe.colca.invoicing.DocumentRequests;
import pe.colca.invoicing.DocumentType;
import pe.colca.invoicing.IssuedDocument;
import pe.colca.inventory.OrderStock;
import pe.colca.payment.OrderRefunds;
import pe.colca.sales.Order;
import pe.colca.sales.OrderItem;
import pe.colca.sales.OrderLineNotFound;
import pe.colca.sales.OrderPricing;
import pe.colca.sales.OrderReturn;
import pe.colca.sales.OrderStatus;
import pe.colca.sales.OrderWithoutDocument;
import pe.colca.sales.PricedLine;
import pe.colca.sales.PricedOrder;
import pe.colca.sales.PricingInput;
import pe.colca.sales.RefundMethod;
import pe.colca.sales.RefundNeedsCustomer;
import pe.colca.sales.ReturnExceedsSold;
import pe.colca.sales.TaxGroup;
import pe.colca.sales.TaxSubtotal;
import pe.colca.security.AuditTrail;
import pe.colca.settings.Settings;

/**
 * The work of one return, in the caller's transaction ({@code MANDATORY}) and under the order row's lock
 * (the caller took it): the quantities checked against what was sold minus what came back, the returned
 * lines priced like the sale, the return row, the refunds, the points reversed, the audit row, the credit
 * note, the order's status, and last the stock back at the returning store (stock rows are the last locks).
 * Used by {@link DefaultReturnService} and by the approval of a paid order's cancellation (a full return).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ReturnWork {

    static final String CURRENCY_SETTING = "currency.default";
    /** Catalog 09: anulación de la operación, devolución total, devolución por ítem. */
    static final String NOTE_CANCELLED = "01";
    static final String NOTE_FULL_RETURN = "06";
    static final String NOTE_ITEM_RETURN = "07";

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OrderAccess access;

    @EJB
    private OrderPricing pricing;

    @EJB
    private CatalogReader catalog;

    @EJB
    private OrderStock stock;

    @EJB
    private OrderRefunds refunds;

    @EJB
    private LoyaltyService loyalty;

    @EJB
    private DocumentRequests documents;

    @EJB
    private StatusMachine machine;

    @EJB
    private OrderNumbers numbers;

    @EJB
    private AuditTrail audit;

    @EJB
    private Settings settings;

    /**
     * What one return asks for, checked for form by the caller. {@code approved} is the status an approved
     * cancellation or refund request moves the order to itself (null: a complete return moves it to REFUNDED).
     */
    public record Ask(int locationId, Map<Long, Integer> quantities, RefundMethod method, String reason, String key,
               String hash, OrderStatus approved) {
    }

    /** Units already returned per order line. */
    public Map<Long, Integer> returned(long orderId) {
        Map<Long, Integer> returned = new HashMap<>();
        for (Tuple t : em.createQuery("SELECT i.orderItemId AS item, sum(i.quantity) AS units FROM OrderReturnItem i"
                        + " WHERE i.orderReturn.orderId = :o GROUP BY i.orderItemId", Tuple.class)
                .setParameter("o", orderId).getResultList()) {
            returned.put(t.get("item", Long.class), ((Number) t.get("units")).intValue());
        }
        return returned;
    }

    /** Every unit of the order that has not come back yet, by line (a full return). */
    public Map<Long, Integer> rest(Order order) {
        Map<Long, Integer> returned = returned(order.getId());
        Map<Long, Integer> rest = new LinkedHashMap<>();
        for (OrderItem item : order.activeItems()) {
            int left = item.getQuantity() - returned.getOrDefault(item.getId(), 0);
            if (left > 0) {
                rest.put(item.getId(), left);
            }
        }
        return rest;
    }

    /** Makes the return of {@code ask} from the locked, paid {@code order}. */
    public OrderReturn execute(Order order, Ask ask) {
        Map<Long, Integer> returned = returned(order.getId());
        List<OrderItem> items = order.activeItems();
        Map<Long, VariantInfo> variants = catalog.variants(items.stream().map(OrderItem::getVariantId).distinct().toList());
        List<OrderItem> chosen = new ArrayList<>();
        for (Map.Entry<Long, Integer> e : ask.quantities().entrySet()) {
            OrderItem item = order.item(e.getKey()).orElseThrow(() -> new OrderLineNotFound(order.getOrderNumber(), e.getKey()));
            int returnable = item.getQuantity() - returned.getOrDefault(item.getId(), 0);
            if (e.getValue() > returnable) {
                VariantInfo v = variants.get(item.getVariantId());
                throw new ReturnExceedsSold(order.getOrderNumber(), v == null ? String.valueOf(item.getVariantId())
                        : v.sku(), e.getValue(), returnable);
            }
            chosen.add(item);
        }
        boolean complete = items.stream().allMatch(i -> i.getQuantity()
                == returned.getOrDefault(i.getId(), 0) + ask.quantities().getOrDefault(i.getId(), 0));
        if (ask.method() == RefundMethod.WALLET && order.getCustomerId() == null) {
            throw new RefundNeedsCustomer(order.getOrderNumber());
        }
        IssuedDocument referenced = saleDocument(order);

        List<PricingInput.Line> lines = new ArrayList<>();
        List<BigDecimal> discounts = new ArrayList<>();
        for (OrderItem item : chosen) {
            int before = returned.getOrDefault(item.getId(), 0);
            int q = ask.quantities().get(item.getId());
            BigDecimal discount = share(item, before + q).subtract(share(item, before));
            discounts.add(discount);
            VariantInfo v = variants.get(item.getVariantId());
            lines.add(PricingInput.Line.of(item.getVariantId(), item.getUnitPrice(), q, discount,
                    v == null ? "10" : v.taxCode()));
        }
        BigDecimal shipping = complete && order.getShippingCharge().signum() > 0 ? order.getShippingCharge() : null;
        PricedOrder priced = pricing.price(new PricingInput(lines, null, shipping));

        long earlier = em.createQuery("SELECT count(r) FROM OrderReturn r WHERE r.orderId = :o", Long.class)
                .setParameter("o", order.getId()).getSingleResult();
        OrderReturn ret = new OrderReturn(order.getId(), ask.locationId(),
                order.getOrderNumber() + "-D" + String.format("%02d", earlier + 1), ask.reason(), ask.method(),
                access.user(), ask.key(), ask.hash());
        for (int i = 0; i < chosen.size(); i++) {
            OrderItem item = chosen.get(i);
            PricedLine line = priced.lines().get(i);
            ret.addItem(item.getId(), item.getVariantId(), ask.quantities().get(item.getId()), item.getUnitPrice(),
                    discounts.get(i), line.igv(), line.total());
        }
        ret.applyTotals(priced.subtotal(), priced.discountTotal(), priced.shippingCost(), priced.taxTotal(),
                priced.grandTotal(), complete);
        em.persist(ret);
        em.flush();

        BigDecimal refundedBefore = em.createQuery("SELECT coalesce(sum(r.refundedAmount), 0) FROM OrderReturn r"
                        + " WHERE r.orderId = :o AND r.id <> :r", BigDecimal.class)
                .setParameter("o", order.getId()).setParameter("r", ret.getId()).getSingleResult().setScale(2);
        BigDecimal amount = priced.grandTotal().min(order.getGrandTotal().subtract(refundedBefore)).max(ZERO);
        if (amount.signum() > 0) {
            if (ask.method() == RefundMethod.WALLET) {
                refunds.toWallet(order.getId(), ret.getId(), order.getCustomerId(), amount);
            } else {
                refunds.byOriginalTenders(order.getId(), ret.getId(), ask.locationId(), order.getCustomerId(), amount);
            }
        }
        ret.refunded(amount);
        if (order.getCustomerId() != null) {
            loyalty.reverseForRefund(order.getId(), refundedBefore.add(amount));
        }
        audit.record("ORDER_RETURN", "order_returns", ret.getId(), null, audit(ret));

        String code = ask.approved() == OrderStatus.CANCELLED ? NOTE_CANCELLED
                : complete && earlier == 0 ? NOTE_FULL_RETURN : NOTE_ITEM_RETURN;
        IssuedDocument note = documents.requestCreditNote(new CreditNoteRequest(order.getId(), ret.getId(),
                ask.locationId(), referenced.id(), code, ask.reason(), numbers.businessDay(Instant.now()),
                settings.text(CURRENCY_SETTING), priced.grandTotal(), priced.taxTotal(),
                priced.subtotal(TaxGroup.GRAVADO).map(TaxSubtotal::taxableAmount).orElse(ZERO)));
        ret.creditedBy(note.id(), note.fullNumber());

        if (complete) {
            order.markRefunded();
            if (ask.approved() == null) {
                machine.require(order, OrderStatus.REFUNDED);
                machine.apply(order, OrderStatus.REFUNDED, ask.reason());
            }
        }
        List<OrderItem> byVariant = StatusMachine.byVariant(chosen);
        for (OrderItem item : byVariant) {
            stock.takeBack(item.getVariantId(), ask.locationId(), ask.quantities().get(item.getId()),
                    ret.getReturnNumber(), ask.reason());
        }
        em.flush();
        return ret;
    }

    /** When the order was sold: its move to PAID (the order's creation when the history has none). */
    public Instant soldAt(Order order) {
        Instant paid = em.createQuery("SELECT min(c.changedAt) FROM OrderStatusChange c WHERE c.orderId = :o"
                        + " AND c.newStatus = pe.colca.sales.OrderStatus.PAID", Instant.class)
                .setParameter("o", order.getId()).getSingleResult();
        return paid != null ? paid : order.getCreatedAt();
    }

    /** The business time zone of the dates shown in refusals. */
    public ZoneId zone() {
        return ZoneId.of(settings.text("timezone"));
    }

    /** The line discount's share of the first {@code units} units (rounded, so the shares add up to the discount). */
    private static BigDecimal share(OrderItem item, int units) {
        if (units >= item.getQuantity()) {
            return item.getDiscountAmount();
        }
        return item.getDiscountAmount().multiply(BigDecimal.valueOf(units))
                .divide(BigDecimal.valueOf(item.getQuantity()), 2, RoundingMode.HALF_UP);
    }

    /** The sale's boleta or factura (the latest: a re-issue follows a rejected one). */
    private IssuedDocument saleDocument(Order order) {
        return documents.forOrder(order.getId()).stream()
                .filter(d -> d.type() == DocumentType.FACTURA || d.type() == DocumentType.BOLETA)
                .max(Comparator.comparingLong(IssuedDocument::id))
                .orElseThrow(() -> new OrderWithoutDocument(order.getOrderNumber()));
    }

    private static Map<String, Object> audit(OrderReturn r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("orderId", r.getOrderId());
        m.put("returnNumber", r.getReturnNumber());
        m.put("locationId", r.getLocationId());
        m.put("refundMethod", r.getRefundMethod().name());
        m.put("reason", r.getReason());
        m.put("grandTotal", r.getGrandTotal());
        m.put("refunded", r.getRefundedAmount());
        m.put("complete", r.isComplete());
        List<String> lines = new ArrayList<>();
        r.getItems().forEach(i -> lines.add(i.getOrderItemId() + "x" + i.getQuantity()));
        m.put("lines", lines);
        return m;
    }
}
