package pe.colca.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One line of an {@link Order}: a variant (by id), a positive quantity, the unit price at the time of
 * sale and a line discount; {@code totalPrice = quantity * unitPrice - discountAmount}, never negative.
 */
@Entity
@Table(name = "order_items")
public class OrderItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_items_seq")
    @SequenceGenerator(name = "order_items_seq", sequenceName = "order_items_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private Order order;

    @Column(name = "variant_id", nullable = false)
    private Long variantId;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "unit_price", precision = 14, scale = 2, nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "total_price", precision = 14, scale = 2, nullable = false)
    private BigDecimal totalPrice;

    @Column(name = "discount_amount", precision = 14, scale = 2, nullable = false)
    private BigDecimal discountAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 30, nullable = false)
    private OrderItemStatus status;

    /** The inventory reservation holding the units while the order is a draft (V25); null once sold or released. */
    @Column(name = "reservation_id")
    private Long reservationId;

    protected OrderItem() {
    }

    OrderItem(Order order, Long variantId, int quantity, BigDecimal unitPrice, BigDecimal discountAmount) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
        this.order = order;
        this.variantId = Objects.requireNonNull(variantId, "variantId");
        this.unitPrice = Order.nonNegative(Objects.requireNonNull(unitPrice, "unitPrice"), "unitPrice");
        this.status = OrderItemStatus.ACTIVE;
        change(quantity, discountAmount);
    }

    /** New quantity and line discount at the frozen unit price (the order checks it is still editable). */
    void change(int newQuantity, BigDecimal newDiscount) {
        requireActive();
        if (newQuantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + newQuantity);
        }
        BigDecimal discount = Order.nonNegative(newDiscount, "discountAmount");
        BigDecimal gross = this.unitPrice.multiply(BigDecimal.valueOf(newQuantity)).setScale(2, RoundingMode.HALF_UP);
        if (discount.compareTo(gross) > 0) {
            throw new IllegalArgumentException("line discount " + discount + " exceeds " + gross);
        }
        this.quantity = newQuantity;
        this.discountAmount = discount;
        this.totalPrice = gross.subtract(discount);
    }

    /** Notes the reservation that holds the line's units (null: none any more). */
    public void heldBy(Long reservationId) {
        this.reservationId = reservationId;
    }

    /** The line is cancelled before delivery; it no longer counts in the order's subtotal. */
    public void cancel() {
        requireActive();
        this.status = OrderItemStatus.CANCELLED;
    }

    /** The goods came back after the sale. */
    public void markReturned() {
        requireActive();
        this.status = OrderItemStatus.RETURNED;
    }

    public boolean isActive() {
        return status == OrderItemStatus.ACTIVE;
    }

    private void requireActive() {
        if (!isActive()) {
            throw new IllegalStateException("order item " + id + " is already " + status);
        }
    }

    public Long getId() {
        return id;
    }

    public Order getOrder() {
        return order;
    }

    public Long getVariantId() {
        return variantId;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getTotalPrice() {
        return totalPrice;
    }

    public BigDecimal getDiscountAmount() {
        return discountAmount;
    }

    public OrderItemStatus getStatus() {
        return status;
    }

    public Long getReservationId() {
        return reservationId;
    }
}
