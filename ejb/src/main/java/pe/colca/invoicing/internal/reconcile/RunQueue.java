package pe.colca.invoicing.internal.reconcile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pe.colca.invoicing.reconcile.ReconciliationRun;
import pe.colca.security.AuditTrail;

/**
 * Queues the runs of an on-demand reconciliation in a transaction of its own, committed before the job
 * starts (the job then takes them over): each run's earlier report is cleared, and one audit row says who
 * asked for which day.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RunQueue {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @RolesAllowed("sunat.reconciliation.run")
    public List<Long> queue(List<Integer> companies, LocalDate day, Long userId) {
        List<Long> ids = new ArrayList<>();
        Instant now = Instant.now();
        for (int company : companies) {
            ReconciliationRun run = Runs.lockOrCreate(em, company, day);
            em.createQuery("DELETE FROM ReconciliationDifference d WHERE d.runId = :run")
                    .setParameter("run", run.getId()).executeUpdate();
            run.queue(userId, now);
            ids.add(run.getId());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("day", day.toString());
        values.put("companies", companies);
        values.put("runs", ids);
        audit.record("RECONCILE", "reconciliation_runs", ids.isEmpty() ? day.toString() : ids.get(0), null, values);
        return ids;
    }

    /** Notes the job execution that will take the queued runs over. */
    @RolesAllowed("sunat.reconciliation.run")
    public void started(List<Long> runIds, long executionId) {
        // the job may already have claimed them (a fast start): only a run still waiting is touched
        if (!runIds.isEmpty()) {
            em.createNativeQuery("UPDATE reconciliation_runs SET job_execution_id = :e WHERE id IN (:ids)"
                    + " AND status = 'QUEUED'").setParameter("e", executionId).setParameter("ids", runIds).executeUpdate();
        }
    }
}
