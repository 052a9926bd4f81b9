package pe.colca.sales;

import java.io.Serializable;
import java.time.LocalDate;

/** Filters of the orders list; null = any. {@code from}/{@code to} are business days (Lima), inclusive. */
public record OrderFilter(Long locationId, SalesChannel channel, OrderStatus status, OrderPaymentStatus paymentStatus,
                          LocalDate from, LocalDate to, String text) implements Serializable {

    public static OrderFilter none() {
        return new OrderFilter(null, null, null, null, null, null, null);
    }
}
