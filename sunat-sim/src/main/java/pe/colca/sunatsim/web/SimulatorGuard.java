package pe.colca.sunatsim.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Map;
import java.util.logging.Logger;
import pe.colca.sunatsim.BillOffice;
import pe.colca.sunatsim.Faults;
import pe.colca.sunatsim.SimulatorKey;
import pe.colca.sunatsim.SolUsers;

/**
 * Starts the simulator with the deployment, and refuses to start it outside development: unless the
 * server runs with {@code COLCA_ENV=development} (what bin/colca-run and bin/colca-test set) the
 * deployment fails with a clear message, so a production server never answers as SUNAT.
 */
@WebListener
public class SimulatorGuard implements ServletContextListener {

    static final String REFUSAL = "The SUNAT simulator runs only with COLCA_ENV=development";
    private static final Logger LOG = Logger.getLogger(SimulatorGuard.class.getName());
    private static volatile BillOffice office;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        check(System.getenv());
        office = new BillOffice(SolUsers.configured(), new Faults(), SimulatorKey.configured());
        SimulatorMemory.restore(office);
        LOG.warning("SUNAT simulator started (development only): billService at " + event.getServletContext().getContextPath()
                + "/billService, fault injection at " + event.getServletContext().getContextPath() + "/admin/");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        BillOffice o = office;
        if (o != null) {
            SimulatorMemory.save(o);
        }
        office = null;
    }

    /** Throws unless {@code env} says development. */
    public static void check(Map<String, String> env) {
        String value = env.get("COLCA_ENV");
        if (!"development".equals(value)) {
            throw new IllegalStateException(REFUSAL + " (COLCA_ENV is " + (value == null ? "unset" : "'" + value + "'")
                    + "); it must never be deployed to a real server. docs/sunat-simulator.md");
        }
    }

    /** The simulator of this deployment. */
    public static BillOffice office() {
        BillOffice o = office;
        if (o == null) {
            throw new IllegalStateException("the SUNAT simulator is not started");
        }
        return o;
    }
}
