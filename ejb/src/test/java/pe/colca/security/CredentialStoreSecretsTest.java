package pe.colca.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wildfly.security.auth.server.IdentityCredentials;
import org.wildfly.security.credential.PasswordCredential;
import org.wildfly.security.credential.store.CredentialStore;
import org.wildfly.security.credential.store.WildFlyElytronCredentialStoreProvider;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.ClearPassword;

/**
 * Secrets from an Elytron credential store of the format {@code create-credential-store.sh} writes
 * (KeyStoreCredentialStore, PKCS#12): the store first, the environment for what it lacks, and a clear
 * error for a store that cannot be opened.
 */
class CredentialStoreSecretsTest {

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        SecretSource.useEnvironment(null);
    }

    @Test
    @DisplayName("the store's aliases win over the environment; a missing alias falls back to it")
    void storeFirst() throws Exception {
        Path file = store("store-Pa55", Map.of("colca-jwt-keystore-password", "from-the-store-1",
                "colca-settings-key", "from-the-store-2"));
        Map<String, String> env = new HashMap<>(Map.of("COLCA_CREDENTIAL_STORE", file.toString(),
                "COLCA_CREDENTIAL_STORE_PASSWORD", "store-Pa55", "COLCA_JWT_KEYSTORE_PASSWORD", "from-the-env",
                "COLCA_DB_PASSWORD", "db-from-the-env", "COLCA_ENV", "production"));
        SecretSource.useEnvironment(env::get);
        assertArrayEquals("from-the-store-1".toCharArray(), SecretSource.jwtKeystorePassword());
        assertEquals("from-the-store-2", SecretSource.settingsKey());
        assertEquals("db-from-the-env", SecretSource.resolved().apply("COLCA_DB_PASSWORD"));
        assertEquals("production", SecretSource.resolved().apply("COLCA_ENV"));
    }

    @Test
    @DisplayName("production with the secrets only in the store passes the start-up rule")
    void productionFromTheStore() throws Exception {
        Path file = store("store-Pa55", Map.of("colca-jwt-keystore-password", "k3ystore-Pa55-long",
                "colca-db-password", "db-Pa55-long", "colca-settings-key", "q1w2e3r4t5y6u7i8o9p0"));
        Map<String, String> env = Map.of("COLCA_CREDENTIAL_STORE", file.toString(),
                "COLCA_CREDENTIAL_STORE_PASSWORD", "store-Pa55", "COLCA_ENV", "production");
        assertTrue(pe.colca.security.internal.SecretPolicyAccess.problems(resolvedOver(env)).isEmpty());
        Map<String, String> defaults = Map.of("COLCA_CREDENTIAL_STORE", store("store-Pa55",
                Map.of("colca-db-password", "colca")).toString(), "COLCA_CREDENTIAL_STORE_PASSWORD", "store-Pa55",
                "COLCA_ENV", "production");
        assertFalse(pe.colca.security.internal.SecretPolicyAccess.problems(resolvedOver(defaults)).isEmpty(),
                "a default stored in the store is still a default");
    }

    @Test
    @DisplayName("a store that cannot be opened is an error naming the store, never the environment's value instead")
    void unreadableStore() throws Exception {
        Path file = store("store-Pa55", Map.of("colca-db-password", "db-Pa55-long"));
        Map<String, String> env = Map.of("COLCA_CREDENTIAL_STORE", file.toString(),
                "COLCA_CREDENTIAL_STORE_PASSWORD", "wrong", "COLCA_DB_PASSWORD", "db-from-the-env");
        SecretSource.useEnvironment(env::get);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SecretSource.resolved().apply("COLCA_DB_PASSWORD"));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("db-Pa55-long"), e.getMessage());
        Map<String, String> missing = Map.of("COLCA_CREDENTIAL_STORE", dir.resolve("none.p12").toString(),
                "COLCA_CREDENTIAL_STORE_PASSWORD", "x");
        SecretSource.useEnvironment(missing::get);
        assertThrows(IllegalStateException.class, () -> SecretSource.resolved().apply("COLCA_DB_PASSWORD"));
    }

    private static java.util.function.UnaryOperator<String> resolvedOver(Map<String, String> env) {
        SecretSource.useEnvironment(env::get);
        return SecretSource.resolved();
    }

    /** A store as elytron-tool writes it ({@code --type KeyStoreCredentialStore --properties keyStoreType=PKCS12}). */
    private Path store(String password, Map<String, String> secrets) throws Exception {
        Path file = Files.createTempFile(dir, "colca-secrets", ".p12");
        Files.delete(file);
        CredentialStore store = CredentialStore.getInstance("KeyStoreCredentialStore", new WildFlyElytronCredentialStoreProvider());
        store.initialize(Map.of("location", file.toString(), "keyStoreType", "PKCS12", "create", "true", "modifiable", "true"),
                new CredentialStore.CredentialSourceProtectionParameter(IdentityCredentials.NONE.withCredential(
                        new PasswordCredential(ClearPassword.createRaw(ClearPassword.ALGORITHM_CLEAR, password.toCharArray())))),
                new java.security.Provider[] {new WildFlyElytronCredentialStoreProvider(), new WildFlyElytronPasswordProvider()});
        for (Map.Entry<String, String> s : secrets.entrySet()) {
            store.store(s.getKey(), new PasswordCredential(ClearPassword.createRaw(ClearPassword.ALGORITHM_CLEAR,
                    s.getValue().toCharArray())));
        }
        store.flush();
        return file;
    }
}
