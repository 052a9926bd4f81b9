package pe.colca.security;

import java.time.Instant;

/**
 * The result of walking the audit hash chain. {@code ok} when every sealed row's stored hash equals
 * the one recomputed from its content and the previous row's hash, and the sequence has no gap.
 * Otherwise the first broken link: the row ({@code brokenRowId}, {@code brokenSeq}), what was
 * expected and what is stored ({@code expected}/{@code stored}: a hash, or a seq for a gap), and
 * {@code reason} ({@code ROW_HASH}: the row's content or hash changed; {@code PREV_HASH}: the link to
 * the previous row is broken, a row before it was removed or re-sealed; {@code SEQ_GAP}: a row is
 * missing). {@code unsealedRows}: rows written but not chained yet (the sealer runs every few seconds).
 */
public record AuditCheck(boolean ok, long checkedRows, long unsealedRows, Long brokenRowId, Long brokenSeq,
                         String reason, String expected, String stored, Instant checkedAt) {

    public static AuditCheck intact(long checkedRows, long unsealedRows) {
        return new AuditCheck(true, checkedRows, unsealedRows, null, null, null, null, null, Instant.now());
    }

    public static AuditCheck broken(long checkedRows, long unsealedRows, long rowId, long seq, String reason,
                                    String expected, String stored) {
        return new AuditCheck(false, checkedRows, unsealedRows, rowId, seq, reason, expected, stored, Instant.now());
    }
}
