package pe.colca.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values read by native queries, as the domain types (the driver's answer depends on the column and query). */
public final class SqlValues {

    private SqlValues() {
    }

    /** A timestamp as an Instant: drivers answer Instant, OffsetDateTime or Timestamp; null stays null. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
