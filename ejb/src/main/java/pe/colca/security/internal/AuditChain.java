package pe.colca.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain of {@code audit_logs}: {@code row_hash = SHA-256(canonical(row) + prev_hash)} in
 * lower-case hex, where {@code prev_hash} is the {@code row_hash} of the row with {@code seq - 1}
 * ({@link #GENESIS} for seq 1). The sealer and the verification both call {@link #hash}, so there is
 * one definition of the canonical form.
 *
 * <p>Canonical form (version {@code v1}): the fields below, in this order, each written as
 * {@code <length>:<value>} (UTF-8 characters) or {@code -} for SQL NULL, separated by {@code |}:
 * id, seq, user_id, action, entity_table, entity_id, old_values, new_values, ip_address,
 * correlation_id, created_at (microseconds since the epoch), prev_hash. The JSON columns are
 * PostgreSQL's own text of the {@code jsonb} value (keys in its fixed order, normalised spacing), so the
 * same stored value always gives the same text. Length prefixes make the form unambiguous: no value
 * can imitate a field boundary.
 */
public final class AuditChain {

    /** The {@code prev_hash} of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "v1";

    private AuditChain() {
    }

    /** The content of one row as the chain sees it (JSON as PostgreSQL prints the jsonb value). */
    public record Content(long id, long seq, Long userId, String action, String entityTable, String entityId,
                          String oldValues, String newValues, String ipAddress, String correlationId,
                          long createdAtMicros) {
    }

    /** The canonical text of {@code row} chained to {@code prevHash}. */
    public static String canonical(Content row, String prevHash) {
        StringBuilder out = new StringBuilder(VERSION);
        field(out, String.valueOf(row.id()));
        field(out, String.valueOf(row.seq()));
        field(out, row.userId() == null ? null : String.valueOf(row.userId()));
        field(out, row.action());
        field(out, row.entityTable());
        field(out, row.entityId());
        field(out, row.oldValues());
        field(out, row.newValues());
        field(out, row.ipAddress());
        field(out, row.correlationId());
        field(out, String.valueOf(row.createdAtMicros()));
        field(out, prevHash);
        return out.toString();
    }

    /** {@code row_hash} of {@code row} after {@code prevHash}: SHA-256 of the canonical text, hex. */
    public static String hash(Content row, String prevHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical(row, prevHash).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void field(StringBuilder out, String value) {
        out.append('|');
        if (value == null) {
            out.append('-');
        } else {
            out.append(value.length()).append(':').append(value);
        }
    }
}
