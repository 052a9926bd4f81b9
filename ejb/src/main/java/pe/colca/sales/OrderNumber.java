package pe.colca.sales;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A readable, unique order number: {@code <store code>-<Lima date YYYYMMDD>-<sequence>}, e.g.
 * {@code LIM-01-20261203-000123}. The sequence counts the orders of that store and day from 1 without
 * gaps and has at least six digits (more after 999,999 orders in one day). The suffix after the
 * store code has a fixed shape, so the store code can be read back even when it contains hyphens.
 *
 * @param value       the number as stored in {@code orders.order_number}
 * @param storeCode   the store's code (upper case)
 * @param businessDay the day in the business time zone (setting {@code timezone}, America/Lima)
 * @param sequence    the order's position in the store's day, from 1
 */
public record OrderNumber(String value, String storeCode, LocalDate businessDay, int sequence)
        implements Serializable {

    /** {@code orders.order_number} is {@code varchar(30)}. */
    public static final int MAX_LENGTH = 30;

    /** The date, sequence and hyphens after the store code ({@code -20261203-000123}). */
    public static final int SUFFIX_LENGTH = 16;

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public OrderNumber {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(storeCode, "storeCode");
        Objects.requireNonNull(businessDay, "businessDay");
        if (sequence < 1) {
            throw new IllegalArgumentException("an order sequence starts at 1: " + sequence);
        }
    }

    /** The number for a store, day and sequence. */
    public static OrderNumber of(String storeCode, LocalDate businessDay, int sequence) {
        String value = storeCode + "-" + DAY.format(businessDay) + "-" + String.format("%06d", sequence);
        return new OrderNumber(value, storeCode, businessDay, sequence);
    }

    /** Whether a store code leaves room for the date and a six-digit sequence within {@link #MAX_LENGTH}. */
    public static boolean fits(String storeCode) {
        return storeCode != null && !storeCode.isBlank() && storeCode.length() + SUFFIX_LENGTH <= MAX_LENGTH;
    }

    @Override
    public String toString() {
        return value;
    }
}
