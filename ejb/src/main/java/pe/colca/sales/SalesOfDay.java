package pe.colca.sales;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The sales area's read port for the invoicing area's nightly reconciliation: what was sold and taken back
 * at some stores on a business day, each with the electronic document it must have. The invoicing area
 * never names {@code orders} or {@code order_returns}; it asks here. Open to the server (the batch job has
 * no caller); read-only, in the caller's transaction.
 */
@Local
public interface SalesOfDay {

    /** Whether a row is a paid order (its boleta or factura) or a return (its credit note). */
    enum Kind {
        ORDER, RETURN
    }

    /**
     * A paid order or a return of the day.
     *
     * @param id           the order's or the return's id
     * @param orderId      the order (the same as {@code id} for an order; the returned order for a return)
     * @param locationId   the store that sold or took back
     * @param number       the order number or the return number ({@code …-D01})
     * @param documentType SUNAT catalog 01 code of the sale's document: {@code 01} factura, {@code 03} boleta
     *                     (a return's credit note takes the letter of it)
     * @param total        the order's or the return's grand total
     * @param at           when the order was first PAID, or when the return was made
     */
    record Sale(Kind kind, long id, long orderId, long locationId, String number, String documentType,
                BigDecimal total, Instant at) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The orders first moved to PAID during {@code day} (in the business time zone) at the stores, and the
     * returns made that day at them, orders first, each in id order. Empty for no store.
     */
    List<Sale> of(Collection<Long> locationIds, LocalDate day);
}
