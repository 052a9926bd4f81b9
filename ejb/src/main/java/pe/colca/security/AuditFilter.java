package pe.colca.security;

import java.time.Instant;

/**
 * Filters of the audit list; null = any. {@code user} matches the email or name (contains, case and
 * accent as typed); {@code entityTable} and {@code action} are exact; {@code from} inclusive,
 * {@code to} exclusive.
 */
public record AuditFilter(String user, String entityTable, String entityId, String action, Instant from,
                          Instant to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    /** Blank strings as null, others stripped. */
    public AuditFilter normalized() {
        return new AuditFilter(clean(user), clean(entityTable), clean(entityId), clean(action), from, to);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
