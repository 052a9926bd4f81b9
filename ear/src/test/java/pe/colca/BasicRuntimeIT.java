package pe.colca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.TestServer;

/** Smoke test: the EAR deploys on the configured WildFly, migrates the schema, serves its modules. */
class BasicRuntimeIT extends ClientIntegration {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @DisplayName("the deployment migrated the schema with Flyway and loaded the demo users")
    void schemaMigratedAndDemoLoaded() throws Exception {
        try (Connection db = TestServer.jdbc();
             ResultSet rs = db.createStatement().executeQuery(
                     "SELECT (SELECT count(*) FROM flyway_schema_history WHERE success),"
                             + " (SELECT count(*) FROM users WHERE email LIKE '%@colca.test')")) {
            rs.next();
            assertTrue(rs.getInt(1) >= 3, "migrations applied");
            assertEquals(6, rs.getInt(2), "one demo user per role");
        }
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
