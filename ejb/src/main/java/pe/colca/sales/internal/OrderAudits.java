package pe.colca.sales.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import pe.colca.sales.Order;
import pe.colca.sales.OrderItem;

/** The values of orders and lines as the audit log keeps them. */
final class OrderAudits {

    private OrderAudits() {
    }

    static Map<String, Object> of(Order o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("orderNumber", o.getOrderNumber());
        m.put("locationId", o.getLocationId());
        m.put("customerId", o.getCustomerId());
        m.put("channel", o.getChannel().name());
        m.put("status", o.getStatus().name());
        m.put("paymentStatus", o.getPaymentStatus().name());
        m.put("document", o.getDocument().name());
        m.put("shippingMethod", o.getShippingMethod().name());
        m.put("shippingCharge", o.getShippingCharge());
        m.put("grandTotal", o.getGrandTotal());
        m.put("externalId", o.getExternalId());
        m.put("notes", o.getNotes());
        return m;
    }

    static Map<String, Object> of(OrderItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("orderId", i.getOrder().getId());
        m.put("variantId", i.getVariantId());
        m.put("quantity", i.getQuantity());
        m.put("unitPrice", i.getUnitPrice());
        m.put("discount", i.getDiscountAmount());
        m.put("totalPrice", i.getTotalPrice());
        m.put("status", i.getStatus().name());
        return m;
    }
}
