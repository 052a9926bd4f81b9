package pe.colca.invoicing.internal.reconcile;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import pe.colca.invoicing.Company;
import pe.colca.invoicing.CompanyCredentials;
import pe.colca.invoicing.ElectronicDocument;
import pe.colca.invoicing.internal.gateway.SunatGateway;
import pe.colca.invoicing.reconcile.Finding;
import pe.colca.invoicing.reconcile.ReconciliationDifference;
import pe.colca.invoicing.reconcile.ReconciliationRules;
import pe.colca.invoicing.reconcile.ReconciliationRules.DocumentFact;
import pe.colca.invoicing.reconcile.ReconciliationRules.Held;
import pe.colca.invoicing.reconcile.ReconciliationRules.SunatAnswer;
import pe.colca.invoicing.reconcile.ReconciliationRun;
import pe.colca.invoicing.reconcile.ReconciliationWork;
import pe.colca.invoicing.reconcile.RunStatus;
import pe.colca.notification.NotificationChannel;
import pe.colca.notification.NotificationRequest;
import pe.colca.notification.Notifications;
import pe.colca.notification.Recipients;
import pe.colca.sales.SalesOfDay;
import pe.colca.settings.Settings;

/** See {@link ReconciliationWork}. */
@Stateless
@PermitAll
public class DefaultReconciliationWork implements ReconciliationWork {

    /** The notification of a run with differences. */
    static final String NOTIFICATION = "SUNAT_RECONCILIATION";
    static final String TEMPLATE = "invoicing.reconciliation_differences";
    static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final int SLICE = 1000;
    private static final Logger LOG = Logger.getLogger(DefaultReconciliationWork.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SalesOfDay sales;

    @EJB
    private CompanyCredentials credentials;

    @EJB
    private Notifications notifications;

    @EJB
    private Settings settings;

    @Override
    public List<Integer> companies(LocalDate day, Integer companyId) {
        if (companyId != null) {
            return em.find(Company.class, companyId) == null ? List.of() : List.of(companyId);
        }
        List<Integer> active = em.createQuery("SELECT c.id FROM Company c WHERE c.active = true", Integer.class)
                .getResultList();
        List<Long> withDocuments = em.createQuery("SELECT DISTINCT d.companyId FROM ElectronicDocument d"
                + " WHERE d.issueDate = :day", Long.class).setParameter("day", day).getResultList();
        Set<Integer> all = new java.util.TreeSet<>(active);
        withDocuments.forEach(id -> all.add(Math.toIntExact(id)));
        return List.copyOf(all);
    }

    @Override
    public long prepare(int companyId, LocalDate day, long instanceId, long executionId) {
        ReconciliationRun run = Runs.lockOrCreate(em, companyId, day);
        em.createQuery("DELETE FROM ReconciliationDifference d WHERE d.runId = :run")
                .setParameter("run", run.getId()).executeUpdate();
        run.claim(instanceId, executionId, Instant.now());

        Map<Long, Set<String>> seriesTypes = storesOf(companyId);
        List<SalesOfDay.Sale> ofDay = sales.of(seriesTypes.keySet(), day).stream()
                .filter(s -> seriesTypes.getOrDefault(s.locationId(), Set.of()).contains(s.documentType()))
                .toList();
        Map<Long, List<DocumentFact>> byOrder = documents("d.orderId", "d.documentType IN ('01', '03')",
                ofDay.stream().filter(s -> s.kind() == SalesOfDay.Kind.ORDER).map(SalesOfDay.Sale::id).toList());
        Map<Long, List<DocumentFact>> byReturn = documents("d.returnId", "d.documentType = '07'",
                ofDay.stream().filter(s -> s.kind() == SalesOfDay.Kind.RETURN).map(SalesOfDay.Sale::id).toList());
        LocalDate today = LocalDate.now(LIMA);
        int orders = 0;
        for (SalesOfDay.Sale sale : ofDay) {
            boolean order = sale.kind() == SalesOfDay.Kind.ORDER;
            orders += order ? 1 : 0;
            List<DocumentFact> docs = (order ? byOrder : byReturn).getOrDefault(sale.id(), List.of());
            for (Finding f : ReconciliationRules.sale(sale, docs, today)) {
                em.persist(new ReconciliationDifference(run.getId(), f));
            }
        }
        long documents = em.createQuery("SELECT count(d) FROM ElectronicDocument d WHERE d.companyId = :c"
                + " AND d.issueDate = :day", Long.class).setParameter("c", (long) companyId).setParameter("day", day)
                .getSingleResult();
        run.checkedSales(orders, ofDay.size() - orders, Math.toIntExact(documents));
        Company company = em.find(Company.class, companyId);
        if (SunatConsult.endpoint(company, credentials.sol(companyId), Duration.ofSeconds(1)) == null && documents > 0) {
            run.note(SunatConsult.unavailable(company, credentials.sol(companyId)));
        }
        em.flush();
        return run.getId();
    }

    @Override
    public List<Long> runsOf(long instanceId) {
        return em.createQuery("SELECT r.id FROM ReconciliationRun r WHERE r.jobInstanceId = :i ORDER BY r.id", Long.class)
                .setParameter("i", instanceId).getResultList();
    }

    @Override
    public List<ConsultItem> documents(long runId, long instanceId, long afterDocumentId, int limit) {
        ReconciliationRun run = em.find(ReconciliationRun.class, runId);
        if (run == null || !run.ownedBy(instanceId) || run.getStatus() != RunStatus.RUNNING) {
            return List.of();
        }
        return em.createQuery("SELECT d FROM ElectronicDocument d WHERE d.companyId = :c AND d.issueDate = :day"
                        + " AND d.id > :after ORDER BY d.id", ElectronicDocument.class)
                .setParameter("c", (long) run.getCompanyId()).setParameter("day", run.getBusinessDay())
                .setParameter("after", afterDocumentId).setMaxResults(limit).getResultStream()
                .map(d -> new ConsultItem(runId, run.getCompanyId(), fact(d), d.getTotalAmount())).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Consulted> consult(List<ConsultItem> items) {
        Duration timeout = Duration.ofSeconds(settings.integer("invoicing.send.timeout_seconds"));
        Map<Integer, SunatGateway.Endpoint> endpoints = new HashMap<>();
        Map<Integer, String> rucs = new HashMap<>();
        Set<Integer> unavailable = new HashSet<>();
        List<Consulted> out = new ArrayList<>(items.size());
        for (ConsultItem item : items) {
            int c = item.companyId();
            if (!endpoints.containsKey(c) && !unavailable.contains(c)) {
                Company company = em.find(Company.class, c);
                SunatGateway.Endpoint e = company == null ? null : SunatConsult.endpoint(company, credentials.sol(c), timeout);
                if (e == null) {
                    unavailable.add(c);
                } else {
                    endpoints.put(c, e);
                    rucs.put(c, company.getRuc());
                }
            }
            if (unavailable.contains(c)) {
                continue; // the run says why in its message; nothing to compare
            }
            DocumentFact d = item.document();
            out.add(new Consulted(item, SunatConsult.ask(endpoints.get(c), rucs.get(c), d.type(), d.series(), d.number())));
        }
        return out;
    }

    @Override
    public void record(List<Consulted> answers, long instanceId) {
        Map<Long, Integer> counted = new LinkedHashMap<>();
        Map<Long, ReconciliationRun> runs = new HashMap<>();
        for (Consulted c : answers) {
            ReconciliationRun run = runs.computeIfAbsent(c.item().runId(), id -> em.find(ReconciliationRun.class, id));
            if (run == null || !run.ownedBy(instanceId)) {
                continue;
            }
            counted.merge(run.getId(), 1, Integer::sum);
            ReconciliationRules.compare(c.item().document(), c.item().amount(), c.answer())
                    .ifPresent(f -> em.persist(new ReconciliationDifference(run.getId(), f)));
        }
        counted.forEach((id, n) -> runs.get(id).consulted(n));
    }

    @Override
    public int finish(long instanceId) {
        int total = 0;
        for (ReconciliationRun run : owned(instanceId, RunStatus.RUNNING)) {
            Map<Boolean, Long> counts = new HashMap<>();
            for (Tuple t : em.createQuery("SELECT d.explained, count(d) FROM ReconciliationDifference d"
                    + " WHERE d.runId = :r GROUP BY d.explained", Tuple.class).setParameter("r", run.getId()).getResultList()) {
                counts.put(t.get(0, Boolean.class), t.get(1, Long.class));
            }
            int differences = Math.toIntExact(counts.getOrDefault(false, 0L));
            run.complete(differences, Math.toIntExact(counts.getOrDefault(true, 0L)), Instant.now());
            total += differences;
            if (differences > 0) {
                notify(run, differences);
            }
        }
        return total;
    }

    @Override
    public void failed(long instanceId, String why) {
        for (ReconciliationRun run : owned(instanceId, RunStatus.RUNNING)) {
            run.fail(why, Instant.now());
        }
    }

    @Override
    public void resumed(long instanceId, long executionId) {
        for (ReconciliationRun run : owned(instanceId, RunStatus.FAILED)) {
            run.resume(executionId);
        }
    }

    private List<ReconciliationRun> owned(long instanceId, RunStatus status) {
        return em.createQuery("SELECT r FROM ReconciliationRun r WHERE r.jobInstanceId = :i AND r.status = :s"
                        + " ORDER BY r.id", ReconciliationRun.class)
                .setParameter("i", instanceId).setParameter("s", status).getResultList();
    }

    private void notify(ReconciliationRun run, int differences) {
        Company company = em.find(Company.class, run.getCompanyId());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("runId", run.getId());
        payload.put("companyId", run.getCompanyId());
        payload.put("ruc", company == null ? null : company.getRuc());
        payload.put("legalName", company == null ? null : company.getRazonSocial());
        payload.put("day", run.getBusinessDay().toString());
        payload.put("differences", differences);
        payload.put("link", "/backoffice/invoicing/reconciliation.xhtml?run=" + run.getId());
        for (NotificationChannel channel : List.of(NotificationChannel.EMAIL, NotificationChannel.IN_APP)) {
            notifications.enqueue(NotificationRequest.of(NOTIFICATION, channel, TEMPLATE, payload,
                    Recipients.staffWithPermission("sunat.reconciliation.view")));
        }
        LOG.info(() -> "reconciliation of company " + run.getCompanyId() + " on " + run.getBusinessDay() + ": "
                + differences + " difference(s), notified");
    }

    /** The company's stores → the sale document types (01, 03) it issues there, from its series. */
    private Map<Long, Set<String>> storesOf(int companyId) {
        Map<Long, Set<String>> stores = new HashMap<>();
        for (Tuple t : em.createQuery("SELECT s.locationId, s.documentType FROM DocumentSequence s"
                + " WHERE s.companyId = :c AND s.locationId IS NOT NULL", Tuple.class)
                .setParameter("c", (long) companyId).getResultList()) {
            String type = t.get(1, String.class);
            if ("01".equals(type) || "03".equals(type)) {
                stores.computeIfAbsent(((Number) t.get(0)).longValue(), k -> new LinkedHashSet<>()).add(type);
            }
        }
        return stores;
    }

    /** The documents whose {@code column} is one of {@code ids} (any issue date), by that id. */
    private Map<Long, List<DocumentFact>> documents(String column, String condition, List<Long> ids) {
        Map<Long, List<DocumentFact>> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += SLICE) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + SLICE));
            for (ElectronicDocument d : em.createQuery("SELECT d FROM ElectronicDocument d WHERE " + column
                    + " IN :ids AND " + condition + " ORDER BY d.id", ElectronicDocument.class)
                    .setParameter("ids", slice).getResultList()) {
                Long key = "d.orderId".equals(column) ? d.getOrderId() : d.getReturnId();
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(fact(d));
            }
        }
        return out;
    }

    private static DocumentFact fact(ElectronicDocument d) {
        return new DocumentFact(d.getId(), d.getDocumentTypeCode(), d.getSeries(), d.getCorrelativeNumber(),
                d.getSunatStatus(), d.isNeedsAttention(), d.getIssueDate(), d.getReplacesDocumentId());
    }
}
