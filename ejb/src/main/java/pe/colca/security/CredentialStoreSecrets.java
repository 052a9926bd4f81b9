package pe.colca.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Provider;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.wildfly.security.auth.server.IdentityCredentials;
import org.wildfly.security.credential.PasswordCredential;
import org.wildfly.security.credential.store.CredentialStore;
import org.wildfly.security.credential.store.WildFlyElytronCredentialStoreProvider;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.ClearPassword;

/**
 * The secrets of an Elytron credential store (PKCS#12, written by
 * {@code wildfly-config/create-credential-store.sh}): the file named by {@code COLCA_CREDENTIAL_STORE},
 * opened read-only with {@code COLCA_CREDENTIAL_STORE_PASSWORD}. Each variable of {@link SecretSource}
 * has its alias; a missing alias falls back to the environment. A store that is configured but cannot
 * be opened is an error (never silently the environment or a default).
 */
final class CredentialStoreSecrets {

    static final String LOCATION = "COLCA_CREDENTIAL_STORE";
    static final String PASSWORD = "COLCA_CREDENTIAL_STORE_PASSWORD";

    /** Variable of {@link SecretSource} → alias in the store. */
    static final Map<String, String> ALIASES = Map.of(
            SecretSource.JWT_KEYSTORE_PASSWORD, "colca-jwt-keystore-password",
            SecretSource.DB_PASSWORD, "colca-db-password",
            SecretSource.SETTINGS_KEY, "colca-settings-key");

    private static final Provider[] PROVIDERS = {
        new WildFlyElytronCredentialStoreProvider(), new WildFlyElytronPasswordProvider()};

    private CredentialStoreSecrets() {
    }

    /** Whether the environment names a store. */
    static boolean configured(UnaryOperator<String> env) {
        String location = env.apply(LOCATION);
        return location != null && !location.isBlank();
    }

    private record Loaded(String location, long modified, long size, int passwordHash, Map<String, String> values) {
    }

    private static volatile Loaded loaded;

    /**
     * The secret of {@code variable} in the store the environment names, or null (no store, or no such
     * alias). The store is read once and again only when its file changes.
     */
    static String read(UnaryOperator<String> env, String variable) {
        if (!ALIASES.containsKey(variable) || !configured(env)) {
            return null;
        }
        return values(env).get(variable);
    }

    private static Map<String, String> values(UnaryOperator<String> env) {
        Path location = Path.of(env.apply(LOCATION).strip());
        String password = env.apply(PASSWORD);
        if (!Files.isReadable(location)) {
            throw new IllegalStateException(LOCATION + " names " + location + ", which cannot be read");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalStateException(PASSWORD + " is not set (" + LOCATION + " is)");
        }
        try {
            long modified = Files.getLastModifiedTime(location).toMillis();
            long size = Files.size(location);
            Loaded current = loaded;
            if (current != null && current.location().equals(location.toString()) && current.modified() == modified
                    && current.size() == size && current.passwordHash() == password.hashCode()) {
                return current.values();
            }
            CredentialStore store = CredentialStore.getInstance("KeyStoreCredentialStore", PROVIDERS[0]);
            store.initialize(Map.of("location", location.toString(), "keyStoreType", "PKCS12",
                    "modifiable", "false", "create", "false"),
                    new CredentialStore.CredentialSourceProtectionParameter(
                            IdentityCredentials.NONE.withCredential(new PasswordCredential(
                                    ClearPassword.createRaw(ClearPassword.ALGORITHM_CLEAR, password.toCharArray())))),
                    PROVIDERS);
            Map<String, String> values = new HashMap<>();
            for (Map.Entry<String, String> alias : ALIASES.entrySet()) {
                if (store.exists(alias.getValue(), PasswordCredential.class)) {
                    Password secret = store.retrieve(alias.getValue(), PasswordCredential.class).getPassword();
                    char[] chars = secret.castAndApply(ClearPassword.class, ClearPassword::getPassword);
                    if (chars != null) {
                        values.put(alias.getKey(), new String(chars));
                    }
                }
            }
            loaded = new Loaded(location.toString(), modified, size, password.hashCode(), Map.copyOf(values));
            return loaded.values();
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            // the message names the store, never a value
            throw new IllegalStateException("the credential store " + location + " (" + LOCATION
                    + ") could not be opened: " + e.getMessage(), e);
        }
    }
}
