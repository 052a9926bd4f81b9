package pe.colca.settings;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.Instant;

/**
 * Starts and follows the maintenance batch jobs on demand (the scheduled runs start them too):
 * today the {@code settings-partition-maintenance} job. Starting needs {@code batch.job.start},
 * reading a run {@code batch.job.view}.
 */
@Local
public interface MaintenanceJobs {

    String PARTITION_MAINTENANCE = "settings-partition-maintenance";

    /**
     * Starts the partition-maintenance job; {@code periodsAhead} null means the configured
     * {@code maintenance.partitions.periods_ahead} (default 3).
     *
     * @return the job execution
     */
    JobRun startPartitionMaintenance(Integer periodsAhead);

    /**
     * A run of a maintenance job. @throws pe.colca.common.RecordNotFound when no maintenance job
     * ran with this execution id
     */
    JobRun run(long executionId);

    /**
     * A job execution.
     *
     * @param status     STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED or ABANDONED (Jakarta Batch)
     * @param exitStatus the job's exit status, e.g. {@code CREATED=3} (partitions created); null while running
     */
    record JobRun(long executionId, String jobName, String status, String exitStatus, Instant startedAt,
                  Instant endedAt) implements Serializable {
    }
}
