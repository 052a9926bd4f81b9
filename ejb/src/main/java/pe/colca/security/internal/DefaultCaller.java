package pe.colca.security.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.security.Principal;
import java.util.Optional;
import pe.colca.security.AuthenticatedUsers;
import pe.colca.security.AuthenticatedUsers.AuthenticatedUser;
import pe.colca.security.Caller;

/**
 * The caller from the EJB principal: an email for console logins, the user id ({@code sub}) for API
 * tokens. Both resolve through {@link AuthenticatedUsers}, so neither costs a query in the common case.
 */
@Stateless
@PermitAll
public class DefaultCaller implements Caller {

    private static final String ANONYMOUS = "anonymous";

    @Resource
    private SessionContext context;

    @EJB
    private AuthenticatedUsers users;

    @Override
    public String name() {
        String principal = principal();
        if (principal == null) {
            return ANONYMOUS;
        }
        if (DefaultAuthenticatedUsers.isId(principal)) {
            return users.byId(Long.parseLong(principal)).map(AuthenticatedUser::email).orElse(principal);
        }
        return principal;
    }

    @Override
    public Optional<Long> userId() {
        String principal = principal();
        if (principal == null) {
            return Optional.empty();
        }
        return users.byPrincipal(principal).map(AuthenticatedUser::id);
    }

    private String principal() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || ANONYMOUS.equals(name) ? null : name;
    }
}
