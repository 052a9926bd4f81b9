package pe.colca.batch.invoicing;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Properties;
import pe.colca.invoicing.reconcile.ReconciliationService;

/**
 * Starts {@code invoicing-reconciliation} every day at 03:00 Lima time for the day before, after the daily
 * summaries (01:30) had time to be answered. Persistent timer (database store), so a cluster runs it once;
 * bean-managed transactions because a job must not start inside the timer's transaction.
 */
@Singleton
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class ReconciliationTimer {

    @Schedule(hour = "3", minute = "0", timezone = "America/Lima", persistent = true, info = ReconciliationService.JOB)
    void nightly() {
        // the day is fixed now, so a restart of this execution tomorrow still reconciles the same day
        Properties parameters = new Properties();
        parameters.setProperty("day", LocalDate.now(ZoneId.of("America/Lima")).minusDays(1).toString());
        BatchRuntime.getJobOperator().start(ReconciliationService.JOB, parameters);
    }
}
