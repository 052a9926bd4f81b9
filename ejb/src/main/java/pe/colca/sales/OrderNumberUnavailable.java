package pe.colca.sales;

import pe.colca.common.BusinessException;

/**
 * No order number can be made for this store: its code is empty or too long to leave room for the
 * date and the sequence within the 30 characters of {@code orders.order_number} (HTTP 422). Nothing
 * was allocated.
 */
public class OrderNumberUnavailable extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OrderNumberUnavailable(String storeCode) {
        super(Kind.RULE, "order-number-unavailable", "sales.orderNumber.unavailable",
                storeCode == null ? "" : storeCode, OrderNumber.MAX_LENGTH - OrderNumber.SUFFIX_LENGTH);
    }
}
