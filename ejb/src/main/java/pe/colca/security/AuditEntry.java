package pe.colca.security;

import java.time.Instant;
import java.util.Map;

/**
 * One audit row as the console and the API show it: who (id, email and name; null for the
 * system), what, old and new values, from where, which request, when, and its place in the chain
 * ({@code seq} null while unsealed).
 */
public record AuditEntry(long id, Long userId, String userEmail, String userName, String action, String entityTable,
                         String entityId, Map<String, Object> oldValues, Map<String, Object> newValues,
                         String ipAddress, String correlationId, Instant createdAt, Long seq, String rowHash) {
}
