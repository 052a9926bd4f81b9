package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.spi.ReaderException;
import org.junit.jupiter.api.Test;
import pe.colca.common.DuplicateKey;
import pe.colca.common.InvalidInput;
import pe.colca.common.RecordNotFound;
import pe.colca.common.RuleViolated;
import pe.colca.common.StaleVersion;
import pe.colca.security.InvalidCredentials;

/** Every exception a request can cause gets the right status and a problem+json body. */
class ProblemsTest {

    private final Problems problems = new Problems(Locale.ENGLISH, "/api/v1/locations", "POST");

    private JsonObject body(Response response) {
        assertEquals("application/problem+json", response.getMediaType().toString());
        String text = new String((byte[]) response.getEntity(), StandardCharsets.UTF_8);
        assertFalse(text.contains("Exception"), "no exception text in " + text);
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            assertEquals(response.getStatus(), json.getInt("status"));
            assertEquals("/api/v1/locations", json.getString("instance"));
            assertFalse(json.getString("title").isBlank());
            return json;
        }
    }

    private void assertProblem(Throwable error, int status, String type) {
        Response response = problems.toResponse(error);
        assertEquals(status, response.getStatus(), error.toString());
        assertEquals("https://colca.pe/problems/" + type, body(response).getString("type"), error.toString());
    }

    @Test
    void businessExceptionsByKind() {
        assertProblem(InvalidInput.of("code", "required"), 400, "invalid-input");
        assertProblem(new RecordNotFound("entity.location", 5), 404, "not-found");
        assertProblem(new DuplicateKey("code", "LIM-01"), 409, "duplicate-key");
        assertProblem(new StaleVersion("entity.location", 5), 409, "stale-version");
        assertProblem(new RuleViolated("stock-insufficient", "x"), 422, "stock-insufficient");

        JsonObject invalid = body(problems.toResponse(new InvalidInput(Map.of("code", "Enter the code."))));
        assertEquals("code", invalid.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("Enter the code.", invalid.getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    @Test
    void invalidCredentialsAre401WithAChallenge() {
        Response response = problems.toResponse(new InvalidCredentials());
        assertEquals(401, response.getStatus());
        assertTrue(response.getHeaderString("WWW-Authenticate").startsWith("Bearer"));
        assertEquals("The email or password is not correct, or the user is not active.",
                body(response).getString("detail"));
    }

    @Test
    void ejbWrappersAreUnwrapped() {
        assertProblem(new EJBAccessException("denied"), 403, "forbidden");
        assertProblem(new EJBException(new StaleVersion("entity.location", 1)), 409, "stale-version");
        assertProblem(new EJBTransactionRolledbackException("rolled back", new OptimisticLockException("stale")),
                409, "stale-version");
        assertProblem(new EJBException(new PersistenceException(new SQLException("dup", "23505"))), 409,
                "duplicate-key");
        assertProblem(new EJBException(new PersistenceException(new SQLException("too long", "22001"))), 400,
                "invalid-input");
    }

    @Test
    void unreadableBodiesAre400() {
        JsonParsingException parsing = assertThrowsParsing("{\"code\": ");
        Response malformed = problems.toResponse(new ReaderException(parsing));
        assertEquals(400, malformed.getStatus());
        JsonObject json = body(malformed);
        assertEquals("https://colca.pe/problems/malformed-json", json.getString("type"));
        assertEquals("body", json.getJsonArray("errors").getJsonObject(0).getString("field"));

        assertProblem(new ReaderException(new ProcessingException("JSON-B", new JsonbException(
                "Unable to deserialize property 'active' because of: boolean"))), 400, "malformed-json");
        JsonObject property = body(problems.toResponse(new ProcessingException(new JsonbException(
                "Unable to deserialize property 'active' because of: x"))));
        assertEquals("active", property.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(new ReaderException(new java.io.IOException("connection reset")), 400, "bad-request");
    }

    @Test
    void jaxRsRefusalsKeepTheirStatus() {
        assertProblem(new NotFoundException(), 404, "not-found");
        Response notAllowed = problems.toResponse(new NotAllowedException("GET", new String[] {"PUT"}));
        assertEquals(405, notAllowed.getStatus());
        assertNotNull(notAllowed.getHeaderString("Allow"));
        assertProblem(new NotSupportedException(), 415, "unsupported-media-type");
        assertProblem(ApiProblem.preconditionRequired(Locale.ENGLISH), 428, "precondition-required");
    }

    @Test
    void anythingElseIs500WithACorrelationIdAndNoStackTrace() {
        Response response = problems.toResponse(new EJBException(new IllegalStateException("secret internals")));
        assertEquals(500, response.getStatus());
        JsonObject json = body(response);
        String id = json.getString("correlationId");
        assertEquals(id, response.getHeaderString("X-Correlation-Id"));
        assertTrue(json.getString("detail").contains(id));
        assertFalse(json.toString().contains("secret internals"));
    }

    private static JsonParsingException assertThrowsParsing(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            reader.readObject();
        } catch (JsonParsingException e) {
            return e;
        }
        throw new AssertionError("expected a parse error");
    }
}
