package pe.colca.security.internal;

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
import java.util.Map;
import pe.colca.common.RequestMetadata;
import pe.colca.security.AuditTrail;
import pe.colca.security.Caller;

@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DefaultAuditTrail implements AuditTrail {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Caller caller;

    @Inject
    private Instance<RequestMetadata> request;

    @Override
    public void record(String action, String entityTable, Object entityId, Map<String, ?> oldValues,
                       Map<String, ?> newValues) {
        recordAs(caller.userId().orElse(null), action, entityTable, entityId, oldValues, newValues);
    }

    @Override
    public void recordAs(Long userId, String action, String entityTable, Object entityId, Map<String, ?> oldValues,
                         Map<String, ?> newValues) {
        String ip = null;
        try {
            ip = request.get().getIpAddress();
        } catch (RuntimeException noRequest) {
            // timers and MDBs have no web request: no IP to record
        }
        em.createNativeQuery("""
                        INSERT INTO audit_logs (id, user_id, action, entity_table, entity_id, old_values,
                                                new_values, ip_address, created_at)
                        VALUES (nextval('audit_logs_seq'), ?1, ?2, ?3, ?4, CAST(?5 AS jsonb), CAST(?6 AS jsonb), ?7, now())
                        """)
                .setParameter(1, userId)
                .setParameter(2, action)
                .setParameter(3, entityTable)
                .setParameter(4, entityId == null ? null : String.valueOf(entityId))
                .setParameter(5, oldValues == null ? null : JSON.toJson(oldValues))
                .setParameter(6, newValues == null ? null : JSON.toJson(newValues))
                .setParameter(7, ip)
                .executeUpdate();
    }
}
