package pe.colca.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A console session over plain HTTP, no browser: its own cookies, signed in through the FORM login
 * ({@code j_security_check}). For server-side facts of the console (status codes, headers, the menu).
 */
public final class ConsoleSession {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(20)).build();

    /** Signs {@code user} in (the user must not have to change his password first). */
    public ConsoleSession(Credentials user) throws Exception {
        HttpResponse<String> login = get("/index.xhtml");
        assertTrue(login.body().contains("j_security_check"), "the login form: " + login.statusCode());
        String form = "j_username=" + URLEncoder.encode(user.email(), StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(user.password(), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(TestServer.baseUri().resolve("/j_security_check"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(!signedIn.body().contains("j_security_check"), user.email() + " signed in: " + signedIn.statusCode());
    }

    /** GET of a console path (redirects followed), in Spanish. */
    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(TestServer.baseUri().resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "es-PE").GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
