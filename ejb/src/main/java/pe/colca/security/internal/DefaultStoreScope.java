package pe.colca.security.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import pe.colca.common.Where;
import pe.colca.security.Caller;
import pe.colca.security.OutOfScope;
import pe.colca.security.StoreScope;

/**
 * The caller's scope, kept as a resource of the current transaction: a check costs one query per
 * transaction for a scoped user and none for a holder of {@code security.scope.all} (the permission
 * is one of the caller's security roles). Outside a transaction each call reads again.
 */
@Stateless
@PermitAll
@DeclareRoles(StoreScope.ALL)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultStoreScope implements StoreScope {

    private static final Object KEY = new Object();
    private static final String PARAM = "scopeLocations";

    @Resource
    private SessionContext context;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Caller caller;

    @Override
    public boolean everywhere() {
        return scope().everywhere();
    }

    @Override
    public Set<Long> locations() {
        return scope().locations();
    }

    @Override
    public boolean includes(long locationId) {
        Scope scope = scope();
        return scope.everywhere() || scope.locations().contains(locationId);
    }

    @Override
    public void require(long locationId) {
        if (!includes(locationId)) {
            throw new OutOfScope(locationId);
        }
    }

    @Override
    public void requireAny(long locationId, long otherLocationId) {
        if (!includes(locationId) && !includes(otherLocationId)) {
            throw new OutOfScope(locationId);
        }
    }

    @Override
    public Where within(Where where, String column) {
        Scope scope = scope();
        if (scope.everywhere()) {
            return where;
        }
        return scope.locations().isEmpty() ? where.and("1 = 0")
                : where.and(column + " IN (:" + PARAM + ")", PARAM, scope.locations());
    }

    @Override
    public Where withinEither(Where where, String column, String otherColumn) {
        Scope scope = scope();
        if (scope.everywhere()) {
            return where;
        }
        return scope.locations().isEmpty() ? where.and("1 = 0")
                : where.and("(" + column + " IN (:" + PARAM + ") OR " + otherColumn + " IN (:" + PARAM + "))", PARAM,
                        scope.locations());
    }

    private Scope scope() {
        boolean inTransaction = transaction.getTransactionKey() != null;
        Scope known = inTransaction ? (Scope) transaction.getResource(KEY) : null;
        if (known == null) {
            known = read();
            if (inTransaction) {
                transaction.putResource(KEY, known);
            }
        }
        return known;
    }

    private Scope read() {
        if (context.isCallerInRole(ALL)) {
            return new Scope(true, Set.of());
        }
        Optional<Long> user = caller.userId();
        if (user.isEmpty()) {
            return new Scope(false, Set.of());
        }
        Set<Long> ids = new HashSet<>();
        for (Object id : em.createNativeQuery("SELECT location_id FROM user_locations WHERE user_id = ?1")
                .setParameter(1, user.get()).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return new Scope(false, Set.copyOf(ids));
    }

    private record Scope(boolean everywhere, Set<Long> locations) {
    }
}
