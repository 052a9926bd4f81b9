package pe.colca.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error as RFC 9457 {@code application/problem+json}. {@code type} is a stable URI per kind of
 * problem ({@code https://colca.pe/problems/stale-version}); {@code errors} lists the fields at fault
 * for invalid input; {@code correlationId} ties an internal error to the server log.
 */
@Schema(name = "Problem", description = "An error (RFC 9457 problem details).")
public record ProblemDetail(
        @Schema(description = "Stable identifier of the kind of problem.",
                example = "https://colca.pe/problems/invalid-input") String type,
        @Schema(description = "Short summary of the kind of problem, in the client's language.") String title,
        @Schema(description = "HTTP status code.", example = "400") int status,
        @Schema(description = "What went wrong this time, in the client's language.") String detail,
        @Schema(description = "The request path.", example = "/api/v1/locations") String instance,
        @Schema(description = "Fields at fault (400 only).") List<FieldError> errors,
        @Schema(description = "Identifier of the server log entry (500 only).") String correlationId) {

    public static final String TYPE_BASE = "https://colca.pe/problems/";
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    /** Looked up once: Json.createXxx() finds the provider through ServiceLoader on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    public ProblemDetail {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Name of the JSON property or query parameter.", example = "code") String field,
            @Schema(description = "What is wrong with it.") String message) {
    }

    public static List<FieldError> fieldErrors(Map<String, String> errors) {
        return errors.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList();
    }

    /** The JSON text; absent members are left out rather than written as null. */
    public String toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (instance != null) {
            json.add("instance", instance);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            errors.forEach(e -> list.add(JSON.createObjectBuilder()
                    .add("field", e.field())
                    .add("message", e.message() == null ? "" : e.message())));
            json.add("errors", list);
        }
        if (correlationId != null) {
            json.add("correlationId", correlationId);
        }
        return json.build().toString();
    }

    public byte[] toBytes() {
        return toJson().getBytes(StandardCharsets.UTF_8);
    }
}
