package pe.colca.security;

import pe.colca.common.BusinessException;

/**
 * The caller acts outside his store scope: the location is not one of his ({@code user_locations})
 * and he does not hold {@code security.scope.all} (HTTP 403 {@code out-of-scope}). Nothing changed.
 */
public class OutOfScope extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final long locationId;

    public OutOfScope(long locationId) {
        super(Kind.FORBIDDEN, "out-of-scope", "security.scope.outOfScope", String.valueOf(locationId));
        this.locationId = locationId;
    }

    /** The location the caller may not act in. */
    public long locationId() {
        return locationId;
    }
}
