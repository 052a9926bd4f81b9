package pe.colca.sales.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import pe.colca.catalog.CatalogReader;
import pe.colca.catalog.VariantInfo;
import pe.colca.invoicing.DocumentRequests;
import pe.colca.invoicing.IssuedDocument;
import pe.colca.payment.OrderRefunds;
import pe.colca.sales.Order;
import pe.colca.sales.OrderItem;
import pe.colca.sales.OrderReturn;
import pe.colca.sales.OrderReturnItem;
import pe.colca.sales.ReturnView;
import pe.colca.sales.ReturnableLine;

/**
 * Returns as the console and the API show them (the caller checked the order's scope): lines named
 * through the catalog, refunds from the payment area, the credit note's status from invoicing.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ReturnReads {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CatalogReader catalog;

    @EJB
    private OrderRefunds refunds;

    @EJB
    private DocumentRequests documents;

    /** The returns of an order, oldest first. */
    public List<ReturnView> views(Order order) {
        List<OrderReturn> returns = em.createQuery("SELECT r FROM OrderReturn r WHERE r.orderId = :o ORDER BY r.id",
                OrderReturn.class).setParameter("o", order.getId()).getResultList();
        return views(order.getOrderNumber(), returns);
    }

    /** One return. */
    public ReturnView view(OrderReturn ret) {
        Order order = em.find(Order.class, ret.getOrderId());
        return views(order == null ? null : order.getOrderNumber(), List.of(ret)).get(0);
    }

    /** The active lines of an order with the units that came back already. */
    public List<ReturnableLine> returnable(Order order, Map<Long, Integer> returned) {
        List<OrderItem> items = order.activeItems();
        Map<Long, VariantInfo> variants = catalog.variants(items.stream().map(OrderItem::getVariantId).distinct().toList());
        List<ReturnableLine> lines = new ArrayList<>();
        for (OrderItem i : items) {
            VariantInfo v = variants.get(i.getVariantId());
            lines.add(new ReturnableLine(i.getId(), i.getVariantId(), v == null ? null : v.sku(),
                    v == null ? null : v.label(), i.getQuantity(), returned.getOrDefault(i.getId(), 0),
                    i.getUnitPrice(), i.getTotalPrice()));
        }
        return lines;
    }

    private List<ReturnView> views(String orderNumber, List<OrderReturn> returns) {
        if (returns.isEmpty()) {
            return List.of();
        }
        long orderId = returns.get(0).getOrderId();
        Map<Long, VariantInfo> variants = catalog.variants(returns.stream().flatMap(r -> r.getItems().stream())
                .map(OrderReturnItem::getVariantId).distinct().toList());
        Map<Long, List<ReturnView.Refund>> byReturn = refunds.refunds(orderId).stream()
                .filter(r -> r.returnId() != null)
                .collect(Collectors.groupingBy(OrderRefunds.Refunded::returnId, Collectors.mapping(
                        r -> new ReturnView.Refund(r.paymentId(), r.method().name(), r.amount(), r.refundOf()),
                        Collectors.toList())));
        Map<Long, IssuedDocument> notes = new HashMap<>();
        documents.forOrder(orderId).forEach(d -> notes.put(d.id(), d));
        List<ReturnView> views = new ArrayList<>();
        for (OrderReturn r : returns) {
            List<ReturnView.Item> items = r.getItems().stream().map(i -> {
                VariantInfo v = variants.get(i.getVariantId());
                return new ReturnView.Item(i.getOrderItemId(), i.getVariantId(), v == null ? null : v.sku(),
                        v == null ? null : v.label(), i.getQuantity(), i.getUnitPrice(), i.getDiscountAmount(),
                        i.getTaxAmount(), i.getTotalAmount());
            }).toList();
            ReturnView.CreditNote note = null;
            if (r.getCreditNoteId() != null) {
                IssuedDocument d = notes.get(r.getCreditNoteId());
                note = new ReturnView.CreditNote(r.getCreditNoteId(), r.getCreditNoteNumber(),
                        d == null ? null : d.status().name());
            }
            views.add(new ReturnView(r.getId(), r.getReturnNumber(), r.getOrderId(), orderNumber, r.getLocationId(),
                    r.getReason(), r.getRefundMethod(), r.getSubtotal(), r.getDiscountTotal(), r.getShippingCost(),
                    r.getTaxTotal(), r.getGrandTotal(), r.getRefundedAmount(), r.isComplete(), r.getCreatedBy(),
                    r.getCreatedAt(), r.getVersion(), items, byReturn.getOrDefault(r.getId(), List.of()), note));
        }
        return views;
    }
}
