package pe.colca.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.common.SecurityHeaders.Surface;

class SecurityHeadersTest {

    @Test
    @DisplayName("both surfaces forbid framing and sniffing; HSTS only over HTTPS")
    void headers() {
        for (Surface surface : Surface.values()) {
            Map<String, String> plain = SecurityHeaders.of(surface, false);
            assertTrue(plain.get("Content-Security-Policy").contains("frame-ancestors 'none'"), surface.name());
            assertEquals("nosniff", plain.get("X-Content-Type-Options"));
            assertEquals("same-origin", plain.get("Referrer-Policy"));
            assertFalse(plain.containsKey("Strict-Transport-Security"), "no HSTS over plain HTTP");
            assertEquals("max-age=31536000; includeSubDomains",
                    SecurityHeaders.of(surface, true).get("Strict-Transport-Security"));
        }
        assertTrue(SecurityHeaders.of(Surface.API, false).get("Content-Security-Policy").startsWith("default-src 'none'"));
        String console = SecurityHeaders.of(Surface.CONSOLE, false).get("Content-Security-Policy");
        assertTrue(console.endsWith("script-src 'self' 'unsafe-eval'"),
                "no inline script without the nonce PrimeFaces appends to the last directive: " + console);
        assertFalse(console.contains("*"), "no wildcard source: " + console);
    }
}
