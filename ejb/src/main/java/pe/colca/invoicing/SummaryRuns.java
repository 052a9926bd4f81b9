package pe.colca.invoicing;

import jakarta.ejb.Local;
import java.time.LocalDate;
import pe.colca.settings.MaintenanceJobs.JobRun;

/**
 * Runs the daily summary job ({@value #JOB}) on demand, besides its schedule (01:30 Lima): for every
 * company in summary mode and every issue date of the last 7 days with boletas or notes still to inform,
 * the RC files, queued for sending. Idempotent: a document already in a summary is not taken again.
 * Starting needs {@code batch.job.start}, reading a run {@code batch.job.view}.
 */
@Local
public interface SummaryRuns {

    /** The Jakarta Batch job name (batch-jobs/invoicing-summaries.xml). */
    String JOB = "invoicing-summaries";

    /** Starts the job for the issue dates up to {@code upTo} (null: yesterday in Lima). */
    JobRun start(LocalDate upTo);

    /** @throws pe.colca.common.RecordNotFound when no such run of this job exists */
    JobRun run(long executionId);
}
