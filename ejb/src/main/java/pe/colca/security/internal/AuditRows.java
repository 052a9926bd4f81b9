package pe.colca.security.internal;

import jakarta.persistence.Tuple;

/**
 * The columns of {@code audit_logs} the hash chain covers, as the sealer and the verification read
 * them (one SELECT list, one mapping, so both hash the same text).
 */
final class AuditRows {

    /** {@code FROM audit_logs a} and the chain's columns; append a WHERE / ORDER BY / LIMIT. */
    static final String SELECT_CHAIN = "SELECT a.id, a.seq, a.user_id, a.action, a.entity_table, a.entity_id,"
            + " a.old_values::text AS old_values, a.new_values::text AS new_values, a.ip_address, a.correlation_id,"
            + " (extract(epoch FROM a.created_at) * 1000000)::bigint AS created_us, a.prev_hash, a.row_hash"
            + " FROM audit_logs a";

    private AuditRows() {
    }

    /** A row of {@link #SELECT_CHAIN} with its stored chain columns (null while unsealed). */
    record Stored(AuditChain.Content content, Long seq, String prevHash, String rowHash) {
    }

    /** The row as the chain sees it, at position {@code seq} (the stored one, or the one it is given now). */
    static Stored stored(Tuple t, Long sealAs) {
        Long storedSeq = number(t, "seq");
        long seq = sealAs != null ? sealAs : storedSeq == null ? 0 : storedSeq;
        AuditChain.Content content = new AuditChain.Content(number(t, "id"), seq, number(t, "user_id"),
                t.get("action", String.class), t.get("entity_table", String.class), t.get("entity_id", String.class),
                t.get("old_values", String.class), t.get("new_values", String.class),
                t.get("ip_address", String.class), t.get("correlation_id", String.class), number(t, "created_us"));
        return new Stored(content, storedSeq, t.get("prev_hash", String.class), t.get("row_hash", String.class));
    }

    private static Long number(Tuple t, String column) {
        Object value = t.get(column);
        return value == null ? null : ((Number) value).longValue();
    }
}
