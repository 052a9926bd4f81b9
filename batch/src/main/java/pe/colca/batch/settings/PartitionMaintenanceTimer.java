package pe.colca.batch.settings;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Properties;

/**
 * Starts {@code settings-partition-maintenance} every day at 02:10 Lima time. The timer is
 * persistent (database store), so a cluster runs it once; bean-managed transactions because a
 * job must not start inside the timer's transaction.
 */
@Singleton
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class PartitionMaintenanceTimer {

    @Schedule(hour = "2", minute = "10", timezone = "America/Lima", persistent = true,
            info = "settings-partition-maintenance")
    void daily() {
        BatchRuntime.getJobOperator().start("settings-partition-maintenance", new Properties());
    }
}
