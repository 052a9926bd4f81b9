package pe.colca.security;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code audit_logs}: who changed what, the old and new values as JSON, the client's address
 * and the request's correlation id. Joins the caller's transaction, so an audit row exists exactly
 * when the change commits (except {@link #recordDenied}, which must survive the refusal). The table
 * is append-only; rows are chained by hash after the commit (see {@code AuditSealer}).
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

    /**
     * An action the server refused for lack of a permission (HTTP 403, "no tiene permiso"), written in a
     * transaction of its own ({@code REQUIRES_NEW}) so that it stays when the caller's rolls back.
     * Action {@code ACCESS_DENIED}; {@code operation} says what was attempted (e.g. the HTTP method
     * and path, or the console page and button), {@code details} anything else worth keeping.
     */
    void recordDenied(String operation, Map<String, ?> details);
}
