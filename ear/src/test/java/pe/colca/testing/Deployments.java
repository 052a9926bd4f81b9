package pe.colca.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The deployments the integration tests use: the real colca.ear this build produced, and next to it the
 * SUNAT simulator, deployed once per run ({@link SunatSimulator}).
 */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive colca() {
        SunatSimulator.deployOnce();
        File ear = new File(System.getProperty("colca.ear", "target/colca.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException(ear + " does not exist: run the tests with bin/colca-test (mvn verify)");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
