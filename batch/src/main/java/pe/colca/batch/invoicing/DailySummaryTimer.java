package pe.colca.batch.invoicing;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Properties;
import pe.colca.invoicing.SummaryRuns;

/**
 * Starts {@code invoicing-summaries} every day at 01:30 Lima time, for the boletas of the days before.
 * Persistent timer (database store), so a cluster runs it once; bean-managed transactions because a job
 * must not start inside the timer's transaction.
 */
@Singleton
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class DailySummaryTimer {

    @Schedule(hour = "1", minute = "30", timezone = "America/Lima", persistent = true, info = SummaryRuns.JOB)
    void daily() {
        BatchRuntime.getJobOperator().start(SummaryRuns.JOB, new Properties());
    }
}
