package pe.colca.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signs with a keystore made by keytool, the way the server configuration makes it. */
class JwtSignerTest {

    @TempDir
    static Path dir;

    static Path keystore;

    @BeforeAll
    static void keytool() throws Exception {
        keystore = dir.resolve("jwt.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "colca-jwt",
                "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA", "-validity", "30",
                "-dname", "CN=colca-jwt", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "keytool did not finish");
        assertEquals(0, process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void signsRs256WithoutKid() {
        JwtSigner signer = JwtSigner.fromKeyStore(keystore, "changeit".toCharArray(), "colca-jwt");
        String claims = "{\"iss\":\"colca\",\"sub\":\"admin@colca.test\",\"groups\":[\"inventory.location.view\"]}";

        String token = signer.sign(claims);

        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        assertEquals("{\"alg\":\"RS256\",\"typ\":\"JWT\"}", header);
        assertFalse(token.contains("="), "base64url without padding");
        assertEquals(claims, JwtSigner.claimsOf(token));
        assertTrue(signer.verify(token));
        assertFalse(signer.verify(parts[0] + "." + parts[1] + "x." + parts[2]), "tampered claims must fail");
    }

    @Test
    void refusesAWrongAliasOrPassword() throws Exception {
        assertThrows(IllegalStateException.class,
                () -> JwtSigner.fromKeyStore(keystore, "changeit".toCharArray(), "other"));
        assertThrows(IllegalStateException.class,
                () -> JwtSigner.fromKeyStore(keystore, "wrong".toCharArray(), "colca-jwt"));
        assertThrows(IllegalStateException.class,
                () -> JwtSigner.fromKeyStore(dir.resolve("missing.p12"), "changeit".toCharArray(), "colca-jwt"));
        assertTrue(Files.exists(keystore));
    }
}
