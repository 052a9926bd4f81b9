package pe.colca.settings.internal;

import jakarta.annotation.security.PermitAll;
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

@Stateless
@PermitAll
public class DefaultSchemaMaintenance implements SchemaMaintenance {

    @PersistenceContext
    private EntityManager em;

    @Inject
    @Any
    private Instance<TimePartitionedTables> declared;

    static final String PERIODS_AHEAD_SETTING = "maintenance.partitions.periods_ahead";
    static final int DEFAULT_PERIODS_AHEAD = 3;

    @Override
    public int configuredPeriodsAhead() {
        List<?> values = em.createNativeQuery("SELECT value FROM system_settings WHERE setting_key = ?1")
                .setParameter(1, PERIODS_AHEAD_SETTING).getResultList();
        if (values.isEmpty() || values.get(0) == null) {
            return DEFAULT_PERIODS_AHEAD;
        }
        try {
            int value = Integer.parseInt(values.get(0).toString().strip());
            return value < 0 ? DEFAULT_PERIODS_AHEAD : value;
        } catch (NumberFormatException e) {
            return DEFAULT_PERIODS_AHEAD;
        }
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
