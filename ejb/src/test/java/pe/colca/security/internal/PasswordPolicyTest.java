package pe.colca.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final String EMAIL = "rosa.quispe@colca.pe";

    @Test
    void refusesShortLikeEmailAndCommon() {
        assertEquals(Optional.of("security.password.tooShort"), PasswordPolicy.refusal("Corta-123", EMAIL));
        assertEquals(Optional.of("security.password.tooShort"), PasswordPolicy.refusal(null, EMAIL));
        assertEquals(Optional.of("security.password.likeEmail"), PasswordPolicy.refusal(EMAIL, EMAIL));
        assertEquals(Optional.of("security.password.likeEmail"), PasswordPolicy.refusal("Rosa.Quispe2026", EMAIL));
        assertEquals(Optional.of("security.password.common"), PasswordPolicy.refusal("Password123456", EMAIL));
        assertEquals(Optional.of("security.password.common"), PasswordPolicy.refusal("qwertyuiop", EMAIL));
        assertEquals(Optional.of("security.password.common"), PasswordPolicy.refusal("1234567890", EMAIL));
        assertEquals(Optional.empty(), PasswordPolicy.refusal("Quipu-de-Colores-2026", EMAIL));
    }

    @Test
    void commonListIsShippedWithThousandsOfEntries() {
        assertTrue(PasswordPolicy.commonPasswords().size() > 5000, "size " + PasswordPolicy.commonPasswords().size());
        assertTrue(PasswordPolicy.commonPasswords().contains("contraseña123"));
    }

    @Test
    void oneTimePasswordsPassThePolicyAndHashAs2a() {
        String password = PasswordPolicy.oneTimePassword();
        assertEquals(14, password.length());
        assertEquals(Optional.empty(), PasswordPolicy.refusal(password, EMAIL));
        String hash = PasswordPolicy.hash(password);
        assertTrue(hash.startsWith("$2a$10$"), hash);
        assertTrue(PasswordPolicy.matches(password, hash));
        assertFalse(PasswordPolicy.matches(password + "x", hash));
        assertFalse(PasswordPolicy.matches(password, "not-a-hash"));
    }
}
