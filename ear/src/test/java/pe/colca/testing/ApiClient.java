package pe.colca.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small client of the REST API for the integration tests: java.net.http plus JSON-P, no
 * framework, so the tests see exactly the bytes and headers an integrator sees.
 */
public final class ApiClient {

    public static final String DEMO_PASSWORD = DemoUser.PASSWORD;
    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?([a-z]+)\"?");

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final URI base = URI.create(String.valueOf(TestServer.baseUri()));

    /** An answer: status, headers and body text, with helpers for JSON and problem details. */
    public record Reply(int status, HttpHeaders headers, String body) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public boolean isProblem() {
            return contentType() != null && contentType().startsWith(PROBLEM_JSON);
        }

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        /** The {@code errors} of a problem as field → message. */
        public Map<String, String> fieldErrors() {
            JsonArray errors = json().getJsonArray("errors");
            if (errors == null) {
                return Map.of();
            }
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            for (JsonValue e : errors) {
                JsonObject error = e.asJsonObject();
                fields.put(error.getString("field"), error.getString("message", ""));
            }
            return fields;
        }

        /** The problem's type without its base URI ({@code stale-version}). */
        public String problemType() {
            String type = json().getString("type");
            return type.substring(type.lastIndexOf('/') + 1);
        }

        /** rel → URI of the Link header(s). */
        public Map<String, URI> links() {
            Map<String, URI> links = new java.util.LinkedHashMap<>();
            for (String value : headers.allValues("Link")) {
                Matcher m = LINK.matcher(value);
                while (m.find()) {
                    links.put(m.group(2), URI.create(m.group(1)));
                }
            }
            return links;
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + contentType() + " " + body;
        }
    }

    public URI base() {
        return base;
    }

    /** A token of a demo user (password demo1234), cached for the test run. */
    public String token(String email) {
        return token(email, DEMO_PASSWORD);
    }

    /** A token of any user, e.g. one made with {@link TestData#user()}, cached for the test run. */
    public String token(Credentials user) {
        return token(user.email(), user.password());
    }

    private String token(String email, String password) {
        return TOKENS.computeIfAbsent(email, e -> {
            Reply reply = requestToken(e, password);
            if (reply.status() != 200) {
                throw new IllegalStateException("no token for " + e + ": " + reply);
            }
            return reply.json().getString("access_token");
        });
    }

    public Reply requestToken(String email, String password) {
        var body = Json.createObjectBuilder();
        if (email != null) {
            body.add("email", email);
        }
        if (password != null) {
            body.add("password", password);
        }
        return post("/api/v1/auth/token", null, body.build().toString());
    }

    public Reply get(String path, String token, String... headers) {
        return send("GET", path, token, null, null, headers);
    }

    public Reply post(String path, String token, String json, String... headers) {
        return send("POST", path, token, "application/json", json, headers);
    }

    public Reply put(String path, String token, String json, String... headers) {
        return send("PUT", path, token, "application/json", json, headers);
    }

    public Reply delete(String path, String token, String... headers) {
        return send("DELETE", path, token, null, null, headers);
    }

    /**
     * Any request. {@code path} is absolute on the server ({@code /api/v1/...}) or a full URI;
     * {@code headers} are name/value pairs.
     */
    public Reply send(String method, String path, String token, String contentType, String body, String... headers) {
        URI uri = path.startsWith("http") ? URI.create(path) : base.resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        boolean accept = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            accept |= headers[i].equalsIgnoreCase("Accept");
        }
        if (!accept) {
            request.header("Accept", "application/json, application/problem+json");
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + uri + " interrupted", e);
        }
    }

    /** A GET whose answer is binary (a PDF): the status, the content type and the bytes. */
    public record Download(int status, String contentType, byte[] body) {
    }

    public Download download(String path, String token, String accept) {
        URI uri = path.startsWith("http") ? URI.create(path) : base.resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET()
                .header("Accept", accept);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("GET " + uri + " interrupted", e);
        }
    }

    /** Query parameter value, URL-encoded. */
    public static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The claims of a JWT (not verified: the server does that). */
    public static JsonObject claims(String token) {
        return decodePart(token, 1);
    }

    /** The header of a JWT. */
    public static JsonObject jwtHeader(String token) {
        return decodePart(token, 0);
    }

    private static JsonObject decodePart(String token, int index) {
        String[] parts = token.split("\\.");
        String json = new String(Base64.getUrlDecoder().decode(parts[index]), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** Strings of a JSON array. */
    public static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonValue.class).stream()
                .map(v -> v.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) v).getString()
                        : v.toString())
                .toList();
    }
}
