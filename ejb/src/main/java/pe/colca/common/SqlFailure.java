package pe.colca.common;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Finds the database's own reason in an exception chain (JPA wraps the driver's SQLException
 * several levels deep), so a service can turn a constraint the database enforced into a clear
 * business refusal.
 */
public final class SqlFailure {

    /** A UNIQUE constraint or unique index refused the row. */
    public static final String UNIQUE_VIOLATION = "23505";
    /** A FOREIGN KEY refused the row. */
    public static final String FOREIGN_KEY_VIOLATION = "23503";
    /** A CHECK constraint refused the row. */
    public static final String CHECK_VIOLATION = "23514";

    private SqlFailure() {
    }

    /** The first SQLException in the cause chain with this SQLSTATE, if any. */
    public static Optional<SQLException> find(Throwable error, String sqlState) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    public static boolean is(Throwable error, String sqlState) {
        return find(error, sqlState).isPresent();
    }
}
