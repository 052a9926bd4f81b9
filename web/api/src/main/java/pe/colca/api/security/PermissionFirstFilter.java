package pe.colca.api.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import pe.colca.security.PermissionCheck;

/**
 * Permission before validation: for a signed-in caller, the matched resource method's declared
 * permissions ({@code @RolesAllowed}: any one of; {@link RequiresAll}: each of; {@code @PermitAll}:
 * none) are checked before RESTEasy reads the body and before the method parses or validates it, so a
 * caller without the permission gets 403 (and an {@code ACCESS_DENIED} audit row, through
 * {@code EjbAccessExceptionMapper}) whatever he sent, never a 400 that tells him what a valid request
 * looks like. The services keep their own {@code @RolesAllowed}: this is the first check, not the only
 * one. {@code PermissionMatrixIT} keeps each declaration equal to what the services called need.
 * Anonymous requests go on to the container's authentication (401).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class PermissionFirstFilter implements ContainerRequestFilter {

    private static final Map<Method, List<Set<String>>> DECLARED = new ConcurrentHashMap<>();

    @Context
    private ResourceInfo resource;

    @EJB
    private PermissionCheck permissions;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || request.getSecurityContext() == null
                || request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        List<Set<String>> needed = DECLARED.computeIfAbsent(method, PermissionFirstFilter::declared);
        if (needed.isEmpty()) {
            return;
        }
        List<Set<String>> unmet = permissions.unmet(needed);
        if (!unmet.isEmpty()) {
            throw new EJBAccessException("permission required before the request is read: " + unmet);
        }
    }

    /** What a resource method declares: each set is "any one of these", all sets are needed. */
    static List<Set<String>> declared(Method method) {
        List<Set<String>> needed = new ArrayList<>();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return List.of();
        }
        RolesAllowed any = method.getAnnotation(RolesAllowed.class);
        if (any == null) {
            any = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        if (any != null && any.value().length > 0) {
            needed.add(Set.copyOf(new LinkedHashSet<>(List.of(any.value()))));
        }
        RequiresAll all = method.getAnnotation(RequiresAll.class);
        if (all != null) {
            for (String one : all.value()) {
                needed.add(Set.of(one));
            }
        }
        return List.copyOf(needed);
    }
}
