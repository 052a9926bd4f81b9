package pe.colca.sales.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import pe.colca.sales.OrderNumber;
import pe.colca.sales.OrderNumberUnavailable;
import pe.colca.settings.Settings;

/**
 * Allocates {@link OrderNumber}s: one counter row per store code and business day
 * ({@code order_number_counters}, V21), moved with a single
 * {@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING} in the caller's transaction (MANDATORY).
 *
 * <ul>
 *   <li><b>No duplicates.</b> The first order of a store's day inserts the row with 1; the others
 *   update it. PostgreSQL serialises writers of one row: a second transaction waits for the first to
 *   end and then increments the committed value, and two first orders cannot both insert (the loser
 *   of the primary key takes the update branch).</li>
 *   <li><b>No gaps.</b> The increment belongs to the order's transaction: a rolled-back sale
 *   undoes it and the next order gets the same number. The price is that orders of one store queue
 *   on the row from the allocation to their commit, so the order service takes the number as late
 *   as it can (after validating, before the last writes).</li>
 *   <li><b>The day</b> is the date in the business time zone (setting {@code timezone},
 *   America/Lima) of the instant given, so a sale at 23:30 in Lima is numbered on that day whatever
 *   the server's zone.</li>
 * </ul>
 *
 * <p>Internal to sales: the order service checks the store (scope, allows sales) and passes its code.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OrderNumbers {

    static final String ZONE_SETTING = "timezone";

    private static final String NEXT = "INSERT INTO order_number_counters AS c (store_code, business_day, last_number)"
            + " VALUES (:code, :day, 1)"
            + " ON CONFLICT (store_code, business_day)"
            + " DO UPDATE SET last_number = c.last_number + 1, updated_at = now()"
            + " RETURNING c.last_number";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Settings settings;

    /** The next number of the store for the business day of {@code at}. */
    public OrderNumber next(String storeCode, Instant at) {
        return next(storeCode, businessDay(at));
    }

    /**
     * The next number of the store for {@code day}.
     *
     * @throws OrderNumberUnavailable when the code is empty or too long for {@code orders.order_number}
     */
    public OrderNumber next(String storeCode, LocalDate day) {
        String code = storeCode == null ? null : storeCode.strip().toUpperCase(Locale.ROOT);
        if (!OrderNumber.fits(code)) {
            throw new OrderNumberUnavailable(storeCode);
        }
        Number taken = (Number) em.createNativeQuery(NEXT)
                .setParameter("code", code)
                .setParameter("day", day)
                .getSingleResult();
        return OrderNumber.of(code, day, taken.intValue());
    }

    /**
     * A unique provisional number for a new order ({@code ~} and 29 hex digits: no store code starts with
     * {@code ~}), replaced by {@link #assign} before the commit: no other transaction ever sees it.
     */
    public static String provisional() {
        return ("~" + java.util.UUID.randomUUID().toString().replace("-", "")).substring(0, 30);
    }

    /**
     * Takes the store's next number for the business day of {@code at} and writes it on the new order (inserted
     * under a {@link #provisional} number), as late in the transaction as possible: the counter row stays locked
     * from here to the commit, and every order of the store queues on it (bench/README.md, session 7).
     */
    public OrderNumber assign(pe.colca.sales.Order order, String storeCode, Instant at) {
        OrderNumber number = next(storeCode, at);
        em.flush();
        em.createNativeQuery("UPDATE orders SET order_number = :n WHERE id = :id AND order_number = :provisional")
                .setParameter("n", number.value())
                .setParameter("id", order.getId())
                .setParameter("provisional", order.getOrderNumber())
                .executeUpdate();
        order.numberAs(number.value());
        return number;
    }

    /** The business day of an instant (setting {@code timezone}). */
    public LocalDate businessDay(Instant at) {
        return LocalDate.ofInstant(at, ZoneId.of(settings.text(ZONE_SETTING)));
    }
}
