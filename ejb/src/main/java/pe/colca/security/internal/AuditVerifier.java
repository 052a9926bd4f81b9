package pe.colca.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.List;
import pe.colca.security.AuditCheck;

/**
 * Walks the chain from seq 1 in pages (keyset on {@code seq}) and recomputes every hash; stops at the
 * first broken link. Permission checks are the callers' (the console/API service needs
 * {@code audit.view}; the daily job is the server's own).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditVerifier {

    static final int PAGE = 1000;

    @PersistenceContext
    private EntityManager em;

    public AuditCheck walk() {
        long expectedSeq = 1;
        String prev = AuditChain.GENESIS;
        long checked = 0;
        while (true) {
            List<?> rows = em.createNativeQuery(AuditRows.SELECT_CHAIN + " WHERE a.seq >= ?1 ORDER BY a.seq LIMIT ?2",
                    Tuple.class).setParameter(1, expectedSeq).setParameter(2, PAGE).getResultList();
            for (Object row : rows) {
                AuditRows.Stored s = AuditRows.stored((Tuple) row, null);
                long id = s.content().id();
                if (s.seq() != expectedSeq) {
                    return AuditCheck.broken(checked, unsealed(), id, s.seq(), "SEQ_GAP", String.valueOf(expectedSeq),
                            String.valueOf(s.seq()));
                }
                if (!prev.equals(s.prevHash())) {
                    return AuditCheck.broken(checked, unsealed(), id, s.seq(), "PREV_HASH", prev, s.prevHash());
                }
                String expected = AuditChain.hash(s.content(), s.prevHash());
                if (!expected.equals(s.rowHash())) {
                    return AuditCheck.broken(checked, unsealed(), id, s.seq(), "ROW_HASH", expected, s.rowHash());
                }
                prev = s.rowHash();
                expectedSeq++;
                checked++;
            }
            if (rows.size() < PAGE) {
                return AuditCheck.intact(checked, unsealed());
            }
        }
    }

    private long unsealed() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM audit_logs WHERE row_hash IS NULL")
                .getSingleResult()).longValue();
    }
}
