package pe.colca.sales;

import java.io.Serializable;

/**
 * A status the order can move to now ({@code order_status_transitions}), in {@code priority} order.
 *
 * @param requiresApproval the move waits for another user's approval
 * @param permission       what the caller needs to ask for it (for an approval: to request it)
 * @param allowed          whether the caller holds it
 */
public record OfferedTransition(OrderStatus to, boolean requiresApproval, String permission, int priority,
                                boolean allowed) implements Serializable {
}
