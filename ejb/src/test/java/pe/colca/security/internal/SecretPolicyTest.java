package pe.colca.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SecretPolicyTest {

    private static Map<String, String> proper() {
        Map<String, String> env = new HashMap<>();
        env.put("COLCA_ENV", "production");
        env.put("COLCA_JWT_KEYSTORE_PASSWORD", "k3ystore-Pa55-long");
        env.put("COLCA_DB_PASSWORD", "db-Pa55-long");
        env.put("COLCA_SETTINGS_KEY", "q1w2e3r4t5y6u7i8o9p0");
        return env;
    }

    @Test
    @DisplayName("production with proper secrets: nothing to refuse")
    void properSecrets() {
        assertEquals(List.of(), SecretPolicy.problems(proper()::get));
    }

    @Test
    @DisplayName("production refuses each development default, each empty and each missing secret")
    void defaultsRefused() {
        Map<String, String> defaults = Map.of("COLCA_JWT_KEYSTORE_PASSWORD", "colca-dev-only",
                "COLCA_DB_PASSWORD", "colca", "COLCA_SETTINGS_KEY", "colca-dev-only-settings-key");
        defaults.forEach((variable, dev) -> {
            for (String bad : new String[] {dev, "", "  ", null}) {
                Map<String, String> env = proper();
                env.put(variable, bad);
                List<String> problems = SecretPolicy.problems(env::get);
                assertEquals(1, problems.size(), variable + "=" + bad + ": " + problems);
                assertTrue(problems.get(0).startsWith(variable), problems.get(0));
                if (bad != null && !bad.isBlank()) {
                    String message = SecretPolicy.message(problems);
                    assertFalse(message.contains("=" + bad + " ") || message.contains(": " + bad), "the value is never printed");
                    assertTrue(message.contains("docs/security-hardening.md"), message);
                }
            }
        });
    }

    @Test
    @DisplayName("without COLCA_ENV the server counts as production; demo data is refused there")
    void productionByDefault() {
        assertEquals(3, SecretPolicy.problems(name -> null).size());
        Map<String, String> env = proper();
        env.remove("COLCA_ENV");
        env.put("COLCA_DEMO_DATA", "true");
        List<String> problems = SecretPolicy.problems(env::get);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("COLCA_DEMO_DATA"));
    }

    @Test
    @DisplayName("development accepts the defaults")
    void development() {
        assertEquals(List.of(), SecretPolicy.problems(name -> "COLCA_ENV".equals(name) ? "development" : null));
        assertEquals(List.of(), SecretPolicy.problems(name -> "COLCA_ENV".equals(name) ? " Development " : null));
    }
}
