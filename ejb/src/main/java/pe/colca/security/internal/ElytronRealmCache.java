package pe.colca.security.internal;

import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Empties the Elytron {@code caching-realm} in front of the JDBC realm of the EJB domain
 * ({@code wildfly-config/30-configure-security.cli}), so the next request of every user reads his
 * permissions from the database again. Goes through the server's management model as WildFly
 * exposes it in the platform MBean server (operation {@code clear-cache}); a server configured
 * without that realm (an older configuration) only logs once, and the realm's own maximum age still
 * bounds what it keeps.
 */
final class ElytronRealmCache {

    static final String REALM = "colca-jdbc-cache";
    private static final Logger LOG = Logger.getLogger(ElytronRealmCache.class.getName());
    private static volatile boolean warned;

    private ElytronRealmCache() {
    }

    static void clear() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            server.invoke(new ObjectName("jboss.as:subsystem=elytron,caching-realm=" + REALM), "clearCache",
                    new Object[0], new String[0]);
            LOG.fine("cleared the Elytron caching realm " + REALM);
        } catch (Exception | LinkageError e) {
            if (!warned) {
                warned = true;
                LOG.log(Level.WARNING, "cannot clear the Elytron caching realm {0} ({1}); cached permissions expire"
                        + " with the realm''s maximum age", new Object[] {REALM, e.toString()});
            }
        }
    }
}
