package pe.colca.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The units of one order line that came back in an {@link OrderReturn}, with their amounts priced like
 * the sale (shelf terms: the unit price, the share of the line discount, the IGV in it and the total).
 */
@Entity
@Table(name = "order_return_items")
public class OrderReturnItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_return_items_seq")
    @SequenceGenerator(name = "order_return_items_seq", sequenceName = "order_return_items_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "return_id", nullable = false)
    private OrderReturn orderReturn;

    @Column(name = "order_item_id", nullable = false, updatable = false)
    private Long orderItemId;

    @Column(name = "variant_id", nullable = false, updatable = false)
    private Long variantId;

    @Column(name = "quantity", nullable = false, updatable = false)
    private int quantity;

    @Column(name = "unit_price", precision = 14, scale = 2, nullable = false, updatable = false)
    private BigDecimal unitPrice;

    @Column(name = "discount_amount", precision = 14, scale = 2, nullable = false, updatable = false)
    private BigDecimal discountAmount;

    @Column(name = "tax_amount", precision = 14, scale = 2, nullable = false, updatable = false)
    private BigDecimal taxAmount;

    @Column(name = "total_amount", precision = 14, scale = 2, nullable = false, updatable = false)
    private BigDecimal totalAmount;

    protected OrderReturnItem() {
    }

    OrderReturnItem(OrderReturn orderReturn, long orderItemId, long variantId, int quantity, BigDecimal unitPrice,
                    BigDecimal discountAmount, BigDecimal taxAmount, BigDecimal totalAmount) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive: " + quantity);
        }
        this.orderReturn = Objects.requireNonNull(orderReturn, "orderReturn");
        this.orderItemId = orderItemId;
        this.variantId = variantId;
        this.quantity = quantity;
        this.unitPrice = Order.nonNegative(unitPrice, "unitPrice");
        this.discountAmount = Order.nonNegative(discountAmount, "discountAmount");
        this.taxAmount = Order.nonNegative(taxAmount, "taxAmount");
        this.totalAmount = Order.nonNegative(totalAmount, "totalAmount");
    }

    public Long getId() {
        return id;
    }

    public OrderReturn getOrderReturn() {
        return orderReturn;
    }

    public Long getOrderItemId() {
        return orderItemId;
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

    public BigDecimal getDiscountAmount() {
        return discountAmount;
    }

    public BigDecimal getTaxAmount() {
        return taxAmount;
    }

    public BigDecimal getTotalAmount() {
        return totalAmount;
    }
}
