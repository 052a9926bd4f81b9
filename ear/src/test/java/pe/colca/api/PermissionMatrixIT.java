package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.ParseOptions;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.testing.ApiClient;
import pe.colca.testing.ApiClient.Reply;
import pe.colca.testing.ApiPermissions;
import pe.colca.testing.ApiPermissions.Requirement;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.TestData;
import pe.colca.testing.TestData.NewUser;

/**
 * The role × endpoint matrix, generated: every operation of the served OpenAPI document, with the
 * permissions the code declares for it ({@link ApiPermissions}: the {@code @RolesAllowed} of the
 * services each resource method calls). For each operation and each permission it needs, a user
 * holding everything else but not that permission gets 403 and no table changes (a checksum of every
 * table but the audit trail, before and after); a user holding all of them does not get 403. An
 * operation the code gives no permission fails the test unless it is listed in {@link #OPEN} with the
 * reason. Endpoints added later (users, roles, audit) are picked up without touching this class.
 *
 * <p>Bodies are minimal and valid-looking (the required properties of the request schema, typed). The
 * permission is checked before the request is read ({@code PermissionFirstFilter}, from each resource
 * method's declaration), so the unprivileged user gets 403 whatever the body: a 400, 404, 409 or 422
 * for him is a failure. {@link #declarations()} keeps each declaration equal to what the services the
 * method calls need.
 */
class PermissionMatrixIT extends ClientIntegration {

    /** Operations with no permission on purpose, and why. Everything else must declare one. */
    static final Map<String, String> OPEN = Map.of(
            "POST /api/v1/auth/token", "the login itself (credentials are the check)",
            "GET /api/v1/catalog/imports/template", "a static CSV template, for any signed-in integrator",
            "POST /api/v1/users/me/password", "any signed-in user changes his own password (the current one is the check)");

    /** The API's base permission (a token needs it once issue 10's token hardening lands). */
    private static final String API_ACCESS = "api.access";

    private final ApiClient api = new ApiClient();
    private final TestData data = TestData.client();
    private final Map<Set<String>, String> tokens = new ConcurrentHashMap<>();
    private OpenAPI openApi;

    @Test
    @DisplayName("every API operation: 403 and nothing changes without its permission, not 403 with it")
    void matrix() throws Exception {
        Map<String, Requirement> declared = ApiPermissions.ofCheckout();
        openApi = document();
        String checksumSql = checksumQuery();

        List<String> failures = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        int operations = 0;
        int checks = 0;
        for (Map.Entry<String, PathItem> path : new TreeMap<>(openApi.getPaths()).entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                String method = op.getKey().name();
                String key = ApiPermissions.key(method, path.getKey().startsWith("/api") ? path.getKey()
                        : "/api" + path.getKey());
                operations++;
                if (OPEN.containsKey(key)) {
                    continue;
                }
                Requirement requirement = declared.get(key);
                if (requirement == null || !requirement.declared()) {
                    failures.add(key + ": no permission declared in the code (services called: "
                            + (requirement == null ? "no resource method found" : requirement.services()) + ")");
                    continue;
                }
                Request request = request(method, path.getKey(), op.getValue(), path.getValue());

                List<String> needed = new ArrayList<>();
                for (Set<String> anyOf : requirement.allOf()) {
                    needed.add(anyOf.iterator().next());
                }
                for (Set<String> withheld : requirement.allOf()) {
                    Set<String> grants = new TreeSet<>(needed);
                    grants.removeAll(withheld);
                    token(grants); // the user (role, grants) is created before the "before" checksum
                    String before = data.string(checksumSql);
                    Reply reply = send(request, grants);
                    String after = data.string(checksumSql);
                    checks++;
                    String who = "without " + withheld + " (holding " + grants + ")";
                    if (!before.equals(after)) {
                        failures.add(key + " " + who + ": tables changed " + difference(before, after));
                    }
                    if (reply.status() != 403) {
                        failures.add(key + " " + who + ": expected 403 (before the request is judged), got " + reply);
                    }
                }
                Reply allowed = send(request, new TreeSet<>(needed));
                checks++;
                if (allowed.status() == 403 || allowed.status() == 401) {
                    failures.add(key + " with " + needed + ": expected no 403, got " + allowed);
                } else if (allowed.status() >= 500) {
                    findings.add(key + " with " + needed + ": " + allowed.status() + " for a minimal body");
                }
            }
        }
        System.out.printf("permission matrix: %d operations, %d checks, %d users, %d findings%n",
                operations, checks, tokens.size(), findings.size());
        findings.forEach(f -> System.out.println("  finding: " + f));
        assertTrue(operations > 50, "the OpenAPI document lists the API: " + operations);
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    @Test
    @DisplayName("every resource method declares the permissions its services need, checked before the body is read")
    void declarations() {
        List<String> failures = new ArrayList<>();
        for (ApiPermissions.Declaration d : ApiPermissions.declarationsOfCheckout()) {
            if (OPEN.containsKey(d.operation())) {
                if (!d.permitAll() || !d.declared().isEmpty()) {
                    failures.add(d.operation() + " (" + d.resourceMethod() + "): open on purpose, declare @PermitAll");
                }
            } else if (!d.declared().equals(d.derived()) || d.permitAll()) {
                failures.add(d.operation() + " (" + d.resourceMethod() + "): declares " + d.declared()
                        + (d.permitAll() ? " @PermitAll" : "") + ", its services need " + d.derived()
                        + " (@RolesAllowed for one \"any of\" set, @RequiresAll for several permissions)");
            }
        }
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    // ---- requests -----------------------------------------------------------------------------

    private record Request(String method, String path, String contentType, String body) {
    }

    private Reply send(Request request, Set<String> grants) throws SQLException {
        // any answer type (CSV downloads too): a 406 must not hide the permission check
        return api.send(request.method(), request.path(), token(grants), request.contentType(), request.body(),
                "If-Match", "\"0\"", "Accept", "*/*");
    }

    private String token(Set<String> grants) throws SQLException {
        Set<String> all = new TreeSet<>(grants);
        all.add(API_ACCESS);
        String token = tokens.get(all);
        if (token == null) {
            NewUser user = data.user().permissions(all.toArray(String[]::new)).create();
            token = api.token(user);
            tokens.put(all, token);
        }
        return token;
    }

    private static final String NO_SUCH_ID = "987654321";

    /** A concrete request for the operation: path and required query parameters filled, a minimal body. */
    private Request request(String method, String template, Operation op, PathItem item) {
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (op.getParameters() != null) {
            parameters.addAll(op.getParameters());
        }
        String path = template.startsWith("/api") ? template : "/api" + template;
        StringBuilder query = new StringBuilder();
        for (Parameter p : parameters) {
            String value = sample(p.getSchema());
            if ("path".equals(p.getIn()) && "1".equals(value)) {
                // no real record: the allowed user's request must not change the demo data (user 1 is
                // the demo administrator, role 1 the admin role), it only has to pass the permission check
                value = NO_SUCH_ID;
            }
            if ("path".equals(p.getIn())) {
                path = path.replaceAll("\\{" + java.util.regex.Pattern.quote(p.getName()) + "(:[^}]*)?}", value);
            } else if ("query".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired())) {
                query.append(query.length() == 0 ? '?' : '&').append(p.getName()).append('=').append(ApiClient.q(value));
            }
        }
        path = path.replaceAll("\\{[^}]*}", NO_SUCH_ID) + query;
        if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
            return new Request(method, path, null, null);
        }
        Content content = op.getRequestBody().getContent();
        if (content.containsKey("application/json")) {
            Schema<?> schema = content.get("application/json").getSchema();
            return new Request(method, path, "application/json", json(schema, 0).toString());
        }
        String type = content.keySet().iterator().next();
        return new Request(method, path, type, "x");
    }

    private String sample(Schema<?> schema) {
        Schema<?> s = resolve(schema);
        if (s == null || s.getType() == null) {
            return "1";
        }
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            return String.valueOf(s.getEnum().get(0));
        }
        return switch (s.getType()) {
            case "integer", "number" -> "1";
            case "boolean" -> "false";
            default -> "x";
        };
    }

    private JsonValue json(Schema<?> schema, int depth) {
        Schema<?> s = resolve(schema);
        if (s == null || depth > 4) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            return Json.createValue(String.valueOf(s.getEnum().get(0)));
        }
        String type = s.getType() != null ? s.getType() : s.getProperties() != null ? "object" : "string";
        String format = s.getFormat() == null ? "" : s.getFormat();
        switch (type) {
            case "integer":
                return Json.createValue(1);
            case "number":
                return Json.createValue(1);
            case "boolean":
                return JsonValue.FALSE;
            case "array": {
                JsonArrayBuilder array = Json.createArrayBuilder();
                if (s.getItems() != null) {
                    array.add(json(s.getItems(), depth + 1));
                }
                return array.build();
            }
            case "object": {
                JsonObjectBuilder object = Json.createObjectBuilder();
                if (s.getProperties() != null) {
                    Set<String> required = new LinkedHashSet<>(s.getRequired() == null ? List.of() : s.getRequired());
                    for (Map.Entry<String, Schema> p : s.getProperties().entrySet()) {
                        if (required.contains(p.getKey())) {
                            object.add(p.getKey(), json(p.getValue(), depth + 1));
                        }
                    }
                }
                return object.build();
            }
            default:
                return Json.createValue(switch (format) {
                    case "date" -> "2026-01-01";
                    case "date-time" -> "2026-01-01T00:00:00Z";
                    case "email" -> "matrix@it.colca.test";
                    default -> "matrix-" + TestData.suffix();
                });
        }
    }

    private Schema<?> resolve(Schema<?> schema) {
        Schema<?> s = schema;
        for (int i = 0; s != null && s.get$ref() != null && i < 5; i++) {
            String name = s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1);
            s = openApi.getComponents() == null ? null : openApi.getComponents().getSchemas().get(name);
        }
        if (s != null && s.getAllOf() != null && !s.getAllOf().isEmpty()) {
            return resolve(s.getAllOf().get(0));
        }
        return s;
    }

    private static OpenAPI document() throws Exception {
        Reply reply = new ApiClient().send("GET", "/openapi?format=JSON", null, null, null, "Accept", "application/json");
        assertEquals(200, reply.status(), reply.toString());
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        OpenAPI document = new OpenAPIParser().readContents(reply.body(), null, options).getOpenAPI();
        assertNotNull(document, "not an OpenAPI document");
        return document;
    }

    // ---- "nothing changes" --------------------------------------------------------------------

    /**
     * One query giving "table:rows:newest xmin" for every table of the application but the audit trail
     * (a denied action may be recorded there), users (the token request notes the login) and the
     * notification outbox (swept in the background), and the reconciliation's runs and differences (the
     * matrix's own allowed {@code POST /invoicing/reconciliations} starts a batch job that writes them while
     * the next operations are checked; the 403 is still asserted, and {@code ReconciliationApiIT} checks that a
     * refused run writes nothing): any
     * insert, update or delete changes it.
     */
    private String checksumQuery() throws SQLException {
        String parts = data.string("""
                SELECT string_agg(format('(SELECT %L || '':'' || count(*) || '':'' || coalesce(max(xmin::text::bigint), 0) FROM public.%I)',
                                         c.relname, c.relname), ' || '','' || ' ORDER BY c.relname)
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind = 'r'
                  AND c.relname NOT LIKE 'audit_logs%' AND c.relname NOT LIKE 'notification%'
                  AND c.relname NOT IN ('users', 'flyway_schema_history', 'reconciliation_runs', 'reconciliation_differences')
                """);
        return "SELECT " + parts;
    }

    private static String difference(String before, String after) {
        Set<String> changed = new TreeSet<>(List.of(after.split(",")));
        changed.removeAll(List.of(before.split(",")));
        return changed.toString();
    }
}
