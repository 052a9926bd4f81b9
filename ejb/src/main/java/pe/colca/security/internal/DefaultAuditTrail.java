package pe.colca.security.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.Session;
import pe.colca.common.RequestMetadata;
import pe.colca.security.AuditTrail;
import pe.colca.security.Caller;

@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DefaultAuditTrail implements AuditTrail {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Object SEAL_NUDGE = new Object();
    private static final int MAX_TEXT = 2000;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Caller caller;

    @Inject
    private Instance<RequestMetadata> request;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @EJB
    private AuditSealSchedule sealer;

    @Override
    public void record(String action, String entityTable, Object entityId, Map<String, ?> oldValues,
                       Map<String, ?> newValues) {
        recordAs(caller.userId().orElse(null), action, entityTable, entityId, oldValues, newValues);
    }

    @Override
    public void recordAs(Long userId, String action, String entityTable, Object entityId, Map<String, ?> oldValues,
                         Map<String, ?> newValues) {
        String ip = null;
        String correlation = null;
        try {
            RequestMetadata metadata = request.get();
            ip = metadata.getIpAddress();
            correlation = metadata.getCorrelationId();
        } catch (RuntimeException noRequest) {
            // timers and MDBs have no web request: no IP or correlation id to record
        }
        em.createNativeQuery("""
                        INSERT INTO audit_logs (id, user_id, action, entity_table, entity_id, old_values,
                                                new_values, ip_address, correlation_id, created_at)
                        VALUES (nextval('audit_logs_seq'), ?1, ?2, ?3, ?4, CAST(?5 AS jsonb), CAST(?6 AS jsonb), ?7,
                                ?8, now())
                        """)
                .setParameter(1, userId)
                .setParameter(2, action)
                .setParameter(3, entityTable)
                .setParameter(4, entityId == null ? null : String.valueOf(entityId))
                .setParameter(5, oldValues == null ? null : JSON.toJson(oldValues))
                .setParameter(6, newValues == null ? null : JSON.toJson(newValues))
                .setParameter(7, ip)
                .setParameter(8, correlation)
                .executeUpdate();
        sealAfterCommit();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordDenied(String operation, Map<String, ?> details) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("operation", clip(operation));
        if (details != null) {
            details.forEach((k, v) -> values.put(k, v instanceof String s ? clip(s) : v));
        }
        record("ACCESS_DENIED", null, null, null, values);
    }

    private static String clip(String s) {
        return s == null || s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
    }

    /**
     * Once per transaction: after it commits, ask the sealer to chain the new rows soon (coalesced:
     * a burst of commits starts one sealing pass). Nothing waits for it and nothing fails with it.
     */
    private void sealAfterCommit() {
        if (transaction.getResource(SEAL_NUDGE) != null) {
            return;
        }
        transaction.putResource(SEAL_NUDGE, Boolean.TRUE);
        transaction.registerInterposedSynchronization(new SealNudge(sealer));
    }

    private record SealNudge(AuditSealSchedule sealer) implements Synchronization {

        @Override
        public void beforeCompletion() {
            // nothing: the row is flushed with the business transaction
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                sealer.nudge();
            }
        }
    }

    @Override
    public void recordAllAs(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String ip = null;
        String correlation = null;
        try {
            RequestMetadata metadata = request.get();
            ip = metadata.getIpAddress();
            correlation = metadata.getCorrelationId();
        } catch (RuntimeException noRequest) {
            // batch jobs have no web request: no IP or correlation id to record
        }
        int n = entries.size();
        Long[] users = new Long[n];
        String[] actions = new String[n];
        String[] tables = new String[n];
        String[] ids = new String[n];
        String[] olds = new String[n];
        String[] news = new String[n];
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            users[i] = e.userId();
            actions[i] = e.action();
            tables[i] = e.entityTable();
            ids[i] = e.entityId() == null ? null : String.valueOf(e.entityId());
            olds[i] = e.oldValues() == null ? null : JSON.toJson(e.oldValues());
            news[i] = e.newValues() == null ? null : JSON.toJson(e.newValues());
        }
        String address = ip;
        String correlationId = correlation;
        em.unwrap(Session.class).doWork(c -> {
            try (var st = c.prepareStatement("""
                    INSERT INTO audit_logs (id, user_id, action, entity_table, entity_id, old_values, new_values,
                                            ip_address, correlation_id, created_at)
                    SELECT nextval('audit_logs_seq'), r.usr, r.act, r.tbl, r.eid, CAST(r.oldv AS jsonb), CAST(r.newv AS jsonb),
                           ?, ?, now()
                    FROM unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::text[], ?::text[])
                         AS r(usr, act, tbl, eid, oldv, newv)
                    """)) {
                st.setString(1, address);
                st.setString(2, correlationId);
                st.setArray(3, c.createArrayOf("bigint", users));
                st.setArray(4, c.createArrayOf("varchar", actions));
                st.setArray(5, c.createArrayOf("varchar", tables));
                st.setArray(6, c.createArrayOf("varchar", ids));
                st.setArray(7, c.createArrayOf("text", olds));
                st.setArray(8, c.createArrayOf("text", news));
                st.executeUpdate();
            }
        });
        sealAfterCommit();
    }
}
