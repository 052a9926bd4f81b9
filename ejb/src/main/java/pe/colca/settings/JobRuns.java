package pe.colca.settings;

import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import pe.colca.common.RecordNotFound;
import pe.colca.settings.MaintenanceJobs.JobRun;

/** Reads a job execution for the on-demand job services (maintenance, loyalty expiry) as a {@link JobRun}. */
public final class JobRuns {

    private JobRuns() {
    }

    /**
     * The execution, with the exit status of its last step (a batchlet reports what it did there).
     *
     * @throws RecordNotFound when there is no such execution or it belongs to another job than {@code jobName}
     */
    public static JobRun read(long executionId, String jobName) {
        JobExecution execution;
        try {
            execution = BatchRuntime.getJobOperator().getJobExecution(executionId);
        } catch (NoSuchJobExecutionException e) {
            throw new RecordNotFound("entity.jobExecution", executionId);
        }
        if (execution == null || !jobName.equals(execution.getJobName())) {
            throw new RecordNotFound("entity.jobExecution", executionId);
        }
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
