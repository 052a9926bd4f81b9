package pe.colca.security.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import pe.colca.security.PermissionCheck;

/** {@link PermissionCheck} through the EJB security context: the roles are the permission slugs. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultPermissionCheck implements PermissionCheck {

    @Resource
    private SessionContext context;

    @Override
    public List<Set<String>> unmet(Collection<Set<String>> allOf) {
        List<Set<String>> unmet = new ArrayList<>();
        for (Set<String> anyOf : allOf) {
            if (anyOf.stream().noneMatch(context::isCallerInRole)) {
                unmet.add(anyOf);
            }
        }
        return unmet;
    }
}
