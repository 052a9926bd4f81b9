package pe.colca.batch.settings;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pe.colca.settings.SchemaMaintenance;

/**
 * Step of {@code settings-partition-maintenance}: asks the schema service for future partitions.
 * How many periods ahead: the job parameter {@code periodsAhead} when given, otherwise the setting
 * {@code maintenance.partitions.periods_ahead}.
 */
@Named
@Dependent
public class PartitionMaintenanceBatchlet extends AbstractBatchlet {

    @EJB
    private SchemaMaintenance schema;

    @Inject
    @BatchProperty
    private String periodsAhead;

    @Override
    public String process() {
        int ahead = periodsAhead == null || periodsAhead.isBlank() ? schema.configuredPeriodsAhead()
                : Integer.parseInt(periodsAhead.strip());
        int created = 0;
        for (String table : schema.partitionedTables()) {
            created += schema.ensurePartitions(table, ahead);
        }
        // the value process() returns IS the step's exit status (JBeret lets it override an exit
        // status set on the StepContext, which is how "CREATED=n" used to be lost)
        return "CREATED=" + created;
    }
}
