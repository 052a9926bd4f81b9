package pe.colca.sales;

import java.io.Serializable;
import java.util.List;

/**
 * A return asked for: the units of each order line that come back, how the money goes back, why, and
 * the store they come back to (null: the order's store).
 *
 * @param lines        order line id and quantity (each line at most once)
 * @param refundMethod {@link RefundMethod#ORIGINAL} (default when null) or {@link RefundMethod#WALLET}
 * @param reason       required, at most 1000 characters (it is also the credit note's reason)
 * @param locationId   the returning store, in the caller's scope; null for the store of the sale
 */
public record ReturnRequest(List<Line> lines, RefundMethod refundMethod, String reason, Integer locationId)
        implements Serializable {

    public ReturnRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** Units of one order line. */
    public record Line(Long orderItemId, Integer quantity) implements Serializable {
    }
}
