package pe.colca.invoicing.internal.summary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.util.Properties;
import pe.colca.invoicing.SummaryRuns;
import pe.colca.settings.JobRuns;
import pe.colca.settings.MaintenanceJobs.JobRun;

/** {@link SummaryRuns} through the {@code JobOperator}, outside any transaction (the job has its own). */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultSummaryRuns implements SummaryRuns {

    @Override
    @RolesAllowed("batch.job.start")
    public JobRun start(LocalDate upTo) {
        Properties parameters = new Properties();
        if (upTo != null) {
            parameters.setProperty("upTo", upTo.toString());
        }
        return JobRuns.read(BatchRuntime.getJobOperator().start(JOB, parameters), JOB);
    }

    @Override
    @RolesAllowed("batch.job.view")
    public JobRun run(long executionId) {
        return JobRuns.read(executionId, JOB);
    }
}
