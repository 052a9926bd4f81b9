package pe.colca.api.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pe.colca.payment.Payment;
import pe.colca.payment.PaymentResult;
import pe.colca.sales.OfferedTransition;
import pe.colca.sales.Order;
import pe.colca.sales.OrderApproval;
import pe.colca.sales.OrderItem;
import pe.colca.sales.OrderPayments;
import pe.colca.sales.OrderStatusChange;

/** The answers of {@code /api/v1/orders} and {@code /api/v1/order-approvals}: records, never entities. */
public final class OrderViews {

    private OrderViews() {
    }

    @Schema(name = "Order", description = "An order with its lines; amounts in PEN as docs/pricing.md maps them.")
    public record OrderView(long id, String orderNumber,
                            @Schema(nullable = true, description = "The client's key (offline till UUID or Idempotency-Key).") String externalId,
                            long locationId, @Schema(nullable = true) Long customerId, @Schema(nullable = true) Long userId,
                            @Schema(enumeration = {"POS", "WEB", "PHONE", "API"}) String channel,
                            String status, String paymentStatus,
                            @Schema(enumeration = {"BOLETA", "FACTURA"}) String document,
                            String shippingMethod,
                            @Schema(description = "Delivery charge as entered (shelf terms).") BigDecimal shippingCharge,
                            @Schema(description = "Charged goods before discounts, without IGV.") BigDecimal subtotal,
                            BigDecimal discountTotal, BigDecimal taxTotal,
                            @Schema(description = "Shipping without IGV.") BigDecimal shippingCost,
                            BigDecimal grandTotal, @Schema(nullable = true) String notes, Instant createdAt, long version,
                            List<LineView> lines) {

        static OrderView of(Order o) {
            return new OrderView(o.getId(), o.getOrderNumber(), o.getExternalId(), o.getLocationId(), o.getCustomerId(),
                    o.getUserId(), o.getChannel().name(), o.getStatus().name(), o.getPaymentStatus().name(),
                    o.getDocument().name(), o.getShippingMethod().name(), o.getShippingCharge(), o.getSubtotal(),
                    o.getDiscountTotal(), o.getTaxTotal(), o.getShippingCost(), o.getGrandTotal(), o.getNotes(),
                    o.getCreatedAt(), o.getVersion(), o.getItems().stream().map(LineView::of).toList());
        }
    }

    @Schema(name = "OrderLine", description = "A line: the unit price frozen when it was added.")
    public record LineView(long id, long variantId, int quantity, BigDecimal unitPrice, BigDecimal discount,
                           BigDecimal totalPrice, @Schema(enumeration = {"ACTIVE", "RETURNED", "CANCELLED"}) String status,
                           @Schema(nullable = true, description = "The inventory reservation holding the units of a draft.")
                           Long reservationId) {

        static LineView of(OrderItem i) {
            return new LineView(i.getId(), i.getVariantId(), i.getQuantity(), i.getUnitPrice(), i.getDiscountAmount(),
                    i.getTotalPrice(), i.getStatus().name(), i.getReservationId());
        }
    }

    @Schema(name = "OrderSummary", description = "An order in a list (without its lines).")
    public record OrderSummaryView(long id, String orderNumber, long locationId, @Schema(nullable = true) Long customerId,
                                   String channel, String status, String paymentStatus, String document,
                                   BigDecimal grandTotal, Instant createdAt, long version) {

        static OrderSummaryView of(Order o) {
            return new OrderSummaryView(o.getId(), o.getOrderNumber(), o.getLocationId(), o.getCustomerId(),
                    o.getChannel().name(), o.getStatus().name(), o.getPaymentStatus().name(), o.getDocument().name(),
                    o.getGrandTotal(), o.getCreatedAt(), o.getVersion());
        }
    }

    @Schema(name = "OrderPage", description = "One page of orders; the Link header has next/prev/first/last.")
    public record OrderPage(List<OrderSummaryView> items, long total, int offset, int limit) {
    }

    @Schema(name = "OrderStatusChange", description = "One row of the status history.")
    public record HistoryView(long id, @Schema(nullable = true) String previousStatus, String newStatus,
                              @Schema(nullable = true) Long changedBy, @Schema(nullable = true) String reason,
                              @Schema(nullable = true, description = "Client address (X-Forwarded-For only from trusted proxies).")
                              String ipAddress, Instant changedAt) {

        static HistoryView of(OrderStatusChange c) {
            return new HistoryView(c.getId(), c.getPreviousStatus() == null ? null : c.getPreviousStatus().name(),
                    c.getNewStatus().name(), c.getChangedBy(), c.getChangeReason(), c.getIpAddress(), c.getChangedAt());
        }
    }

    @Schema(name = "OrderHistory", description = "The status history of an order, oldest first.")
    public record HistoryList(List<HistoryView> items) {
    }

    @Schema(name = "OrderAction", description = "A status the order can move to now, by priority.")
    public record ActionView(String to, boolean requiresApproval, @Schema(nullable = true) String permission,
                             int priority, boolean allowed) {

        static ActionView of(OfferedTransition t) {
            return new ActionView(t.to().name(), t.requiresApproval(), t.permission(), t.priority(), t.allowed());
        }
    }

    @Schema(name = "OrderActions", description = "The moves offered from the current status.")
    public record ActionList(List<ActionView> items) {
    }

    @Schema(name = "OrderApproval", description = "A status change waiting for (or decided by) another user.")
    public record ApprovalView(long id, long orderId, String fromStatus, String toStatus, String requiredPermission,
                               @Schema(enumeration = {"PENDING", "APPROVED", "REJECTED"}) String status,
                               long requestedBy, Instant requestedAt, String requestReason,
                               @Schema(nullable = true) String requestIp, @Schema(nullable = true) Long decidedBy,
                               @Schema(nullable = true) Instant decidedAt, @Schema(nullable = true) String decisionReason,
                               long version) {

        static ApprovalView of(OrderApproval a) {
            return new ApprovalView(a.getId(), a.getOrderId(), a.getFromStatus().name(), a.getToStatus().name(),
                    a.getRequiredPermission(), a.getStatus().name(), a.getRequestedBy(), a.getRequestedAt(),
                    a.getRequestReason(), a.getRequestIp(), a.getDecidedBy(), a.getDecidedAt(), a.getDecisionReason(),
                    a.getVersion());
        }
    }

    @Schema(name = "OrderApprovalPage", description = "One page of pending approval requests, oldest first.")
    public record ApprovalPage(List<ApprovalView> items, long total, int offset, int limit) {
    }

    @Schema(name = "OrderApprovalList", description = "The approval requests of an order, newest first.")
    public record ApprovalList(List<ApprovalView> items) {
    }

    @Schema(name = "Payment", description = "A payment of an order.")
    public record PaymentView(long id, long orderId, String idempotencyKey,
                              @Schema(enumeration = {"CASH", "CARD", "YAPE", "PLIN", "BANK_TRANSFER", "WALLET", "LOYALTY"})
                              String method, BigDecimal amount,
                              @Schema(enumeration = {"PENDING", "APPROVED", "DECLINED", "REFUNDED", "VOIDED"}) String status,
                              @Schema(nullable = true) String transactionId,
                              @Schema(nullable = true, type = SchemaType.OBJECT,
                                      description = "Terminal data: tendered and change, card auth code and last 4, references.")
                              Map<String, Object> gatewayResponse,
                              @Schema(nullable = true) Instant processedAt, Instant idempotencyExpiresAt, long version) {

        static PaymentView of(Payment p) {
            return new PaymentView(p.getId(), p.getOrderId(), p.getIdempotencyKey(), p.getMethod().name(), p.getAmount(),
                    p.getStatus().name(), p.getTransactionId(), p.getGatewayResponse(), p.getProcessedAt(),
                    p.getIdempotencyExpiresAt(), p.getVersion());
        }
    }

    @Schema(name = "PaymentList", description = "The payments of an order, oldest first.")
    public record PaymentList(List<PaymentView> items) {
    }

    @Schema(name = "OrderPaymentState", description = "The order after a payment.")
    public record OrderStateView(long id, String orderNumber, String status, String paymentStatus, BigDecimal grandTotal,
                                 @Schema(description = "Approved payments so far.") BigDecimal paid, long version) {

        static OrderStateView of(OrderPayments.SettledOrder s) {
            return new OrderStateView(s.orderId(), s.orderNumber(), s.status().name(), s.paymentStatus().name(),
                    s.grandTotal(), s.paid(), s.version());
        }
    }

    @Schema(name = "PaymentOutcome", description = "What a payment did; replayed = the first result of this Idempotency-Key.")
    public record PaymentOutcome(PaymentView payment, @Schema(description = "Cash change given back.") BigDecimal change,
                                 OrderStateView order, boolean replayed) {

        static PaymentOutcome of(PaymentResult r) {
            return new PaymentOutcome(PaymentView.of(r.payment()), r.change(), OrderStateView.of(r.order()), r.replayed());
        }
    }

    @Schema(name = "TransitionOutcome", description = "The order after a move, or the approval request it waits for.")
    public record TransitionOutcome(@Schema(description = "true: moved; false: waiting for approval.") boolean applied,
                                    OrderView order, @Schema(nullable = true) ApprovalView approval) {
    }
}
