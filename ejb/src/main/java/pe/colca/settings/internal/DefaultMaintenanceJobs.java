package pe.colca.settings.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import jakarta.inject.Inject;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.RecordNotFound;
import pe.colca.common.RequestMetadata;
import pe.colca.settings.MaintenanceJobs;

/**
 * Starts the maintenance jobs through {@link jakarta.batch.operations.JobOperator} outside any
 * transaction (a job must not start inside the caller's transaction; it runs on its own thread).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultMaintenanceJobs implements MaintenanceJobs {

    private static final int MAX_PERIODS_AHEAD = 36;

    @Inject
    private RequestMetadata request;

    @Override
    @RolesAllowed("batch.job.start")
    public JobRun startPartitionMaintenance(Integer periodsAhead) {
        Properties parameters = new Properties();
        if (periodsAhead != null) {
            if (periodsAhead < 0 || periodsAhead > MAX_PERIODS_AHEAD) {
                throw InvalidInput.of("periodsAhead", Messages.format(request.getLocale(), "settings.periodsAhead.range",
                        MAX_PERIODS_AHEAD));
            }
            parameters.setProperty("periodsAhead", String.valueOf(periodsAhead));
        }
        long execution = BatchRuntime.getJobOperator().start(PARTITION_MAINTENANCE, parameters);
        return run(execution);
    }

    @Override
    @RolesAllowed("batch.job.view")
    public JobRun run(long executionId) {
        JobExecution execution;
        try {
            execution = BatchRuntime.getJobOperator().getJobExecution(executionId);
        } catch (NoSuchJobExecutionException e) {
            throw new RecordNotFound("entity.jobExecution", executionId);
        }
        if (execution == null || !PARTITION_MAINTENANCE.equals(execution.getJobName())) {
            throw new RecordNotFound("entity.jobExecution", executionId);
        }
        // the batchlet reports what it did in its step's exit status (CREATED=n)
        List<StepExecution> steps = BatchRuntime.getJobOperator().getStepExecutions(executionId);
        String exit = steps == null || steps.isEmpty() ? execution.getExitStatus()
                : steps.get(steps.size() - 1).getExitStatus();
        return new JobRun(executionId, execution.getJobName(), execution.getBatchStatus().name(),
                exit, instant(execution.getStartTime()), instant(execution.getEndTime()));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
