package pe.colca.security.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import pe.colca.security.SecretSource;

/**
 * The rule of the start-up check: outside development, no secret may be missing, empty or a public
 * development default, and the demo users (known password) may not be loaded. Pure, so it is
 * unit-tested without a server; {@link SecretsCheck} applies it to the real environment.
 */
final class SecretPolicy {

    private SecretPolicy() {
    }

    /**
     * What is wrong with the environment's secrets (empty = fine, and always empty in development).
     * The messages name the variable and why, never its value.
     */
    static List<String> problems(UnaryOperator<String> env) {
        String mode = env.apply(SecretSource.ENVIRONMENT);
        if (mode != null && SecretSource.DEVELOPMENT.equalsIgnoreCase(mode.strip())) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        for (String variable : List.of(SecretSource.JWT_KEYSTORE_PASSWORD, SecretSource.DB_PASSWORD,
                SecretSource.SETTINGS_KEY)) {
            String value = env.apply(variable);
            if (value == null || value.isBlank()) {
                problems.add(variable + " is not set");
            } else if (isDefault(variable, value)) {
                problems.add(variable + " is the public development default");
            }
        }
        if (Boolean.parseBoolean(String.valueOf(env.apply("COLCA_DEMO_DATA")).strip())) {
            problems.add("COLCA_DEMO_DATA=true would create the demo users with a known password");
        }
        return problems;
    }

    /** The one message of a refused start. */
    static String message(List<String> problems) {
        return "Colca refuses to start outside development with missing or default secrets: "
                + String.join("; ", problems)
                + ". Set them in WildFly's environment or its credential store (docs/security-hardening.md), or set "
                + SecretSource.ENVIRONMENT + "=" + SecretSource.DEVELOPMENT + " on a developer machine.";
    }

    private static boolean isDefault(String variable, String value) {
        String dev = SecretSource.DEVELOPMENT_DEFAULTS.get(variable);
        return value.strip().equals(dev);
    }
}
