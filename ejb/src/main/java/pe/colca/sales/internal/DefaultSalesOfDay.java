package pe.colca.sales.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import pe.colca.sales.SalesOfDay;
import pe.colca.settings.Settings;

/**
 * {@link SalesOfDay} over the sales tables. An order belongs to the day of its first move to PAID
 * ({@code order_status_history}, indexed by V34 for that), whatever happened to it later (a refunded
 * order still had its sale document); a return to the day it was made. Two indexed queries per call.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultSalesOfDay implements SalesOfDay {

    private static final String ORDERS = "SELECT o.id, o.location_id, o.order_number, o.document_type, o.grand_total,"
            + " h.changed_at FROM order_status_history h JOIN orders o ON o.id = h.order_id"
            + " WHERE h.new_status = 'PAID' AND h.changed_at >= :from AND h.changed_at < :to"
            + " AND o.location_id IN (:stores)"
            + " AND NOT EXISTS (SELECT 1 FROM order_status_history e WHERE e.order_id = h.order_id"
            + "   AND e.new_status = 'PAID' AND (e.changed_at < h.changed_at OR (e.changed_at = h.changed_at AND e.id < h.id)))"
            + " ORDER BY o.id";

    private static final String RETURNS = "SELECT r.id, r.order_id, r.location_id, r.return_number, o.document_type,"
            + " r.grand_total, r.created_at FROM order_returns r JOIN orders o ON o.id = r.order_id"
            + " WHERE r.location_id IN (:stores) AND r.created_at >= :from AND r.created_at < :to ORDER BY r.id";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Settings settings;

    @Override
    public List<Sale> of(Collection<Long> locationIds, LocalDate day) {
        if (locationIds == null || locationIds.isEmpty()) {
            return List.of();
        }
        ZoneId zone = ZoneId.of(settings.text("timezone"));
        OffsetDateTime from = day.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = day.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        List<Long> stores = List.copyOf(locationIds);
        List<Sale> sales = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Tuple> orders = em.createNativeQuery(ORDERS, Tuple.class)
                .setParameter("from", from).setParameter("to", to).setParameter("stores", stores).getResultList();
        for (Tuple t : orders) {
            long id = t.get(0, Number.class).longValue();
            sales.add(new Sale(Kind.ORDER, id, id, t.get(1, Number.class).longValue(), t.get(2, String.class),
                    t.get(3, String.class), t.get(4, BigDecimal.class), instant(t.get(5))));
        }
        @SuppressWarnings("unchecked")
        List<Tuple> returns = em.createNativeQuery(RETURNS, Tuple.class)
                .setParameter("from", from).setParameter("to", to).setParameter("stores", stores).getResultList();
        for (Tuple t : returns) {
            sales.add(new Sale(Kind.RETURN, t.get(0, Number.class).longValue(), t.get(1, Number.class).longValue(),
                    t.get(2, Number.class).longValue(), t.get(3, String.class), t.get(4, String.class),
                    t.get(5, BigDecimal.class), instant(t.get(6))));
        }
        return sales;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
