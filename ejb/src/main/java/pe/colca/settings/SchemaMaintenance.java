package pe.colca.settings;

import jakarta.ejb.Local;

/** Keeps the database ready for time-partitioned tables. */
@Local
public interface SchemaMaintenance {

    /**
     * The tables partitioned by time, as their areas declare them ({@link TimePartitionedTables}):
     * monthly movements and audit logs, yearly loyalty movements.
     */
    java.util.List<String> partitionedTables();

    /**
     * Creates the partitions for the current period and {@code periodsAhead} following ones where
     * missing (idempotent), so inserts never land in the default partition.
     *
     * @return how many partitions were created
     */
    int ensurePartitions(String table, int periodsAhead);

    /** The setting {@code maintenance.partitions.periods_ahead} (V10), or 3 when missing or not a number ≥ 0. */
    int configuredPeriodsAhead();
}
