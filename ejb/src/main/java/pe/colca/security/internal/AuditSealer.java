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
import java.sql.PreparedStatement;
import java.util.List;
import org.hibernate.Session;

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
        if (rows.isEmpty()) {
            return 0;
        }
        Long[] ids = new Long[rows.size()];
        Long[] seqs = new Long[rows.size()];
        String[] prevs = new String[rows.size()];
        String[] hashes = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            seq++;
            AuditRows.Stored stored = AuditRows.stored((Tuple) rows.get(i), seq);
            String hash = AuditChain.hash(stored.content(), prev);
            ids[i] = stored.content().id();
            seqs[i] = seq;
            prevs[i] = prev;
            hashes[i] = hash;
            prev = hash;
        }
        // the whole batch in one statement (one round trip, not one per row)
        int[] updated = new int[1];
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    UPDATE audit_logs a SET seq = u.seq, prev_hash = u.prev_hash, row_hash = u.row_hash
                    FROM unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[]) AS u(id, seq, prev_hash, row_hash)
                    WHERE a.id = u.id AND a.row_hash IS NULL
                    """)) {
                st.setArray(1, c.createArrayOf("bigint", ids));
                st.setArray(2, c.createArrayOf("bigint", seqs));
                st.setArray(3, c.createArrayOf("varchar", prevs));
                st.setArray(4, c.createArrayOf("varchar", hashes));
                updated[0] = st.executeUpdate();
            }
        });
        if (updated[0] != rows.size()) {
            throw new IllegalStateException("audit rows changed while being sealed: " + updated[0] + " of "
                    + rows.size() + " sealed");
        }
        return rows.size();
    }
}
