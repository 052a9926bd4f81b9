package pe.colca.security;

import jakarta.ejb.Local;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Whether the caller holds permissions, asked before any work: the API checks an operation's declared
 * permissions ({@code PermissionFirstFilter}) before it reads or validates the request, with the same
 * security identity (and roles) the services' {@code @RolesAllowed} see.
 */
@Local
public interface PermissionCheck {

    /**
     * The requirements the caller does not meet: each set means "any one of these", every set is needed.
     * Empty when the caller may go on.
     */
    List<Set<String>> unmet(Collection<Set<String>> allOf);
}
