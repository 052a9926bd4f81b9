package pe.colca.settings.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pe.colca.common.InvalidInput;
import pe.colca.settings.SchemaMaintenance;
import pe.colca.settings.Settings;

@Stateless
@PermitAll
public class DefaultSchemaMaintenance implements SchemaMaintenance {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Settings settings;

    static final String PERIODS_AHEAD_SETTING = "maintenance.partitions.periods_ahead";

    @Override
    public int configuredPeriodsAhead() {
        return settings.integer(PERIODS_AHEAD_SETTING);
    }

    @Override
    public int ensurePartitions(String table, int periodsAhead) {
        if (!PARTITIONED_TABLES.contains(table)) {
            throw InvalidInput.of("table", table + " is not partitioned by time");
        }
        Number created = (Number) em.createNativeQuery("SELECT colca_ensure_partitions(?1, ?2)")
                .setParameter(1, table)
                .setParameter(2, Math.max(0, periodsAhead))
                .getSingleResult();
        return created.intValue();
    }
}
