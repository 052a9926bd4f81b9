package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import pe.colca.testing.Browser;
import pe.colca.testing.ClientIntegration;
import pe.colca.testing.DemoUser;
import pe.colca.testing.TestServer;

/**
 * The hardening headers on the console (login page, pages, PrimeFaces resources, {@code /media}) and the
 * API (answers and container problems), HSTS and a {@code Secure; SameSite=Strict} session cookie only
 * over HTTPS (WildFly's own https listener, self-signed), and the console still working under the CSP.
 */
class WebHardeningIT extends ClientIntegration {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(20)).build();

    @Test
    @DisplayName("console, /media and API send CSP with frame-ancestors 'none', nosniff and Referrer-Policy; no HSTS over HTTP")
    void headersOverHttp() throws Exception {
        for (String path : List.of("/login.xhtml", "/", "/media/no-such-image.png",
                "/jakarta.faces.resource/jquery/jquery.js.xhtml?ln=primefaces", "/api/v1/locations", "/api/v1/no-such")) {
            HttpResponse<String> reply = get(HTTP, TestServer.baseUri().resolve(path));
            String where = path + " (" + reply.statusCode() + ")";
            assertTrue(reply.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), where);
            assertEquals("nosniff", reply.headers().firstValue("X-Content-Type-Options").orElse(""), where);
            assertEquals("same-origin", reply.headers().firstValue("Referrer-Policy").orElse(""), where);
            assertFalse(reply.headers().firstValue("Strict-Transport-Security").isPresent(), "no HSTS over HTTP: " + where);
        }
        HttpResponse<String> login = get(HTTP, TestServer.baseUri().resolve("/login.xhtml"));
        String cookie = login.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
    }

    @Test
    @DisplayName("over HTTPS: HSTS, and the session cookie is Secure and SameSite=Strict")
    void headersOverHttps() throws Exception {
        int port = Integer.parseInt(System.getProperty("colca.http.port", "8180")) - 8080 + 8443;
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String type) {
            }

            public void checkServerTrusted(X509Certificate[] chain, String type) {
            }

            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        // WildFly's generated certificate names CN=localhost (no IP address): call it by that name
        SSLParameters noHostCheck = new SSLParameters();
        HttpClient https = HttpClient.newBuilder().sslContext(trustAll).sslParameters(noHostCheck)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(20)).build();

        HttpResponse<String> login = get(https, URI.create("https://localhost:" + port + "/login.xhtml"));
        assertEquals("max-age=31536000; includeSubDomains",
                login.headers().firstValue("Strict-Transport-Security").orElse(""));
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElse("");
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("; secure"), cookie); // Undertow writes "secure"
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        HttpResponse<String> api = get(https, URI.create("https://localhost:" + port + "/api/v1/locations"));
        assertTrue(api.headers().firstValue("Strict-Transport-Security").isPresent(), "API over HTTPS: HSTS");
    }

    @Test
    @DisplayName("PrimeFaces works under the CSP: sign in, open a list, its AJAX filter answers; no figures without report.view")
    void consoleWorksUnderCsp() {
        browser.open("/");
        browser.login(DemoUser.WAREHOUSE);
        browser.open("/backoffice/inventory/locations.xhtml");
        browser.visible("locations-form:locations-table_data");
        browser.open("/");
        assertTrue(browser.driver().findElements(org.openqa.selenium.By.id("count-products")).isEmpty(),
                "the warehouse role has no report.view: no chain figures");
        assertTrue(browser.driver().findElements(org.openqa.selenium.By.id("counts-unavailable")).isEmpty());
    }

    @Test
    @DisplayName("a console page: the policy has the page's nonce and no 'unsafe-inline' for scripts; every inline script carries the nonce")
    void scriptNonce() throws Exception {
        HttpResponse<String> page = new pe.colca.testing.ConsoleSession(DemoUser.WAREHOUSE).get("/backoffice/inventory/locations.xhtml");
        assertEquals(200, page.statusCode());
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "one policy (PrimeFaces' replaces the filter's): " + policies);
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("script-src 'self' 'unsafe-eval' 'nonce-([^']+)'")
                .matcher(policies.get(0));
        assertTrue(nonce.find(), policies.get(0));
        assertFalse(policies.get(0).matches(".*script-src[^;]*'unsafe-inline'.*"), policies.get(0));
        assertTrue(policies.get(0).contains("frame-ancestors 'none'"), policies.get(0));
        java.util.regex.Matcher scripts = java.util.regex.Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(page.body());
        int inline = 0;
        while (scripts.find()) {
            inline++;
            assertTrue(scripts.group(1).contains("nonce=\"" + nonce.group(1) + "\""), "inline script without the nonce: " + scripts.group());
        }
        assertTrue(inline > 0, "PrimeFaces renders its widgets with inline scripts");
        assertFalse(page.body().matches("(?s).*<(?:button|div|input|a|span)\\s[^>]*\\bon(?:click|change)=.*"),
                "no inline handler left on a plain element");
        HttpResponse<String> resource = get(HTTP, TestServer.baseUri().resolve("/jakarta.faces.resource/jquery/jquery.js.xhtml?ln=primefaces"));
        assertTrue(resource.headers().firstValue("Content-Security-Policy").orElse("").endsWith("script-src 'self' 'unsafe-eval'"),
                resource.headers().firstValue("Content-Security-Policy").orElse(""));
    }

    private static HttpResponse<String> get(HttpClient client, URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
