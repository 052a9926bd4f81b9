package pe.colca.customer.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import pe.colca.customer.LoyaltyExpiry;
import pe.colca.settings.Settings;

/**
 * Expiry of old points (the job {@code customer-loyalty-expiry} calls it chunk by chunk, in the chunk's
 * transaction). Unlike the hot paths, it locks the account row first ({@code SELECT ... FOR NO KEY UPDATE}, which
 * does not wait for the foreign-key checks of concurrent ledger lines, so it cannot deadlock with them) and then
 * sums the account's lines: the amount due must be computed on a balance no redemption can change before the
 * EXPIRE line is written. What expires is {@code min(balance, max(0, credited before the cutoff − ever
 * taken))} (points are spent oldest first); right after an EXPIRE that is 0, so reruns and restarts write
 * nothing more the same day.
 */
@Stateless
@PermitAll
public class DefaultLoyaltyExpiry implements LoyaltyExpiry {

    static final ZoneId LIMA = ZoneId.of("America/Lima");
    static final String EXPIRY_DAYS = "loyalty.points.expiry_days";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Settings settings;

    @Override
    public Instant cutoff(LocalDate asOf) {
        return asOf.minusDays(settings.integer(EXPIRY_DAYS)).atStartOfDay(LIMA).toInstant();
    }

    @Override
    public List<Long> candidates(Instant cutoff, long afterId, int limit) {
        List<?> ids = em.createNativeQuery("SELECT a.id FROM loyalty_accounts a WHERE a.id > :after"
                        + " AND a.points_balance > 0 AND EXISTS (SELECT 1 FROM loyalty_movements m"
                        + " WHERE m.loyalty_account_id = a.id AND m.points > 0 AND m.created_at < :cutoff)"
                        + " ORDER BY a.id LIMIT :limit")
                .setParameter("after", afterId).setParameter("cutoff", cutoff).setParameter("limit", limit)
                .getResultList();
        return ids.stream().map(LedgerRows::longValue).toList();
    }

    @Override
    public int expire(long accountId, Instant cutoff, LocalDate asOf) {
        List<?> locked = em.createNativeQuery("SELECT points_balance FROM loyalty_accounts WHERE id = :a FOR NO KEY UPDATE")
                .setParameter("a", accountId).getResultList();
        if (locked.isEmpty()) {
            return 0;
        }
        long balance = ((Number) locked.get(0)).longValue();
        long due = ((Number) em.createNativeQuery("SELECT greatest(0, coalesce(sum(points) FILTER (WHERE points > 0"
                        + " AND created_at < :cutoff), 0) + coalesce(sum(points) FILTER (WHERE points < 0), 0))"
                        + " FROM loyalty_movements WHERE loyalty_account_id = :a")
                .setParameter("cutoff", cutoff).setParameter("a", accountId).getSingleResult()).longValue();
        int expire = (int) Math.min(balance, due);
        if (expire <= 0) {
            return 0;
        }
        em.createNativeQuery("INSERT INTO loyalty_movements (id, loyalty_account_id, type, points, reason, created_at)"
                        + " VALUES (nextval('loyalty_movements_seq'), :a, 'EXPIRE', :p, :r, now())")
                .setParameter("a", accountId).setParameter("p", -expire)
                .setParameter("r", "Vencimiento " + asOf + ": puntos ganados antes de " + cutoff)
                .executeUpdate();
        em.createNativeQuery("UPDATE loyalty_accounts SET points_balance = points_balance - :p, last_movement_at = now(),"
                        + " version = version + 1 WHERE id = :a AND points_balance >= :p")
                .setParameter("p", expire).setParameter("a", accountId).executeUpdate();
        return expire;
    }
}
