package pe.colca.customer.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.RecordNotFound;
import pe.colca.common.RequestMetadata;
import pe.colca.common.SqlFailure;
import pe.colca.common.StaleVersion;
import pe.colca.customer.Customer;
import pe.colca.customer.CustomerMergeLog;
import pe.colca.customer.CustomerMergeRefused;
import pe.colca.customer.CustomerMergeService;
import pe.colca.customer.CustomerTaken;
import pe.colca.customer.CustomersMerged;
import pe.colca.customer.MergeParty;
import pe.colca.customer.MergePreview;
import pe.colca.customer.MergeRecord;
import pe.colca.customer.MergeRequest;
import pe.colca.customer.MergeResult;
import pe.colca.customer.MergeStrategy;
import pe.colca.customer.MergeValues;
import pe.colca.security.AuditTrail;
import pe.colca.security.Caller;

/**
 * {@link CustomerMergeService}: see the interface for the contract. Order inside the one transaction: both
 * customer rows locked in id order ({@code FOR UPDATE}), the versions checked, the absorbed customer's snapshot taken, the ledgers moved ({@link MergeLedgers}), the
 * addresses moved (the survivor's default stays the only default; without one, the absorbed's default becomes
 * it), the absorbed customer soft-deleted and flushed (his document and email are free) before the survivor
 * takes the chosen values, the log row written, {@link CustomersMerged} fired so every other area moves its own
 * rows, and the audit row written last. The survivor's version moves on even when every field stays (his
 * addresses, balances and history changed).
 */
@Stateless
public class DefaultCustomerMergeService implements CustomerMergeService {

    private static final int MAX_REASON = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RequestMetadata request;

    @Inject
    private Event<CustomersMerged> merged;

    @EJB
    private Caller caller;

    @EJB
    private AuditTrail audit;

    @Override
    @RolesAllowed("customer.merge")
    public MergePreview preview(long survivorId, long absorbedId, MergeStrategy strategy) {
        if (survivorId == absorbedId) {
            throw CustomerMergeRefused.sameCustomer(survivorId);
        }
        MergeLedgers ledgers = new MergeLedgers(em);
        MergeParty survivor = party(live(survivorId), ledgers);
        MergeParty absorbed = party(live(absorbedId), ledgers);
        MergeStrategy s = strategy == null ? MergeStrategy.survivorWins() : strategy;
        return new MergePreview(survivor, absorbed, s.apply(survivor.values(), absorbed.values()),
                survivor.points() + absorbed.points(), survivor.wallet().add(absorbed.wallet()),
                survivor.addresses() + absorbed.addresses());
    }

    @Override
    @RolesAllowed("customer.merge")
    public MergeResult merge(MergeRequest req) {
        Locale locale = request.getLocale();
        String reason = req.reason() == null || req.reason().isBlank() ? null : req.reason().strip();
        if (reason == null) {
            throw InvalidInput.of("reason", Messages.format(locale, "customer.merge.reason.required"));
        }
        if (reason.length() > MAX_REASON) {
            throw InvalidInput.of("reason", Messages.format(locale, "customer.reason.size"));
        }
        MergeStrategy strategy = MergeStrategy.parse(req.strategy(), locale);
        long survivorId = req.survivorId();
        long absorbedId = req.absorbedId();
        if (survivorId == absorbedId) {
            throw CustomerMergeRefused.sameCustomer(survivorId);
        }
        Customer first = locked(Math.min(survivorId, absorbedId));
        Customer second = locked(Math.max(survivorId, absorbedId));
        Customer survivor = first.getId() == survivorId ? first : second;
        Customer absorbed = survivor == first ? second : first;
        if (survivor.getVersion() != req.survivorVersion()) {
            throw new StaleVersion(DefaultCustomerService.ENTITY, survivor.getDocNumber());
        }
        if (absorbed.getVersion() != req.absorbedVersion()) {
            throw new StaleVersion(DefaultCustomerService.ENTITY, absorbed.getDocNumber());
        }
        Long by = caller.userId().orElse(null);
        MergeLedgers ledgers = new MergeLedgers(em);
        Map<String, Object> snapshot = snapshot(absorbed, ledgers);
        Map<String, Object> before = CustomerSnapshots.of(survivor);
        MergeValues result = strategy.apply(MergeValues.of(survivor), MergeValues.of(absorbed));

        String lineReason = "Fusión: cliente " + absorbedId + " (" + absorbed.getDocType() + " " + absorbed.getDocNumber()
                + ") absorbido por el cliente " + survivorId + ". " + reason;
        if (lineReason.length() > LedgerRows.MAX_REASON) {
            lineReason = lineReason.substring(0, LedgerRows.MAX_REASON);
        }
        MergeLedgers.Points points = ledgers.moveLoyalty(absorbedId, survivorId, lineReason);
        BigDecimal money = ledgers.moveWallet(absorbedId, survivorId, lineReason);
        int addresses = moveAddresses(absorbedId, survivorId);

        absorbed.markDeleted(by, "Fusionado en el cliente " + survivorId + " (" + survivor.getDocType() + " "
                + survivor.getDocNumber() + "): " + reason, Instant.now());
        flush(absorbed);
        apply(survivor, result);
        flush(survivor);
        if (survivor.getVersion() == req.survivorVersion()) {
            // every field stayed: the survivor still changed (addresses, balances, history), so his version moves on
            em.createNativeQuery("UPDATE customers SET version = version + 1 WHERE id = :s").setParameter("s", survivorId)
                    .executeUpdate();
            em.refresh(survivor);
        }

        CustomerMergeLog log = new CustomerMergeLog(absorbedId, survivorId, snapshot, strategy.asJson(), reason, by);
        em.persist(log);
        em.flush();
        merged.fire(new CustomersMerged(absorbedId, survivorId, log.getId()));

        Map<String, Object> after = CustomerSnapshots.of(survivor);
        after.put("mergeId", log.getId());
        after.put("absorbedId", absorbedId);
        after.put("strategy", strategy.asJson());
        after.put("pointsMoved", points.balance());
        after.put("walletMoved", money);
        after.put("addressesMoved", addresses);
        after.put("reason", reason);
        audit.record("MERGE", "customers", survivorId, before, after);
        return new MergeResult(log.getId(), survivorId, absorbedId, points.balance(), money, addresses,
                ledgers.points(survivorId), ledgers.wallet(survivorId), survivor.getVersion());
    }

    @Override
    @RolesAllowed("customer.view")
    public List<MergeRecord> history(long customerId) {
        List<CustomerMergeLog> logs = em.createQuery("SELECT l FROM CustomerMergeLog l WHERE l.targetCustomerId = :c"
                + " OR l.sourceCustomerId = :c ORDER BY l.mergedAt DESC, l.id DESC", CustomerMergeLog.class)
                .setParameter("c", customerId).getResultList();
        Map<Long, String> names = new LinkedHashMap<>();
        List<Long> ids = logs.stream().map(CustomerMergeLog::getMergedBy).filter(java.util.Objects::nonNull).distinct().toList();
        if (!ids.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Tuple> rows = em.createNativeQuery("SELECT id, full_name FROM security_user_names WHERE id IN (:ids)",
                    Tuple.class).setParameter("ids", ids).getResultList();
            rows.forEach(r -> names.put(number(r, "id"), r.get("full_name", String.class)));
        }
        List<MergeRecord> records = new ArrayList<>();
        for (CustomerMergeLog l : logs) {
            Map<String, Object> snapshot = l.getSourceSnapshot();
            records.add(new MergeRecord(l.getId(), l.getSourceCustomerId(),
                    snapshot.get("docType") + " " + snapshot.get("docNumber"), String.valueOf(snapshot.get("fullName")),
                    l.getTargetCustomerId(), l.getMergeStrategy() == null ? Map.of() : l.getMergeStrategy(), snapshot,
                    l.getMergedBy() == null ? null : names.get(l.getMergedBy()), l.getMergedAt(), l.getMergeReason()));
        }
        return records;
    }

    @Override
    @RolesAllowed({"customer.view", "customer.merge"})
    public Optional<Long> survivorOf(long customerId) {
        List<?> rows = em.createNativeQuery("WITH RECURSIVE chain (id, depth) AS ("
                        + "SELECT l.target_customer_id, 1 FROM customer_merge_log l WHERE l.source_customer_id = :c"
                        + " AND NOT EXISTS (SELECT 1 FROM customers x WHERE x.id = :c AND x.deleted_at IS NULL)"
                        + " UNION ALL SELECT l.target_customer_id, c.depth + 1 FROM customer_merge_log l"
                        + " JOIN chain c ON l.source_customer_id = c.id WHERE c.depth < 50)"
                        + " SELECT c.id FROM chain c JOIN customers x ON x.id = c.id AND x.deleted_at IS NULL"
                        + " ORDER BY c.depth DESC LIMIT 1")
                .setParameter("c", customerId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    // ---- helpers ------------------------------------------------------------------------------

    private Customer live(long id) {
        Customer customer = em.find(Customer.class, id);
        if (customer == null) {
            throw new RecordNotFound(DefaultCustomerService.ENTITY, id);
        }
        return customer;
    }

    private Customer locked(long id) {
        Customer customer = em.find(Customer.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (customer == null) {
            throw new RecordNotFound(DefaultCustomerService.ENTITY, id);
        }
        return customer;
    }

    private MergeParty party(Customer c, MergeLedgers ledgers) {
        return new MergeParty(c.getId(), c.getVersion(), MergeValues.of(c), ledgers.points(c.getId()),
                ledgers.wallet(c.getId()), addressCount(c.getId()));
    }

    private int addressCount(long customerId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM customer_addresses WHERE customer_id = :c")
                .setParameter("c", customerId).getSingleResult()).intValue();
    }

    /** The absorbed customer as he was: his values, id, version, addresses and balances. */
    private Map<String, Object> snapshot(Customer absorbed, MergeLedgers ledgers) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("id", absorbed.getId());
        snapshot.putAll(CustomerSnapshots.of(absorbed));
        snapshot.put("createdAt", absorbed.getCreatedAt() == null ? null : absorbed.getCreatedAt().toString());
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("SELECT id, label, address_line, ubigeo, district, city, reference,"
                        + " geo_coordinates, is_default FROM customer_addresses WHERE customer_id = :c ORDER BY id", Tuple.class)
                .setParameter("c", absorbed.getId()).getResultList();
        List<Map<String, Object>> addresses = new ArrayList<>();
        for (Tuple r : rows) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", number(r, "id"));
            for (String column : List.of("label", "address_line", "ubigeo", "district", "city", "reference",
                    "geo_coordinates")) {
                a.put(column, r.get(column, String.class));
            }
            a.put("is_default", r.get("is_default", Boolean.class));
            addresses.add(a);
        }
        snapshot.put("addresses", addresses);
        snapshot.put("pointsBalance", ledgers.points(absorbed.getId()));
        snapshot.put("walletBalance", ledgers.wallet(absorbed.getId()).toPlainString());
        return snapshot;
    }

    /** The absorbed customer's addresses become the survivor's; the survivor's default stays the only default. */
    private int moveAddresses(long absorbedId, long survivorId) {
        return em.createNativeQuery("UPDATE customer_addresses SET customer_id = :s, is_default = is_default"
                        + " AND NOT EXISTS (SELECT 1 FROM customer_addresses d WHERE d.customer_id = :s AND d.is_default)"
                        + " WHERE customer_id = :a")
                .setParameter("s", survivorId).setParameter("a", absorbedId).executeUpdate();
    }

    private static void apply(Customer survivor, MergeValues v) {
        survivor.identify(v.docType(), v.docNumber());
        survivor.rename(v.fullName());
        survivor.changeContact(v.email(), v.phone());
        survivor.changePersonalData(v.birthDate(), v.gender());
        survivor.moveToSegment(v.segment());
        if (!v.marketingConsent() || v.consentChannel() != null) {
            survivor.recordMarketingConsent(v.marketingConsent(), v.consentChannel(), v.consentBy(), v.consentAt());
        }
    }

    private void flush(Customer customer) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion(DefaultCustomerService.ENTITY, customer.getDocNumber());
        } catch (PersistenceException e) {
            var unique = SqlFailure.find(e, SqlFailure.UNIQUE_VIOLATION);
            if (unique.isPresent()) {
                String message = String.valueOf(unique.get().getMessage());
                throw message.contains("email") ? CustomerTaken.email(customer.getEmail())
                        : CustomerTaken.document(customer.getDocNumber());
            }
            throw e;
        }
    }

    private static long number(Tuple r, String alias) {
        return ((Number) r.get(alias)).longValue();
    }
}
