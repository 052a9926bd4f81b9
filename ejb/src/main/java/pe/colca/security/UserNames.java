package pe.colca.security;

import jakarta.ejb.Local;
import java.util.Collection;
import java.util.Map;

/**
 * Who did something, as other areas' screens name them: the full names of users by id, read-only.
 * Areas store user ids only (who started a count, who received a transfer) and ask this port for
 * the names of a whole page at once instead of joining {@code users}.
 */
@Local
public interface UserNames {

    /**
     * The full names of the given users, by id; deleted, locked and disabled users included (history
     * still names them); unknown ids and nulls are absent.
     */
    Map<Long, String> fullNames(Collection<Long> userIds);
}
