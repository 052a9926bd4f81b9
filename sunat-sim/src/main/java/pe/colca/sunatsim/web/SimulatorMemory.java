package pe.colca.sunatsim.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.colca.sunatsim.BillOffice;

/**
 * Carries what SUNAT keeps over a restart of the server: when the deployment stops (an undeploy, a
 * redeploy, {@code :shutdown(restart=true)}) the simulator's state ({@link BillOffice#export()}: documents,
 * CDRs, tickets and their answers, the informed/voided register, RA ids, fault switches) is written to
 * {@code <jboss.server.data.dir>/sunat-sim/state.bin} (or the file named by {@code colca.sunatsim.state});
 * the next start reads it back and deletes it. Real SUNAT never forgets a ticket because Colca's server
 * restarted; without this the simulator would answer 0127 to every ticket sent before a restart.
 * bin/colca-test deletes the folder before it starts the server, as the run's database is new.
 * A file that cannot be read is logged and set aside: the simulator starts empty, as before.
 */
final class SimulatorMemory {

    private static final Logger LOG = Logger.getLogger(SimulatorMemory.class.getName());
    private static final ObjectInputFilter ONLY_STATE =
            ObjectInputFilter.Config.createFilter("maxdepth=20;java.base/*;pe.colca.sunatsim.**;!*");

    private SimulatorMemory() {
    }

    /** Where the state is kept; null when the server has no data folder (unit tests). */
    static Path file() {
        String named = System.getProperty("colca.sunatsim.state");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        String data = System.getProperty("jboss.server.data.dir");
        return data == null ? null : Path.of(data, "sunat-sim", "state.bin");
    }

    static void save(BillOffice office) {
        Path file = file();
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp); ObjectOutputStream objects = new ObjectOutputStream(out)) {
                objects.writeObject(office.export());
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("SUNAT simulator state kept in " + file);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "SUNAT simulator state not kept in " + file + "; the next start begins empty", e);
        }
    }

    static void restore(BillOffice office) {
        Path file = file();
        if (file == null || !Files.isRegularFile(file)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file); ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(ONLY_STATE);
            office.restore((BillOffice.State) objects.readObject());
            LOG.info("SUNAT simulator state taken back from " + file);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            LOG.log(Level.WARNING, "SUNAT simulator state in " + file + " is unreadable; starting empty", e);
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete " + file, e);
        }
    }
}
