package pe.colca.security.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;
import pe.colca.common.SqlValues;
import pe.colca.common.Where;
import pe.colca.security.AuditCheck;
import pe.colca.security.AuditEntry;
import pe.colca.security.AuditEntryNotFound;
import pe.colca.security.AuditFilter;
import pe.colca.security.AuditLogService;

/** {@link AuditLogService}: list, one row, the filters' choices and the verification. */
@Stateless
@RolesAllowed("audit.view")
public class DefaultAuditLogService implements AuditLogService {

    private static final Jsonb JSON = JsonbBuilder.create();

    private static final String SELECT = "SELECT a.id, a.user_id, u.email, u.full_name, a.action, a.entity_table,"
            + " a.entity_id, a.old_values::text AS old_values, a.new_values::text AS new_values, a.ip_address,"
            + " a.correlation_id, a.created_at, a.seq, a.row_hash"
            + " FROM audit_logs a LEFT JOIN security_user_names u ON u.id = a.user_id";
    private static final String COUNT = "SELECT count(*) FROM audit_logs a LEFT JOIN security_user_names u"
            + " ON u.id = a.user_id";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditSealer sealer;

    @EJB
    private AuditVerifier verifier;

    @Override
    public Page<AuditEntry> search(AuditFilter filter, PageRequest page) {
        AuditFilter f = (filter == null ? AuditFilter.all() : filter).normalized();
        Where where = new Where()
                .andContains(f.user(), "(lower(u.email) LIKE :user ESCAPE '!' OR lower(u.full_name) LIKE :user"
                        + " ESCAPE '!')", "user")
                .andIf(f.entityTable(), "a.entity_table = :entityTable", "entityTable")
                .andIf(f.entityId(), "a.entity_id = :entityId", "entityId")
                .andIf(f.action(), "a.action = :action", "action")
                .andIf(f.from() == null ? null : Timestamp.from(f.from()), "a.created_at >= :from", "from")
                .andIf(f.to() == null ? null : Timestamp.from(f.to()), "a.created_at < :to", "to");
        List<AuditEntry> rows = new ArrayList<>();
        for (Object row : where.bind(em.createNativeQuery(SELECT + where + " ORDER BY a.created_at DESC, a.id DESC",
                        Tuple.class)).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()) {
            rows.add(entry((Tuple) row));
        }
        long total = ((Number) where.bind(em.createNativeQuery(COUNT + where)).getSingleResult()).longValue();
        return new Page<>(rows, total, page.offset(), page.limit());
    }

    @Override
    public AuditEntry entry(long id) {
        List<?> rows = em.createNativeQuery(SELECT + " WHERE a.id = ?1", Tuple.class).setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw new AuditEntryNotFound(id);
        }
        return entry((Tuple) rows.get(0));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> entityTables() {
        return em.createNativeQuery("SELECT DISTINCT entity_table FROM audit_logs WHERE entity_table IS NOT NULL"
                + " ORDER BY entity_table").getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> actions() {
        return em.createNativeQuery("SELECT DISTINCT action FROM audit_logs ORDER BY action").getResultList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AuditCheck verify() {
        sealer.sealPending();
        return verifier.walk();
    }

    private static AuditEntry entry(Tuple t) {
        return new AuditEntry(((Number) t.get("id")).longValue(), longOrNull(t.get("user_id")),
                t.get("email", String.class), t.get("full_name", String.class), t.get("action", String.class),
                t.get("entity_table", String.class), t.get("entity_id", String.class),
                json(t.get("old_values", String.class)), json(t.get("new_values", String.class)),
                t.get("ip_address", String.class), t.get("correlation_id", String.class), SqlValues.instant(t.get("created_at")),
                longOrNull(t.get("seq")), t.get("row_hash", String.class));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        if (text == null) {
            return null;
        }
        Object parsed = JSON.fromJson(text, Object.class);
        if (parsed instanceof Map<?, ?> map) {
            return new LinkedHashMap<>((Map<String, Object>) map);
        }
        Map<String, Object> wrapped = new LinkedHashMap<>();
        wrapped.put("value", parsed);
        return wrapped;
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
