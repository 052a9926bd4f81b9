package pe.colca.security;

import jakarta.ejb.Local;
import java.util.Map;

/**
 * Writes {@code audit_logs}: who changed what, the old and new values as JSON, and the IP address.
 * Always joins the caller's transaction, so an audit row exists exactly when the change commits.
 */
@Local
public interface AuditTrail {

    void record(String action, String entityTable, Object entityId, Map<String, ?> oldValues,
                Map<String, ?> newValues);

    /**
     * As {@link #record}, for a change made on behalf of {@code userId} by a thread that carries no
     * identity (a batch job started by that user, e.g. the catalog import).
     */
    void recordAs(Long userId, String action, String entityTable, Object entityId, Map<String, ?> oldValues,
                  Map<String, ?> newValues);
}
