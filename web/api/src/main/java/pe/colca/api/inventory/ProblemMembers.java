package pe.colca.api.inventory;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import pe.colca.api.ProblemDetail;

/** Adds extension members (RFC 9457 §3.2) to a problem answer built by the common mapper. */
final class ProblemMembers {

    private ProblemMembers() {
    }

    static Response extend(Response common, Consumer<JsonObjectBuilder> members) {
        JsonObject problem;
        try (var reader = Json.createReader(new ByteArrayInputStream((byte[]) common.getEntity()))) {
            problem = reader.readObject();
        }
        JsonObjectBuilder body = Json.createObjectBuilder(problem);
        members.accept(body);
        return Response.fromResponse(common)
                .type(ProblemDetail.PROBLEM_JSON)
                .entity(body.build().toString().getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
