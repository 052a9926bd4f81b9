package pe.colca.sales.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pe.colca.catalog.CatalogReader;
import pe.colca.catalog.VariantInfo;
import pe.colca.common.RecordNotFound;
import pe.colca.sales.Order;
import pe.colca.sales.OrderPricing;
import pe.colca.sales.OrderReturn;
import pe.colca.sales.OrderReturnItem;
import pe.colca.sales.PricedOrder;
import pe.colca.sales.PricingInput;
import pe.colca.sales.ReturnContents;
import pe.colca.sales.SaleContent;
import pe.colca.sales.SaleContents;
import pe.colca.settings.Settings;

/**
 * {@link ReturnContents}: what the credit note of a return says. The returned lines are priced again by
 * the pricing component exactly as the return priced them (unit price of the sale, the return's share of
 * the line discount, the product's tax code; the shipping charge with the return that completed the
 * order), so the note's totals equal {@code order_returns} to the céntimo. The buyer is the sale's, from
 * {@link SaleContents} (the same buyer as the modified document; anonymous without a customer when
 * that port is not deployed).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultReturnContents implements ReturnContents {

    static final String SHIPPING_NAME = "Servicio de envío";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OrderPricing pricing;

    @EJB
    private CatalogReader catalog;

    @EJB
    private Settings settings;

    @Inject
    private Instance<SaleContents> sales;

    @Override
    public SaleContent ofReturn(long returnId) {
        OrderReturn ret = em.find(OrderReturn.class, returnId);
        if (ret == null) {
            throw new RecordNotFound("entity.orderReturn", returnId);
        }
        Order order = em.find(Order.class, ret.getOrderId());
        Map<Long, VariantInfo> variants = catalog.variants(ret.getItems().stream().map(OrderReturnItem::getVariantId)
                .distinct().toList());
        List<PricingInput.Line> lines = new ArrayList<>();
        List<SaleContent.Item> items = new ArrayList<>();
        for (OrderReturnItem i : ret.getItems()) {
            VariantInfo v = variants.get(i.getVariantId());
            lines.add(PricingInput.Line.of(i.getVariantId(), i.getUnitPrice(), i.getQuantity(), i.getDiscountAmount(),
                    v == null ? "10" : v.taxCode()));
            items.add(new SaleContent.Item(v == null ? String.valueOf(i.getVariantId()) : v.label(),
                    v == null ? null : v.sku(), null));
        }
        boolean shipping = ret.getShippingCost().signum() > 0;
        PricedOrder totals = pricing.price(new PricingInput(lines, null, shipping ? order.getShippingCharge() : null));
        if (shipping) {
            items.add(new SaleContent.Item(SHIPPING_NAME, null, "ZZ"));
        }
        return new SaleContent(order.getId(), order.getOrderNumber(), ret.getLocationId(), ret.getCreatedAt(),
                settings.text(ReturnWork.CURRENCY_SETTING), buyer(order), items, totals);
    }

    /** The buyer of the sale's document (a credit note names the buyer of the document it modifies). */
    private SaleContent.Buyer buyer(Order order) {
        if (sales.isResolvable()) {
            return sales.get().ofOrder(order.getId()).buyer();
        }
        if (order.getCustomerId() == null) {
            return SaleContent.Buyer.anonymous();
        }
        throw new IllegalStateException("the buyer of order " + order.getOrderNumber()
                + " comes from SaleContents (sales.internal.DefaultSaleContents), which is not deployed");
    }
}
