package pe.colca.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import pe.colca.notification.NotificationChannel;
import pe.colca.notification.NotificationRequest;
import pe.colca.notification.Notifications;
import pe.colca.notification.Recipients;
import pe.colca.security.AuditCheck;

/**
 * The daily verification ({@link AuditVerifySchedule}): seals what is pending, walks the chain, and
 * when a link is broken enqueues an {@code AUDIT_CHAIN_BROKEN} notification (template
 * {@code security.audit_chain_broken}) to every active holder of {@code audit.view}, in the same
 * transaction as the walk. One node per run: the walk holds the advisory lock {@link #LOCK}.
 */
@Stateless
@PermitAll
public class AuditVerifyJob {

    static final long LOCK = 0x4155_4449_5456_4552L;
    static final String TYPE = "AUDIT_CHAIN_BROKEN";
    static final String TEMPLATE = "security.audit_chain_broken";
    static final String PERMISSION = "audit.view";

    private static final Logger LOG = Logger.getLogger(AuditVerifyJob.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditSealer sealer;

    @EJB
    private AuditVerifier verifier;

    @EJB
    private Notifications notifications;

    /** Seals, then checks (in a transaction of its own); null when another node is running the check. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AuditCheck run() {
        sealer.sealPending(); // NOT_SUPPORTED: its batches commit on their own
        Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return null;
        }
        AuditCheck check = verifier.walk();
        if (check.ok()) {
            LOG.info("audit chain intact: " + check.checkedRows() + " rows checked, " + check.unsealedRows()
                    + " not sealed yet");
            return check;
        }
        LOG.severe("audit chain BROKEN at row " + check.brokenRowId() + " (seq " + check.brokenSeq() + ", "
                + check.reason() + "): expected " + check.expected() + ", stored " + check.stored());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("rowId", check.brokenRowId());
        payload.put("seq", check.brokenSeq());
        payload.put("reason", check.reason());
        payload.put("expected", check.expected());
        payload.put("stored", check.stored());
        payload.put("checkedRows", check.checkedRows());
        payload.put("checkedAt", check.checkedAt().toString());
        notifications.enqueue(NotificationRequest.of(TYPE, NotificationChannel.EMAIL, TEMPLATE, payload,
                Recipients.staffWithPermission(PERMISSION)));
        return check;
    }
}
