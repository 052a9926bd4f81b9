package pe.colca.api.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.sales.ReturnView;
import pe.colca.sales.ReturnableLine;

/** The answers of {@code /api/v1/orders/{id}/returns}: records of the API, never the services' types. */
public final class ReturnApiViews {

    private ReturnApiViews() {
    }

    @Schema(name = "OrderReturn", description = "A return of (part of) a paid order, its refunds and its credit note.")
    public record Return(long id, String returnNumber, long orderId, @Schema(nullable = true) String orderNumber,
                         @Schema(description = "The returning store.") int locationId, String reason,
                         @Schema(enumeration = {"ORIGINAL", "WALLET"}) String refundMethod, BigDecimal subtotal,
                         BigDecimal discountTotal, BigDecimal shippingCost, BigDecimal taxTotal, BigDecimal grandTotal,
                         BigDecimal refundedAmount,
                         @Schema(description = "Every unit of the order is back.") boolean complete,
                         @Schema(nullable = true) Long createdBy, Instant createdAt, long version, List<Item> items,
                         List<Refund> refunds, @Schema(nullable = true) CreditNote creditNote) {
        static Return of(ReturnView r) {
            return new Return(r.id(), r.returnNumber(), r.orderId(), r.orderNumber(), r.locationId(), r.reason(),
                    r.refundMethod().name(), r.subtotal(), r.discountTotal(), r.shippingCost(), r.taxTotal(),
                    r.grandTotal(), r.refundedAmount(), r.complete(), r.createdBy(), r.createdAt(), r.version(),
                    r.items().stream().map(Item::of).toList(), r.refunds().stream().map(Refund::of).toList(),
                    r.creditNote() == null ? null : CreditNote.of(r.creditNote()));
        }
    }

    @Schema(name = "OrderReturnItem", description = "Units of an order line that came back, shelf terms.")
    public record Item(long orderItemId, long variantId, @Schema(nullable = true) String sku,
                       @Schema(nullable = true) String name, int quantity, BigDecimal unitPrice,
                       BigDecimal discountAmount, BigDecimal taxAmount, BigDecimal totalAmount) {
        static Item of(ReturnView.Item i) {
            return new Item(i.orderItemId(), i.variantId(), i.sku(), i.name(), i.quantity(), i.unitPrice(),
                    i.discountAmount(), i.taxAmount(), i.totalAmount());
        }
    }

    @Schema(name = "OrderRefund", description = "Money given back by one tender (a REFUNDED payment row).")
    public record Refund(long paymentId, String method, BigDecimal amount,
                         @Schema(nullable = true, description = "The payment it gives back.") Long refundOf) {
        static Refund of(ReturnView.Refund r) {
            return new Refund(r.paymentId(), r.method(), r.amount(), r.refundOf());
        }
    }

    @Schema(name = "OrderCreditNote", description = "The credit note (07) requested for the return.")
    public record CreditNote(long documentId, String number, @Schema(nullable = true) String status) {
        static CreditNote of(ReturnView.CreditNote n) {
            return new CreditNote(n.documentId(), n.number(), n.status());
        }
    }

    @Schema(name = "OrderReturnList")
    public record ReturnList(List<Return> items) {
    }

    @Schema(name = "ReturnableLine", description = "A line and what can still come back of it.")
    public record Returnable(long orderItemId, long variantId, @Schema(nullable = true) String sku,
                             @Schema(nullable = true) String name, int sold, int returned, int returnable,
                             BigDecimal unitPrice, BigDecimal totalPrice) {
        static Returnable of(ReturnableLine l) {
            return new Returnable(l.orderItemId(), l.variantId(), l.sku(), l.name(), l.sold(), l.returned(),
                    l.returnable(), l.unitPrice(), l.totalPrice());
        }
    }

    @Schema(name = "ReturnableLineList")
    public record ReturnableList(List<Returnable> items) {
    }
}
