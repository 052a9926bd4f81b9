package pe.colca.security;

import jakarta.ejb.Local;
import java.util.List;
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

    /**
     * As {@link #recordAs} for many rows at once (one statement; the catalog import writes a chunk
     * set-based): each entry is one {@code audit_logs} row, in the caller's transaction.
     */
    void recordAllAs(List<Entry> entries);

    /** One row of {@link #recordAllAs}: the arguments of {@link #recordAs}. */
    record Entry(Long userId, String action, String entityTable, Object entityId, Map<String, ?> oldValues,
                 Map<String, ?> newValues) {
    }
}
