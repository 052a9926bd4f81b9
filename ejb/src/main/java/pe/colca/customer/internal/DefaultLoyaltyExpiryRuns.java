package pe.colca.customer.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Properties;
import pe.colca.common.RecordNotFound;
import pe.colca.customer.LoyaltyExpiryRuns;
import pe.colca.settings.MaintenanceJobs.JobRun;

/** {@link LoyaltyExpiryRuns} through the {@code JobOperator}, outside any transaction (the job has its own). */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultLoyaltyExpiryRuns implements LoyaltyExpiryRuns {

    @Override
    @RolesAllowed("batch.job.start")
    public JobRun start(LocalDate asOf) {
        Properties parameters = new Properties();
        if (asOf != null) {
            parameters.setProperty("asOf", asOf.toString());
        }
        return read(BatchRuntime.getJobOperator().start(JOB, parameters));
    }

    @Override
    @RolesAllowed("batch.job.view")
    public JobRun run(long executionId) {
        return read(executionId);
    }

    private static JobRun read(long executionId) {
        JobExecution execution;
        try {
            execution = BatchRuntime.getJobOperator().getJobExecution(executionId);
        } catch (NoSuchJobExecutionException e) {
            throw new RecordNotFound("entity.jobExecution", executionId);
        }
        if (execution == null || !JOB.equals(execution.getJobName())) {
            throw new RecordNotFound("entity.jobExecution", executionId);
        }
        return new JobRun(executionId, execution.getJobName(), execution.getBatchStatus().name(),
                execution.getExitStatus(), instant(execution.getStartTime()), instant(execution.getEndTime()));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
