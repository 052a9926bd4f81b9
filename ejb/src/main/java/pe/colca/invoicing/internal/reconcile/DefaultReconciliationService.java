package pe.colca.invoicing.internal.reconcile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.RecordNotFound;
import pe.colca.common.RuleViolated;
import pe.colca.common.Where;
import pe.colca.invoicing.Company;
import pe.colca.invoicing.reconcile.ReconciliationDifference;
import pe.colca.invoicing.reconcile.ReconciliationRun;
import pe.colca.invoicing.reconcile.ReconciliationService;
import pe.colca.invoicing.reconcile.ReconciliationWork;
import pe.colca.security.Caller;

/** See {@link ReconciliationService}. */
@Stateless
public class DefaultReconciliationService implements ReconciliationService {

    static final String ENTITY = "entity.reconciliation";
    private static final String RUNS = "SELECT r, c.ruc, c.razonSocial FROM ReconciliationRun r JOIN Company c ON c.id = r.companyId";
    private static final String COUNT = "SELECT count(r) FROM ReconciliationRun r";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ReconciliationWork work;

    @EJB
    private RunQueue queue;

    @EJB
    private Caller caller;

    @Override
    @RolesAllowed("sunat.reconciliation.view")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<RunView> search(Filter filter, PageRequest page) {
        Filter f = filter == null ? new Filter(null, null, null, null) : filter;
        Where where = new Where()
                .andIf(f.companyId(), "r.companyId = :company", "company")
                .andIf(f.day(), "r.businessDay = :day", "day")
                .andIf(f.status(), "r.status = :status", "status");
        if (f.withDifferences() != null) {
            where.and(f.withDifferences() ? "r.differenceCount > 0" : "r.differenceCount = 0");
        }
        return where.page(em.createQuery(RUNS + where + " ORDER BY r.businessDay DESC, r.companyId, r.id", Tuple.class),
                em.createQuery(COUNT + where, Long.class), page).map(DefaultReconciliationService::view);
    }

    @Override
    @RolesAllowed("sunat.reconciliation.view")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public RunView get(long runId) {
        List<Tuple> rows = em.createQuery(RUNS + " WHERE r.id = :id", Tuple.class).setParameter("id", runId).getResultList();
        if (rows.isEmpty()) {
            throw new RecordNotFound(ENTITY, runId);
        }
        return view(rows.get(0));
    }

    @Override
    @RolesAllowed("sunat.reconciliation.view")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<ReconciliationDifference> differences(long runId, Boolean explained, PageRequest page) {
        get(runId);
        Where where = new Where().and("d.runId = :run", "run", runId).andIf(explained, "d.explained = :explained", "explained");
        return where.page(em.createQuery("SELECT d FROM ReconciliationDifference d" + where
                        + " ORDER BY d.explained, d.id", ReconciliationDifference.class),
                em.createQuery("SELECT count(d) FROM ReconciliationDifference d" + where, Long.class), page);
    }

    @Override
    @RolesAllowed("sunat.reconciliation.view")
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String csv(long runId) {
        RunView run = get(runId);
        List<ReconciliationDifference> all = em.createQuery("SELECT d FROM ReconciliationDifference d WHERE d.runId = :run"
                + " ORDER BY d.explained, d.id", ReconciliationDifference.class).setParameter("run", runId).getResultList();
        return ReconciliationCsv.write(run, all);
    }

    @Override
    @RolesAllowed("sunat.reconciliation.run")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Started runNow(LocalDate day, Integer companyId) {
        if (day == null || day.isAfter(LocalDate.now(DefaultReconciliationWork.LIMA))) {
            throw new RuleViolated("reconciliation-day-future", "invoicing.reconciliation.future", String.valueOf(day));
        }
        if (companyId != null && em.find(Company.class, companyId) == null) {
            throw new RecordNotFound("entity.company", companyId);
        }
        List<Integer> companies = work.companies(day, companyId);
        List<Long> runs = queue.queue(companies, day, caller.userId().orElse(null));
        Properties parameters = new Properties();
        parameters.setProperty("day", day.toString());
        if (companyId != null) {
            parameters.setProperty("companyId", companyId.toString());
        }
        long execution = BatchRuntime.getJobOperator().start(JOB, parameters);
        queue.started(runs, execution);
        return new Started(execution, day, runs.stream().map(this::get).toList());
    }

    private static RunView view(Tuple t) {
        return new RunView(t.get(0, ReconciliationRun.class), t.get(1, String.class), t.get(2, String.class));
    }
}
