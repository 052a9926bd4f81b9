package pe.colca.security;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where Colca's own code reads its secrets: the process environment of WildFly, never a system
 * property (system properties are visible to every deployment of the server and printed by the
 * management model). The values are not cached, so tests and key rotation see the current
 * environment; reading one is cheap.
 *
 * <p>Each secret is read from an Elytron credential store first, when {@code COLCA_CREDENTIAL_STORE}
 * names one ({@code wildfly-config/create-credential-store.sh} writes it and points the server's
 * datasources and JWT key store at the same aliases), and from the environment otherwise. Without a
 * store the server configuration reads the same variables by itself ({@code ${env.COLCA_DB_PASSWORD}}
 * in the datasources, {@code ${env.COLCA_JWT_KEYSTORE_PASSWORD}} in the Elytron key store): see
 * docs/security-hardening.md for both set-ups and for key rotation.
 *
 * <p>Outside development ({@link #ENVIRONMENT} is not {@code development}) the defaults below are refused
 * when the application starts ({@code security.internal.SecretsCheck}); in development they keep a
 * laptop working without any set-up.
 */
public final class SecretSource {

    /** {@code development} (what bin/colca-run and bin/colca-test set) or {@code production} (anything else). */
    public static final String ENVIRONMENT = "COLCA_ENV";
    public static final String DEVELOPMENT = "development";

    public static final String JWT_KEYSTORE_PASSWORD = "COLCA_JWT_KEYSTORE_PASSWORD";
    public static final String DB_PASSWORD = "COLCA_DB_PASSWORD";
    public static final String SETTINGS_KEY = "COLCA_SETTINGS_KEY";
    /** Only while rotating the settings key: the key the stored values were encrypted with. */
    public static final String SETTINGS_KEY_PREVIOUS = "COLCA_SETTINGS_KEY_PREVIOUS";

    /** The development defaults (public: in this repository): refused in production. */
    public static final Map<String, String> DEVELOPMENT_DEFAULTS = Map.of(
            JWT_KEYSTORE_PASSWORD, "colca-dev-only",
            DB_PASSWORD, "colca",
            SETTINGS_KEY, "colca-dev-only-settings-key");

    private static volatile UnaryOperator<String> environment = System::getenv;

    private SecretSource() {
    }

    /** The JWT signing keystore's password (also the key's, as keytool writes PKCS#12). */
    public static char[] jwtKeystorePassword() {
        return value(JWT_KEYSTORE_PASSWORD).toCharArray();
    }

    /** The secret the AES key of encrypted settings is derived from. */
    public static String settingsKey() {
        return value(SETTINGS_KEY);
    }

    /** The previous settings secret during a rotation, or null. */
    public static String previousSettingsKey() {
        String previous = environment.apply(SETTINGS_KEY_PREVIOUS);
        return previous == null || previous.isEmpty() ? null : previous;
    }

    /** Whether this server runs in development (COLCA_ENV=development). */
    public static boolean development() {
        String env = environment.apply(ENVIRONMENT);
        return env != null && DEVELOPMENT.equalsIgnoreCase(env.strip());
    }

    /** The variable's value (credential store, then environment), or its development default when not set. */
    static String value(String variable) {
        String v = resolved().apply(variable);
        return v == null || v.isEmpty() ? DEVELOPMENT_DEFAULTS.get(variable) : v;
    }

    /**
     * The secrets as configured, without defaults: a secret variable's value from the credential store
     * ({@code COLCA_CREDENTIAL_STORE}) when it holds its alias, else the environment; other variables
     * from the environment. What the start-up check judges.
     */
    public static UnaryOperator<String> resolved() {
        UnaryOperator<String> env = environment;
        return variable -> {
            String stored = CredentialStoreSecrets.read(env, variable);
            return stored != null ? stored : env.apply(variable);
        };
    }

    /** The environment read by this class (the process environment unless a unit test replaced it). */
    public static UnaryOperator<String> environment() {
        return environment;
    }

    /** For unit tests only: read from {@code source} instead of the process environment (null restores it). */
    public static void useEnvironment(UnaryOperator<String> source) {
        environment = source == null ? System::getenv : source;
    }
}
