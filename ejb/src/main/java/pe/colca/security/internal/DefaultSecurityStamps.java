package pe.colca.security.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import pe.colca.security.SecurityStamps;

/**
 * Rotates the stamp in the caller's transaction and, once that transaction commits, drops what this
 * server cached: the user's entry of {@link UserCache} and the Elytron caching realm. So the node
 * that made the change refuses the old tokens and sessions at its next request; other nodes re-read
 * within {@code security.auth_cache_seconds}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DefaultSecurityStamps implements SecurityStamps {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Override
    public void rotate(long userId) {
        em.createNativeQuery("UPDATE users SET security_stamp = gen_random_uuid() WHERE id = ?1")
                .setParameter(1, userId)
                .executeUpdate();
        afterCommit(() -> {
            UserCache.forget(userId);
            ElytronRealmCache.clear();
        });
    }

    @Override
    public void permissionsChanged() {
        afterCommit(() -> {
            UserCache.clear();
            ElytronRealmCache.clear();
        });
    }

    private void afterCommit(Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing: the rows are written by the transaction itself
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
