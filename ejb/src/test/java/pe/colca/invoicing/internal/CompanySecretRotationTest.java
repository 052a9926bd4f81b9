package pe.colca.invoicing.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.invoicing.internal.CompanySecretRotation.Rotated;
import pe.colca.invoicing.internal.CompanySecretRotation.Secret;

class CompanySecretRotationTest {

    private static final String RUC = "20601122333";
    private final CompanySecrets old = new CompanySecrets("the-old-secret-0123456789");
    private final CompanySecrets next = new CompanySecrets("the-new-secret-9876543210");

    @Test
    @DisplayName("secrets under the old key are re-encrypted for the same company and column; rotated ones are left alone")
    void rotates() {
        List<Secret> stored = List.of(
                new Secret(1, RUC, "sol_pass", old.encrypt(RUC, "sol_pass", "moddatos")),
                new Secret(1, RUC, "certificate_password", next.encrypt(RUC, "certificate_password", "x")));

        List<Rotated> changed = CompanySecretRotation.reencrypt(stored, old, next);

        assertEquals(1, changed.size());
        assertEquals("sol_pass", changed.get(0).column());
        assertArrayEquals("moddatos".getBytes(StandardCharsets.UTF_8),
                next.decrypt(RUC, "sol_pass", changed.get(0).stored()));
        assertTrue(CompanySecretRotation.reencrypt(List.of(new Secret(1, RUC, "sol_pass", changed.get(0).stored())),
                old, next).isEmpty(), "a second run changes nothing");
    }

    @Test
    @DisplayName("a secret that decrypts with neither key stops the rotation, naming the company and column")
    void refusesForeign() {
        CompanySecrets other = new CompanySecrets("some-third-secret");
        List<Secret> stored = List.of(new Secret(1, RUC, "certificate_data", other.encrypt(RUC, "certificate_data", "p12")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CompanySecretRotation.reencrypt(stored, old, next));
        assertTrue(e.getMessage().contains("certificate_data of company " + RUC), e.getMessage());
    }
}
