package pe.colca.sales;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * An allowed move of the order status machine (reference data, loaded by migrations): from one
 * status to another, whether it needs an approval, and which permission slug the caller must hold.
 * {@code priority} orders the transitions offered to the user.
 */
@Entity
@Table(name = "order_status_transitions")
public class OrderStatusTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_status_transitions_seq")
    @SequenceGenerator(name = "order_status_transitions_seq", sequenceName = "order_status_transitions_seq",
            allocationSize = 50)
    @Column(name = "id")
    private Integer id;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30, nullable = false)
    private OrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 30, nullable = false)
    private OrderStatus toStatus;

    @Column(name = "requires_approval", nullable = false)
    private boolean requiresApproval;

    /** A {@code permissions.slug}, e.g. {@code order.approve}; null: any user of the order screen. */
    @Column(name = "required_permission", length = 100)
    private String requiredPermission;

    @Column(name = "priority", nullable = false)
    private int priority;

    protected OrderStatusTransition() {
    }

    public OrderStatusTransition(OrderStatus fromStatus, OrderStatus toStatus, boolean requiresApproval,
                                 String requiredPermission, int priority) {
        if (Objects.requireNonNull(fromStatus, "fromStatus") == Objects.requireNonNull(toStatus, "toStatus")) {
            throw new IllegalArgumentException("a transition must change the status: " + fromStatus);
        }
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.requiresApproval = requiresApproval;
        this.requiredPermission = requiredPermission;
        this.priority = priority;
    }

    public boolean leads(OrderStatus from, OrderStatus to) {
        return fromStatus == from && toStatus == to;
    }

    public Integer getId() {
        return id;
    }

    public OrderStatus getFromStatus() {
        return fromStatus;
    }

    public OrderStatus getToStatus() {
        return toStatus;
    }

    public boolean isRequiresApproval() {
        return requiresApproval;
    }

    public String getRequiredPermission() {
        return requiredPermission;
    }

    public int getPriority() {
        return priority;
    }
}
