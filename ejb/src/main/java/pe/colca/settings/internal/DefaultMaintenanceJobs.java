package pe.colca.settings.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Properties;
import jakarta.inject.Inject;
import pe.colca.common.InvalidInput;
import pe.colca.common.Messages;
import pe.colca.common.RequestMetadata;
import pe.colca.settings.JobRuns;
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
        return JobRuns.read(executionId, PARTITION_MAINTENANCE);
    }
}
