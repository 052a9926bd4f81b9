package pe.colca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.DemoUser;
import pe.colca.testing.TestServer;

/** Smoke test: the EAR deploys on the configured WildFly, migrates the schema, serves its modules. */
class BasicRuntimeIT extends ClientIntegration {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__\\w+\\.sql");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @DisplayName("the deployment applied exactly the migrations on disk (versions and scripts) and loaded the demo users")
    void schemaMigratedAndDemoLoaded() throws Exception {
        // the migrations folder of this checkout: other branches add files, so never a fixed number
        Map<Integer, String> onDisk = new TreeMap<>();
        try (Stream<Path> files = Files.list(migrations())) {
            files.map(f -> f.getFileName().toString()).filter(name -> name.startsWith("V")).forEach(name -> {
                Matcher m = MIGRATION.matcher(name);
                assertTrue(m.matches(), "a versioned migration is named V<n>__<description>.sql: " + name);
                assertNull(onDisk.put(Integer.valueOf(m.group(1)), name), "one file per version: " + name);
            });
        }
        assertFalse(onDisk.isEmpty(), "migrations found in " + migrations());

        Map<Integer, String> applied = new TreeMap<>();
        try (Connection db = TestServer.jdbc();
             ResultSet rs = db.createStatement().executeQuery(
                     "SELECT version, script, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            while (rs.next()) {
                assertTrue(rs.getBoolean("success"), "migration " + rs.getString("script") + " succeeded");
                applied.put(Integer.valueOf(rs.getString("version")), rs.getString("script"));
            }
        }
        assertEquals(onDisk.size(), applied.size(), "as many applied migrations as files: " + applied.keySet()
                + " vs " + onDisk.keySet());
        assertEquals(onDisk, applied, "the applied versions and scripts are the files on disk");

        // the demo users by their emails: other tests add users of their own (TestData, the import's tests)
        String demoEmails = java.util.Arrays.stream(DemoUser.values()).map(u -> "'" + u.email() + "'")
                .collect(java.util.stream.Collectors.joining(", "));
        try (Connection db = TestServer.jdbc();
             ResultSet rs = db.createStatement().executeQuery(
                     "SELECT count(*) FROM users WHERE status = 'ACTIVE' AND email IN (" + demoEmails + ")")) {
            rs.next();
            assertEquals(DemoUser.values().length, rs.getInt(1), "one active demo user per role");
        }
    }

    private static Path migrations() {
        String repo = System.getProperty("colca.repo");
        Path root = repo == null || repo.isBlank() ? Path.of("..") : Path.of(repo);
        return root.resolve(Path.of("ejb", "src", "main", "resources", "db", "migration"));
    }

    @Test
    @DisplayName("the console asks for a login and the API answers at /api/v1")
    void modulesServe() throws Exception {
        HttpResponse<String> console = http.send(HttpRequest.newBuilder(TestServer.baseUri().resolve("/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, console.statusCode());
        assertTrue(console.body().contains("j_security_check"), "the login form is shown");

        HttpResponse<String> api = http.send(HttpRequest.newBuilder(TestServer.baseUri().resolve("/api/v1/locations")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, api.statusCode(), "the API wants a bearer token");
    }

    @Test
    @DisplayName("the server publishes the OpenAPI document of the API")
    void openApi() throws Exception {
        HttpResponse<String> doc = http.send(HttpRequest.newBuilder(TestServer.baseUri().resolve("/openapi")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, doc.statusCode());
        assertTrue(doc.body().contains("/v1/locations") || doc.body().contains("/api/v1/locations"), doc.body());
    }
}
