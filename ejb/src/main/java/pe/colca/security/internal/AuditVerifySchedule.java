package pe.colca.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every day at 03:30 Lima time, the audit chain is verified ({@link AuditVerifyJob}). Not persistent. */
@Singleton
@PermitAll
public class AuditVerifySchedule {

    private static final Logger LOG = Logger.getLogger(AuditVerifySchedule.class.getName());

    @EJB
    private AuditVerifyJob job;

    @Schedule(hour = "3", minute = "30", timezone = "America/Lima", persistent = false,
            info = "daily audit chain verification")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void daily() {
        try {
            job.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "daily audit chain verification failed to run; tomorrow's retries", e);
        }
    }
}
