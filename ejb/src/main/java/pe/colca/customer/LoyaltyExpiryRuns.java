package pe.colca.customer;

import jakarta.ejb.Local;
import java.time.LocalDate;
import pe.colca.settings.MaintenanceJobs.JobRun;

/**
 * Runs the loyalty expiry job ({@value #JOB}) on demand, besides its daily schedule (03:20 Lima), and
 * follows its executions. The job is idempotent for a day, so a run on demand after the scheduled one writes
 * nothing more. Starting needs {@code batch.job.start}, reading a run {@code batch.job.view}.
 */
@Local
public interface LoyaltyExpiryRuns {

    /** The Jakarta Batch job name (batch-jobs/customer-loyalty-expiry.xml). */
    String JOB = "customer-loyalty-expiry";

    /** Starts the job for the day {@code asOf} (null: today in Lima); it runs after the call returns. */
    JobRun start(LocalDate asOf);

    /** @throws pe.colca.common.RecordNotFound when no loyalty expiry ran with this execution id */
    JobRun run(long executionId);
}
