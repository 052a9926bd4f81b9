package pe.colca.sales;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A return of (part of) a paid order (V29): the units that came back to a store, their figures priced
 * like the sale (positive), how the money went back and the amount refunded. Written once with its
 * items and never changed; its credit note is the invoicing area's ({@code electronic_documents.return_id}).
 * {@code idempotencyKey} and {@code requestHash} let an API retry find it.
 */
@Entity
@Table(name = "order_returns")
public class OrderReturn {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_returns_seq")
    @SequenceGenerator(name = "order_returns_seq", sequenceName = "order_returns_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private Long orderId;

    @Column(name = "location_id", nullable = false, updatable = false)
    private Integer locationId;

    @Column(name = "return_number", length = 40, nullable = false, updatable = false)
    private String returnNumber;

    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "refund_method", length = 20, nullable = false, updatable = false)
    private RefundMethod refundMethod;

    @Column(name = "subtotal", precision = 14, scale = 2, nullable = false)
    private BigDecimal subtotal;

    @Column(name = "discount_total", precision = 14, scale = 2, nullable = false)
    private BigDecimal discountTotal;

    @Column(name = "shipping_cost", precision = 14, scale = 2, nullable = false)
    private BigDecimal shippingCost;

    @Column(name = "tax_total", precision = 14, scale = 2, nullable = false)
    private BigDecimal taxTotal;

    @Column(name = "grand_total", precision = 14, scale = 2, nullable = false)
    private BigDecimal grandTotal;

    @Column(name = "refunded_amount", precision = 14, scale = 2, nullable = false)
    private BigDecimal refundedAmount;

    @Column(name = "complete", nullable = false)
    private boolean complete;

    @Column(name = "credit_note_id")
    private Long creditNoteId;

    @Column(name = "credit_note_number", length = 20)
    private String creditNoteNumber;

    @Column(name = "idempotency_key", length = 100, updatable = false)
    private String idempotencyKey;

    @Column(name = "request_hash", length = 64, updatable = false)
    private String requestHash;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "orderReturn", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<OrderReturnItem> items = new ArrayList<>();

    protected OrderReturn() {
    }

    public OrderReturn(long orderId, int locationId, String returnNumber, String reason, RefundMethod refundMethod,
                       Long createdBy, String idempotencyKey, String requestHash) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required");
        }
        this.orderId = orderId;
        this.locationId = locationId;
        this.returnNumber = Objects.requireNonNull(returnNumber, "returnNumber");
        this.reason = reason.strip();
        this.refundMethod = Objects.requireNonNull(refundMethod, "refundMethod");
        this.createdBy = createdBy;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        this.subtotal = zero;
        this.discountTotal = zero;
        this.shippingCost = zero;
        this.taxTotal = zero;
        this.grandTotal = zero;
        this.refundedAmount = zero;
    }

    /** Adds the returned units of an order line with their amounts (shelf terms). */
    public OrderReturnItem addItem(long orderItemId, long variantId, int quantity, BigDecimal unitPrice,
                                   BigDecimal discountAmount, BigDecimal taxAmount, BigDecimal totalAmount) {
        OrderReturnItem item = new OrderReturnItem(this, orderItemId, variantId, quantity, unitPrice, discountAmount,
                taxAmount, totalAmount);
        items.add(item);
        return item;
    }

    /** The figures of the returned lines from the pricing component, and whether the order is now fully returned. */
    public void applyTotals(BigDecimal subtotal, BigDecimal discountTotal, BigDecimal shippingCost, BigDecimal taxTotal,
                            BigDecimal grandTotal, boolean complete) {
        this.subtotal = Order.nonNegative(subtotal, "subtotal");
        this.discountTotal = Order.nonNegative(discountTotal, "discountTotal");
        this.shippingCost = Order.nonNegative(shippingCost, "shippingCost");
        this.taxTotal = Order.nonNegative(taxTotal, "taxTotal");
        this.grandTotal = Order.nonNegative(grandTotal, "grandTotal");
        this.complete = complete;
    }

    /** The money given back (at most the grand total). */
    public void refunded(BigDecimal amount) {
        BigDecimal value = Order.nonNegative(amount, "refundedAmount");
        if (value.compareTo(grandTotal) > 0) {
            throw new IllegalArgumentException("refund " + value + " exceeds the return's total " + grandTotal);
        }
        this.refundedAmount = value;
    }

    /** Notes the credit note invoicing wrote for the return. */
    public void creditedBy(long documentId, String number) {
        this.creditNoteId = documentId;
        this.creditNoteNumber = number;
    }

    /** Whether a retry with this return's key asks for the same thing. */
    public boolean isSameRequest(long orderId, String requestHash) {
        return this.orderId == orderId && Objects.equals(this.requestHash, requestHash);
    }

    @PrePersist
    void onCreate() {
        if (createdAt == null) {
            createdAt = Instant.now();
        }
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Integer getLocationId() {
        return locationId;
    }

    public String getReturnNumber() {
        return returnNumber;
    }

    public String getReason() {
        return reason;
    }

    public RefundMethod getRefundMethod() {
        return refundMethod;
    }

    public BigDecimal getSubtotal() {
        return subtotal;
    }

    public BigDecimal getDiscountTotal() {
        return discountTotal;
    }

    public BigDecimal getShippingCost() {
        return shippingCost;
    }

    public BigDecimal getTaxTotal() {
        return taxTotal;
    }

    public BigDecimal getGrandTotal() {
        return grandTotal;
    }

    public BigDecimal getRefundedAmount() {
        return refundedAmount;
    }

    public boolean isComplete() {
        return complete;
    }

    public Long getCreditNoteId() {
        return creditNoteId;
    }

    public String getCreditNoteNumber() {
        return creditNoteNumber;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getRequestHash() {
        return requestHash;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public List<OrderReturnItem> getItems() {
        return Collections.unmodifiableList(items);
    }
}
