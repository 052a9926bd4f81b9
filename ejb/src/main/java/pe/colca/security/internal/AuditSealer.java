package pe.colca.security.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.List;

/**
 * Chains committed audit rows: takes the unsealed rows in id order and gives each the next
 * {@code seq}, the previous row's hash and its own ({@link AuditChain}). Business transactions never
 * wait for this: they insert their row unsealed, and sealing runs after their commit (nudge) and every
 * few seconds ({@link AuditSealSchedule}).
 *
 * <p>One sealer at a time in the whole cluster: each batch runs in its own transaction that first
 * takes the transaction-level advisory lock {@link #LOCK}; a node that does not get it leaves the
 * work to the one that has it. The tail ({@code seq}, {@code row_hash} of the last sealed row) is read
 * after the lock, so it includes the previous batch's commit. A row inserted by a transaction that has
 * not committed yet is invisible here and is sealed by a later pass, with a later seq: the chain's order
 * is the order of sealing, not of ids.
 */
@Stateless
@PermitAll
public class AuditSealer {

    /** {@code pg_try_advisory_xact_lock} key of the sealer ("AUDITSEAL" in spirit; any constant works). */
    static final long LOCK = 0x4155_4449_5453_4541L;
    static final int BATCH = 500;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** Seals everything committed and unsealed now, batch after batch; returns how many rows it sealed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long sealPending() {
        return seal(200);
    }

    /**
     * As {@link #sealPending}, but returns at once when another pass holds the chain (it seals these
     * rows): for the timer and the after-commit nudge, which must never wait on each other.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long sealUnlessBusy() {
        return seal(0);
    }

    private long seal(int waits) {
        AuditSealer self = context.getBusinessObject(AuditSealer.class);
        long sealed = 0;
        int busy = 0;
        while (true) {
            int n = self.sealBatch(BATCH);
            if (n < 0 && busy++ < waits) {
                // another pass (the after-commit nudge, or another server) holds the chain: wait for it
                // rather than return while rows it has not reached yet are still pending
                try {
                    Thread.sleep(25);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return sealed;
                }
                continue;
            }
            if (n > 0) {
                sealed += n;
            }
            if (n < BATCH) {
                return sealed;
            }
        }
    }

    /**
     * One batch of at most {@code max} rows in a transaction of its own; -1 when another sealer holds
     * the lock (it will seal these rows).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sealBatch(int max) {
        Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return -1;
        }
        List<?> tail = em.createNativeQuery("SELECT seq, row_hash FROM audit_logs WHERE seq IS NOT NULL"
                + " ORDER BY seq DESC LIMIT 1", Tuple.class).getResultList();
        long seq = tail.isEmpty() ? 0 : ((Number) ((Tuple) tail.get(0)).get("seq")).longValue();
        String prev = tail.isEmpty() ? AuditChain.GENESIS : ((Tuple) tail.get(0)).get("row_hash", String.class);
        List<?> rows = em.createNativeQuery(AuditRows.SELECT_CHAIN + " WHERE a.row_hash IS NULL ORDER BY a.id LIMIT ?1",
                Tuple.class).setParameter(1, max).getResultList();
        for (Object row : rows) {
            seq++;
            AuditRows.Stored stored = AuditRows.stored((Tuple) row, seq);
            String hash = AuditChain.hash(stored.content(), prev);
            int updated = em.createNativeQuery("UPDATE audit_logs SET seq = ?1, prev_hash = ?2, row_hash = ?3"
                            + " WHERE id = ?4 AND row_hash IS NULL")
                    .setParameter(1, seq).setParameter(2, prev).setParameter(3, hash)
                    .setParameter(4, stored.content().id()).executeUpdate();
            if (updated != 1) {
                throw new IllegalStateException("audit row " + stored.content().id() + " changed while being sealed");
            }
            prev = hash;
        }
        return rows.size();
    }
}
