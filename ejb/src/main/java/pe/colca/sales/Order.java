package pe.colca.sales;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.SQLRestriction;
import pe.colca.common.SoftDeletion;

/**
 * An order (a POS sale, a web or API order), the aggregate root of its {@link OrderItem}s.
 *
 * <p>Created as {@link OrderStatus#DRAFT}, unpaid. Items can change only before payment. Totals are
 * never negative: {@code subtotal} is the sum of the active items; {@link #applyTotals} adds the
 * order-level discount, tax and shipping. Status changes follow {@code order_status_transitions}
 * (checked by the status machine, {@code sales.internal.StatusMachine}). Customer, location and user are referenced by id; deleting
 * is soft, with a reason. Optimistic locking: concurrent edits of the same order conflict.
 */
@Entity
@Table(name = "orders")
@SQLRestriction("deleted_at IS NULL")
public class Order {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final Set<OrderStatus> EDITABLE = EnumSet.of(OrderStatus.DRAFT, OrderStatus.PENDING_PAYMENT);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orders_seq")
    @SequenceGenerator(name = "orders_seq", sequenceName = "orders_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "order_number", length = 30, nullable = false, updatable = false)
    private String orderNumber;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "location_id", nullable = false)
    private Long locationId;

    @Column(name = "user_id")
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 30, nullable = false)
    private SalesChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 30, nullable = false)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_status", length = 30, nullable = false)
    private OrderPaymentStatus paymentStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "shipping_method", length = 30, nullable = false)
    private ShippingMethod shippingMethod;

    @Column(name = "subtotal", precision = 14, scale = 2, nullable = false)
    private BigDecimal subtotal = ZERO;

    @Column(name = "discount_total", precision = 14, scale = 2, nullable = false)
    private BigDecimal discountTotal = ZERO;

    @Column(name = "tax_total", precision = 14, scale = 2, nullable = false)
    private BigDecimal taxTotal = ZERO;

    @Column(name = "shipping_cost", precision = 14, scale = 2, nullable = false)
    private BigDecimal shippingCost = ZERO;

    @Column(name = "grand_total", precision = 14, scale = 2, nullable = false)
    private BigDecimal grandTotal = ZERO;

    @Column(name = "notes")
    private String notes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Embedded
    private SoftDeletion deletion = new SoftDeletion();

    /** A key the client chose (offline till UUID, Idempotency-Key of the API), unique; null for none (V25). */
    @Column(name = "external_id", length = 100, updatable = false)
    private String externalId;

    /** SHA-256 of the request that created the order with {@link #externalId} (V25). */
    @Column(name = "request_hash", length = 64, updatable = false)
    private String requestHash;

    /** The shipping charge as entered, in shelf terms (V25); {@link #shippingCost} is its value without IGV. */
    @Column(name = "shipping_charge", precision = 14, scale = 2, nullable = false)
    private BigDecimal shippingCharge = ZERO;

    /** The SUNAT document the sale asks for (V25). */
    @Column(name = "document_type", length = 2, nullable = false)
    private String documentType = SaleDocument.BOLETA.code();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<OrderItem> items = new ArrayList<>();

    protected Order() {
    }

    /**
     * A new draft order. {@code customerId} is null for an anonymous walk-in sale, {@code userId} for an
     * order not taken by staff.
     */
    public Order(String orderNumber, SalesChannel channel, Long locationId, Long customerId, Long userId,
                 ShippingMethod shippingMethod) {
        if (orderNumber == null || orderNumber.isBlank()) {
            throw new IllegalArgumentException("orderNumber is required");
        }
        this.orderNumber = orderNumber.strip();
        this.channel = Objects.requireNonNull(channel, "channel");
        this.locationId = Objects.requireNonNull(locationId, "locationId");
        this.customerId = customerId;
        this.userId = userId;
        this.shippingMethod = shippingMethod == null ? ShippingMethod.IN_STORE : shippingMethod;
        this.status = OrderStatus.DRAFT;
        this.paymentStatus = OrderPaymentStatus.UNPAID;
    }

    /** Adds a line; only before payment. {@code discountAmount} may be null (no line discount). */
    public OrderItem addItem(Long variantId, int quantity, BigDecimal unitPrice, BigDecimal discountAmount) {
        requireEditable();
        OrderItem item = new OrderItem(this, variantId, quantity, unitPrice, discountAmount);
        items.add(item);
        recalculateSubtotal();
        return item;
    }

    /**
     * Names the client's key of the order (set once, before it is saved): a retry or an offline
     * till's re-sync with the same key finds this order.
     */
    public void identifyBy(String externalId, String requestHash) {
        if (id == null) {
            this.externalId = externalId;
            this.requestHash = requestHash;
        }
    }

    /** Asks for a boleta or a factura; only before payment. */
    public void requestDocument(SaleDocument document) {
        requireEditable();
        this.documentType = Objects.requireNonNull(document, "document").code();
    }

    /**
     * Sets the order's amounts from the one pricing component ({@link OrderPricing}): subtotal,
     * discounts and shipping without IGV, the IGV and the grand total, exactly as docs/pricing.md maps them.
     */
    public void applyPricing(PricedOrder priced) {
        requireEditable();
        this.subtotal = nonNegative(priced.subtotal(), "subtotal");
        this.discountTotal = nonNegative(priced.discountTotal(), "discountTotal");
        this.shippingCost = nonNegative(priced.shippingCost(), "shippingCost");
        this.taxTotal = nonNegative(priced.taxTotal(), "taxTotal");
        this.grandTotal = nonNegative(priced.grandTotal(), "grandTotal");
    }

    /** Changes the quantity and discount of an active line; only before payment. */
    public void changeItem(OrderItem item, int quantity, BigDecimal discountAmount) {
        requireEditable();
        item.change(quantity, discountAmount);
    }

    /** The active line of this order with the id, if any. */
    public java.util.Optional<OrderItem> item(long itemId) {
        return items.stream().filter(i -> i.getId() != null && i.getId() == itemId && i.isActive()).findFirst();
    }

    /** The active lines (what is sold). */
    public List<OrderItem> activeItems() {
        return items.stream().filter(OrderItem::isActive).toList();
    }

    /**
     * Moves the order to {@code to} and returns the history row to store. The caller (the status
     * machine) has checked that {@code order_status_transitions} allows the move and who may make it.
     */
    public OrderStatusChange moveTo(OrderStatus to, Long by, String reason, String ipAddress) {
        OrderStatus previous = status;
        setStatus(to);
        return new OrderStatusChange(id, previous, to, by, reason, ipAddress);
    }

    /** Removes a line; only before payment. */
    public void removeItem(OrderItem item) {
        requireEditable();
        if (items.remove(item)) {
            recalculateSubtotal();
        }
    }

    /** Names the customer of an order that was anonymous (or corrects it); only before payment. */
    public void assignCustomer(Long customerId) {
        requireEditable();
        this.customerId = customerId;
    }

    public void changeShipping(ShippingMethod shippingMethod) {
        requireEditable();
        this.shippingMethod = Objects.requireNonNull(shippingMethod, "shippingMethod");
    }

    /** The delivery charge in shelf terms (re-priced into {@code shipping_cost} and IGV). */
    public void chargeShipping(BigDecimal charge) {
        requireEditable();
        this.shippingCharge = nonNegative(charge, "shippingCharge");
    }

    public void changeNotes(String notes) {
        this.notes = notes;
    }

    /**
     * Sets the order-level amounts (computed by pricing: promotions, IGV, shipping) and the grand total:
     * {@code subtotal - discountTotal + shippingCost}, plus {@code taxTotal} unless the item prices
     * already include IGV. Refuses a discount larger than what is charged.
     */
    public void applyTotals(BigDecimal discountTotal, BigDecimal taxTotal, BigDecimal shippingCost,
                            boolean taxIncludedInPrices) {
        requireEditable();
        BigDecimal discount = nonNegative(discountTotal, "discountTotal");
        BigDecimal tax = nonNegative(taxTotal, "taxTotal");
        BigDecimal shipping = nonNegative(shippingCost, "shippingCost");
        recalculateSubtotal();
        BigDecimal grand = subtotal.subtract(discount).add(shipping);
        if (!taxIncludedInPrices) {
            grand = grand.add(tax);
        }
        if (grand.signum() < 0) {
            throw new IllegalArgumentException("discount " + discount + " exceeds the amount of order " + orderNumber);
        }
        this.discountTotal = discount;
        this.taxTotal = tax;
        this.shippingCost = shipping;
        this.grandTotal = grand;
    }

    /**
     * Derives the payment status from the sums of approved and refunded payments.
     */
    public void applyPayments(BigDecimal paid, BigDecimal refunded) {
        BigDecimal in = nonNegative(paid, "paid");
        BigDecimal out = nonNegative(refunded, "refunded");
        if (out.compareTo(in) > 0) {
            throw new IllegalArgumentException("refunded " + out + " exceeds paid " + in);
        }
        if (out.signum() > 0) {
            paymentStatus = out.compareTo(in) == 0 ? OrderPaymentStatus.REFUNDED : OrderPaymentStatus.PARTIALLY_REFUNDED;
        } else if (in.signum() == 0) {
            paymentStatus = OrderPaymentStatus.UNPAID;
        } else {
            paymentStatus = in.compareTo(grandTotal) >= 0 ? OrderPaymentStatus.PAID : OrderPaymentStatus.PARTIALLY_PAID;
        }
    }

    /** What is still to be paid, never negative. */
    public BigDecimal amountDue(BigDecimal paid) {
        BigDecimal due = grandTotal.subtract(paid == null ? ZERO : paid);
        return due.signum() < 0 ? ZERO : due;
    }

    public boolean isEditable() {
        return EDITABLE.contains(status);
    }

    /** Reserved for the status machine (order_status_transitions), which lives in this package. */
    void setStatus(OrderStatus status) {
        this.status = Objects.requireNonNull(status, "status");
    }

    public void markDeleted(Long by, String reason, Instant at) {
        if (deletion == null) {
            deletion = new SoftDeletion();
        }
        deletion.markDeleted(by, reason, at);
    }

    public boolean isDeleted() {
        return deletion != null && deletion.isDeleted();
    }

    private void recalculateSubtotal() {
        subtotal = items.stream()
                .filter(OrderItem::isActive)
                .map(OrderItem::getTotalPrice)
                .reduce(ZERO, BigDecimal::add);
    }

    private void requireEditable() {
        if (!isEditable()) {
            throw new IllegalStateException("order " + orderNumber + " is " + status + " and can no longer be changed");
        }
    }

    static BigDecimal nonNegative(BigDecimal amount, String what) {
        if (amount == null) {
            return ZERO;
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + amount);
        }
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getLocationId() {
        return locationId;
    }

    public Long getUserId() {
        return userId;
    }

    public SalesChannel getChannel() {
        return channel;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public OrderPaymentStatus getPaymentStatus() {
        return paymentStatus;
    }

    public ShippingMethod getShippingMethod() {
        return shippingMethod;
    }

    public BigDecimal getSubtotal() {
        return subtotal;
    }

    public BigDecimal getDiscountTotal() {
        return discountTotal;
    }

    public BigDecimal getTaxTotal() {
        return taxTotal;
    }

    public BigDecimal getShippingCost() {
        return shippingCost;
    }

    public BigDecimal getGrandTotal() {
        return grandTotal;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public SoftDeletion getDeletion() {
        return deletion;
    }

    public long getVersion() {
        return version;
    }

    public BigDecimal getShippingCharge() {
        return shippingCharge;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getRequestHash() {
        return requestHash;
    }

    public SaleDocument getDocument() {
        return SaleDocument.ofCode(documentType);
    }

    public List<OrderItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    /**
     * Every unit sold came back and the money went back (a complete return, or a paid order cancelled):
     * the payment status becomes REFUNDED (V29). A partial return leaves it PAID; the refunded amounts
     * are the returns'.
     */
    public void markRefunded() {
        if (paymentStatus != OrderPaymentStatus.PAID && paymentStatus != OrderPaymentStatus.PARTIALLY_REFUNDED) {
            throw new IllegalStateException("order " + orderNumber + " is " + paymentStatus + ", not paid");
        }
        this.paymentStatus = OrderPaymentStatus.REFUNDED;
    }

    /**
     * The final number of a new order, allocated at the end of its creating transaction: the order is
     * inserted under a provisional unique number ({@code ~} and hex digits, never committed) so that the store's day
     * counter row, which every order of the store takes, is locked only for the last statements and the
     * commit. Sales' {@code OrderNumbers.assign} writes the column (it is not updatable through the entity).
     */
    public void numberAs(String finalNumber) {
        if (finalNumber == null || finalNumber.isBlank() || !orderNumber.startsWith("~")) {
            throw new IllegalStateException("order " + orderNumber + " is numbered already");
        }
        this.orderNumber = finalNumber.strip();
    }
}
