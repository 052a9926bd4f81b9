package pe.colca.batch.customer;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Properties;

/**
 * Starts {@code customer-loyalty-expiry} every day at 03:20 Lima time (after the partition maintenance of
 * 02:10). Persistent timer (database store), so a cluster runs it once; bean-managed transactions because
 * a job must not start inside the timer's transaction.
 */
@Singleton
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class LoyaltyExpiryTimer {

    public static final String JOB = pe.colca.customer.LoyaltyExpiryRuns.JOB;

    @Schedule(hour = "3", minute = "20", timezone = "America/Lima", persistent = true, info = JOB)
    void daily() {
        BatchRuntime.getJobOperator().start(JOB, new Properties());
    }
}
