package pe.colca.testing;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ThreadLocalRandom;
import pe.colca.common.Ruc;

/** Fixtures of the companies tests: fresh valid RUCs and the test PKCS#12 files (password {@link #P12_PASSWORD}). */
public final class Companies {

    /** Password of the test-only PKCS#12 files under src/test/resources/pe/colca/invoicing. */
    public static final String P12_PASSWORD = "colca-test";

    private Companies() {
    }

    /** A valid company RUC (prefix 20, right check digit) no other test uses. */
    public static String newRuc() {
        String firstTen = "20" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return firstTen + Ruc.checkDigit(firstTen);
    }

    /** {@code test-signer.p12} (valid 20 years) or {@code expired-signer.p12}. */
    public static byte[] p12(String name) {
        try (InputStream in = Companies.class.getResourceAsStream("/pe/colca/invoicing/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
