package pe.colca.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ClientIntegration;

/**
 * Production mode for real: the EAR under test is deployed to a second server process of the harness's
 * WildFly installation (its own base directory with a copy of the harness's configuration, ports moved
 * 50 further, same PostgreSQL, already migrated) with {@code COLCA_ENV=production}. With the public
 * development secrets the deployment fails and the reason is the clear message of {@code SecretsCheck};
 * with secrets of its own it deploys: a new JWT keystore with a strong password, and the database password
 * and settings key only in an Elytron credential store (elytron-tool, as
 * {@code create-credential-store.sh} writes it), so the deployment proves the application reads the store. Two boots of
 * a server with one deployment each: the only costly test of the class, kept to what it proves.
 */
class ProductionModeIT extends ClientIntegration {

    private static final String REFUSAL = "Colca refuses to start outside development with missing or default secrets";

    @Test
    @DisplayName("COLCA_ENV=production: default secrets fail the deployment with the clear message; proper secrets deploy")
    void productionMode() throws Exception {
        Path home = Path.of(System.getProperty("jboss.home"));
        Path work = Files.createTempDirectory("colca-prod-");
        try {
            Map<String, String> env = new HashMap<>();
            env.put("COLCA_ENV", "production");
            env.put("COLCA_DEMO_DATA", "false");
            env.put("COLCA_JWT_KEYSTORE_PASSWORD", "colca-dev-only");
            env.put("COLCA_DB_PASSWORD", "colca");
            env.put("COLCA_SETTINGS_KEY", "colca-dev-only-settings-key");
            Outcome refused = deploy(home, work.resolve("defaults"), env);
            assertFalse(refused.deployed(), "deployed with the development secrets:\n" + refused.tail());
            assertTrue(refused.reason().contains(REFUSAL), "the refusal names the cause: " + refused.reason());
            for (String variable : List.of("COLCA_JWT_KEYSTORE_PASSWORD", "COLCA_DB_PASSWORD", "COLCA_SETTINGS_KEY")) {
                assertTrue(refused.reason().contains(variable + " is the public development default"), refused.reason());
            }
            assertFalse(refused.reason().contains("colca-dev-only"), "the message never shows a secret's value");

            // proper secrets: the JWT keystore's password in the environment (the server's key store reads
            // it there), the database password and the settings key only in an Elytron credential store
            // written by elytron-tool as create-credential-store.sh does: the application must read it
            String password = secret();
            Path keystore = work.resolve("colca-jwt.p12");
            keytool(keystore, password);
            Path store = work.resolve("colca-secrets.p12");
            String storePassword = secret();
            elytronTool(home, store, storePassword, "--create");
            elytronTool(home, store, storePassword, "--add", "colca-jwt-keystore-password", "--secret", password);
            elytronTool(home, store, storePassword, "--add", "colca-db-password", "--secret", secret());
            elytronTool(home, store, storePassword, "--add", "colca-settings-key", "--secret", secret());
            env.put("COLCA_JWT_KEYSTORE", keystore.toString());
            env.put("COLCA_JWT_KEYSTORE_PASSWORD", password);
            env.remove("COLCA_DB_PASSWORD"); // the throw-away PostgreSQL trusts local logins
            env.remove("COLCA_SETTINGS_KEY");
            env.put("COLCA_CREDENTIAL_STORE", store.toString());
            env.put("COLCA_CREDENTIAL_STORE_PASSWORD", storePassword);
            Outcome started = deploy(home, work.resolve("proper"), env);
            assertTrue(started.deployed(), "not deployed with proper secrets: " + started.reason() + "\n" + started.tail());
            assertTrue(started.log().contains("secrets checked: none is missing or a development default"), started.tail());
        } finally {
            delete(work);
        }
    }

    /** What a boot gave: deployed or not, the content of the {@code .failed} marker, the whole server log. */
    private record Outcome(boolean deployed, String reason, String log) {

        /** The end of the log, for a failure message. */
        String tail() {
            return log.length() > 20_000 ? log.substring(log.length() - 20_000) : log;
        }
    }

    /** Boots a server over a copy of the harness's configuration with colca.ear in its deployments, then stops it. */
    private static Outcome deploy(Path home, Path base, Map<String, String> env) throws Exception {
        Path config = base.resolve("configuration");
        Path deployments = base.resolve("deployments");
        Files.createDirectories(config);
        Files.createDirectories(deployments);
        try (Stream<Path> files = Files.list(home.resolve("standalone/configuration"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, config.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        // the harness's deployments (Arquillian's, in its content repository) are not this server's
        Path xml = config.resolve("standalone-full.xml");
        Files.writeString(xml, Files.readString(xml).replaceAll("(?s)<deployments>.*?</deployments>", ""));
        Files.copy(Path.of(System.getProperty("colca.ear")), deployments.resolve("colca.ear"));
        int offset = Integer.parseInt(System.getProperty("colca.http.port", "8180")) - 8080 + 50;
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(), "-c", "standalone-full.xml",
                "-b", "127.0.0.1", "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset,
                "-Djboss.node.name=colca-prodcheck", "-Djboss.tx.node.id=colca-prodcheck");
        pb.environment().putAll(env);
        pb.environment().put("JAVA_OPTS", "-Xms128m -Xmx768m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true"
                + " -Duser.timezone=America/Lima");
        pb.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        pb.environment().put("JBOSS_PIDFILE", base.resolve("server.pid").toString());
        pb.redirectErrorStream(true).redirectOutput(base.resolve("console.log").toFile());
        Process server = pb.start();
        Path log = base.resolve("log/server.log");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
            while (System.nanoTime() < deadline && server.isAlive()
                    && !Files.exists(deployments.resolve("colca.ear.deployed"))
                    && !Files.exists(deployments.resolve("colca.ear.failed"))) {
                Thread.sleep(500);
            }
        } finally {
            stop(server, base.resolve("server.pid"));
        }
        String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no server.log)";
        Path failed = deployments.resolve("colca.ear.failed");
        String reason = Files.exists(failed) ? Files.readString(failed, StandardCharsets.UTF_8) : "";
        return new Outcome(Files.exists(deployments.resolve("colca.ear.deployed")), reason, text);
    }

    private static void stop(Process server, Path pidFile) throws Exception {
        server.destroy(); // standalone.sh forwards TERM to the JVM (LAUNCH_JBOSS_IN_BACKGROUND)
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
        if (Files.exists(pidFile)) {
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            ProcessHandle.of(pid).ifPresent(jvm -> {
                jvm.destroy();
                jvm.onExit().orTimeout(60, TimeUnit.SECONDS).exceptionally(e -> {
                    jvm.destroyForcibly();
                    return jvm;
                }).join();
            });
        }
    }

    private static void keytool(Path keystore, String password) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "colca-jwt", "-keyalg", "RSA",
                "-keysize", "2048", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", password,
                "-keypass", password, "-dname", "CN=colca-jwt", "-validity", "30").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "keytool: " + out);
    }

    private static void elytronTool(Path home, Path store, String password, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/elytron-tool.sh").toString(),
                "credential-store", "--location", store.toString(), "--password", password,
                "--type", "KeyStoreCredentialStore", "--properties", "keyStoreType=PKCS12"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "elytron-tool " + args[0] + ": " + out);
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
