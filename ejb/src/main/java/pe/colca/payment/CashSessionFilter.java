package pe.colca.payment;

import java.time.LocalDate;

/**
 * Filters of the cash sessions list, each optional: store, cashier, state, and opening date from/to
 * (inclusive, Lima dates).
 */
public record CashSessionFilter(Long locationId, Long userId, CashSessionState state, LocalDate openedFrom,
                                LocalDate openedTo) {

    public static CashSessionFilter none() {
        return new CashSessionFilter(null, null, null, null, null);
    }
}
