package pe.colca.sunatsim;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * The key the simulator signs its CDRs with, as SUNAT signs with its own: a self-signed RSA key bundled
 * in the WAR ({@code sunat-sim-cdr.p12}, password {@code sunat-sim-dev-only}: a development key, public
 * on purpose), or the PKCS#12 named by {@code colca.sunatsim.cdr.keystore} (password
 * {@code colca.sunatsim.cdr.keystore.password}, first alias).
 */
public record SimulatorKey(PrivateKey privateKey, X509Certificate certificate) {

    private static final String BUNDLED = "pe/colca/sunatsim/sunat-sim-cdr.p12";
    private static final String BUNDLED_PASSWORD = "sunat-sim-dev-only";

    public static SimulatorKey configured() {
        String file = System.getProperty("colca.sunatsim.cdr.keystore");
        String password = System.getProperty("colca.sunatsim.cdr.keystore.password", BUNDLED_PASSWORD);
        try (InputStream in = file == null || file.isBlank()
                ? SimulatorKey.class.getClassLoader().getResourceAsStream(BUNDLED)
                : Files.newInputStream(Path.of(file))) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the WAR");
            }
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password.toCharArray());
            String alias = ks.aliases().nextElement();
            return new SimulatorKey((PrivateKey) ks.getKey(alias, password.toCharArray()),
                    (X509Certificate) ks.getCertificate(alias));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the CDR signing key of the SUNAT simulator", e);
        }
    }
}
