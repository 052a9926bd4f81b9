package pe.colca.invoicing.internal.reconcile;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import pe.colca.invoicing.reconcile.ReconciliationRun;

/** The one run of a company and day, created on first use and locked for the caller's transaction. */
final class Runs {

    private Runs() {
    }

    /**
     * The run of {@code companyId} and {@code day}, locked ({@code FOR UPDATE}): created when missing by one
     * {@code INSERT … ON CONFLICT DO NOTHING}, so two starts of the same day meet on the unique key and take
     * turns instead of writing two reports.
     */
    static ReconciliationRun lockOrCreate(EntityManager em, int companyId, LocalDate day) {
        em.createNativeQuery("INSERT INTO reconciliation_runs (id, company_id, business_day, status)"
                        + " VALUES (nextval('reconciliation_runs_seq'), :c, :day, 'QUEUED')"
                        + " ON CONFLICT (company_id, business_day) DO NOTHING")
                .setParameter("c", companyId).setParameter("day", day).executeUpdate();
        return em.createQuery("SELECT r FROM ReconciliationRun r WHERE r.companyId = :c AND r.businessDay = :day",
                        ReconciliationRun.class)
                .setParameter("c", companyId).setParameter("day", day)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
    }
}
