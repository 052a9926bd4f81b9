package pe.colca.security;

import jakarta.ejb.Local;
import java.util.Set;
import pe.colca.common.Where;

/**
 * Store scope: the locations the caller acts in and sees. A holder of {@code security.scope.all}
 * (administrators, auditors) acts everywhere; anyone else only in the locations of his
 * {@code user_locations} rows, and a user with no row acts nowhere. Services check it on every
 * location-bound action ({@link #require}) and filter every list ({@link #within}); screens only
 * follow. The answer is read once per transaction (one indexed query for a scoped user, none for a
 * holder of {@code security.scope.all}).
 */
@Local
public interface StoreScope {

    /** The permission that lifts the scope. */
    String ALL = "security.scope.all";

    /** Whether the caller acts in every location ({@value #ALL}). */
    boolean everywhere();

    /** The caller's locations (empty for a user without any, and meaningless when {@link #everywhere()}). */
    Set<Long> locations();

    /** Whether the caller may act in the location. */
    boolean includes(long locationId);

    /** @throws OutOfScope when the caller may not act in the location */
    void require(long locationId);

    /** @throws OutOfScope (naming the first) when the caller may act in none of the locations */
    void requireAny(long locationId, long otherLocationId);

    /**
     * Restricts a list query to the caller's locations: adds {@code AND column IN (:scopeLocations)}
     * (nothing for {@link #everywhere()}, a condition that matches no row for a user without
     * locations). {@code column} is a fixed JPQL or SQL expression, e.g. {@code "s.locationId"}.
     */
    Where within(Where where, String column);

    /** As {@link #within(Where, String)} for rows that belong to either of two locations (a transfer, a movement). */
    Where withinEither(Where where, String column, String otherColumn);
}
