package pe.colca.settings.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import pe.colca.common.InvalidInput;
import pe.colca.settings.SchemaMaintenance;
import pe.colca.settings.TimePartitionedTables;
import pe.colca.settings.Settings;

@Stateless
@PermitAll
public class DefaultSchemaMaintenance implements SchemaMaintenance {

    @PersistenceContext
    private EntityManager em;

    @Inject
    @Any
    private Instance<TimePartitionedTables> declared;

    @EJB
    private Settings settings;

    static final String PERIODS_AHEAD_SETTING = "maintenance.partitions.periods_ahead";

    @Override
    public int configuredPeriodsAhead() {
        return settings.integer(PERIODS_AHEAD_SETTING);
    }

    @Override
    public List<String> partitionedTables() {
        return declared.stream().flatMap(d -> d.timePartitionedTables().stream()).sorted().toList();
    }

    @Override
    public int ensurePartitions(String table, int periodsAhead) {
        if (!partitionedTables().contains(table)) {
            throw InvalidInput.of("table", table + " is not partitioned by time");
        }
        Number created = (Number) em.createNativeQuery("SELECT colca_ensure_partitions(?1, ?2)")
                .setParameter(1, table)
                .setParameter(2, Math.max(0, periodsAhead))
                .getSingleResult();
        return created.intValue();
    }
}
