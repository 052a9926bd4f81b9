package pe.colca.common.internal;

import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Applies the Flyway migrations while Hibernate builds the persistence unit, before it validates
 * the mapping against the schema. A {@code @Startup} bean would run too late: the persistence unit
 * is built (and validated) while the deployment installs. Registered in
 * {@code META-INF/services/org.hibernate.integrator.spi.Integrator}.
 */
public class FlywaySchemaIntegrator implements Integrator {

    static final String DATASOURCE = "java:jboss/datasources/ColcaDS";
    private static final Logger LOG = Logger.getLogger(FlywaySchemaIntegrator.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        DataSource dataSource;
        try {
            dataSource = (DataSource) new InitialContext().lookup(
                    System.getProperty("colca.flyway.datasource", DATASOURCE));
        } catch (NamingException e) {
            // Hibernate bootstrapped outside WildFly (a plain JUnit test): nothing to migrate here;
            // if the schema is missing, validation names the first missing table.
            LOG.warning(() -> "Colca: datasource " + DATASOURCE + " not found (" + e.getMessage()
                    + "); schema not migrated. On WildFly, configure it with wildfly-config/.");
            return;
        }
        MigrateResult result = Flyway.configure(FlywaySchemaIntegrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load()
                .migrate();
        LOG.info(() -> "Colca schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migration(s) applied now)");
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }
}
