package pe.colca.sales;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A return as the console and the API show it: its figures, its lines, the refunds that paid it back and
 * its credit note (null until invoicing has one).
 */
public record ReturnView(long id, String returnNumber, long orderId, String orderNumber, int locationId,
                         String reason, RefundMethod refundMethod, BigDecimal subtotal, BigDecimal discountTotal,
                         BigDecimal shippingCost, BigDecimal taxTotal, BigDecimal grandTotal,
                         BigDecimal refundedAmount, boolean complete, Long createdBy, Instant createdAt, long version,
                         List<Item> items, List<Refund> refunds, CreditNote creditNote) implements Serializable {

    /** Units of an order line and their amounts (shelf terms). */
    public record Item(long orderItemId, long variantId, String sku, String name, int quantity, BigDecimal unitPrice,
                       BigDecimal discountAmount, BigDecimal taxAmount, BigDecimal totalAmount) implements Serializable {
    }

    /** Money given back by one tender (or into the wallet). */
    public record Refund(long paymentId, String method, BigDecimal amount, Long refundOf) implements Serializable {
    }

    /** The credit note (07) requested for the return. */
    public record CreditNote(long documentId, String number, String status)
            implements Serializable {
    }
}
