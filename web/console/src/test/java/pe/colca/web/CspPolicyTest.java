package pe.colca.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pe.colca.common.SecurityHeaders;

/**
 * The policy PrimeFaces sends on Faces pages (web.xml {@code primefaces.CSP_POLICY}, plus the nonce) is
 * the one {@link SecurityHeadersFilter} sends on every other response, and CSP mode is on.
 */
class CspPolicyTest {

    @Test
    @DisplayName("web.xml turns PrimeFaces' CSP mode on with the console policy of SecurityHeaders")
    void samePolicy() throws Exception {
        String xml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        assertEquals("true", param(xml, "primefaces.CSP"));
        assertEquals(SecurityHeaders.CONSOLE_CSP, param(xml, "primefaces.CSP_POLICY"));
        assertFalse(SecurityHeaders.CONSOLE_CSP.matches(".*script-src[^;]*'unsafe-inline'.*"));
    }

    private static String param(String xml, String name) {
        Matcher m = Pattern.compile("<param-name>" + Pattern.quote(name) + "</param-name>\\s*<param-value>([^<]*)</param-value>")
                .matcher(xml);
        return m.find() ? m.group(1).strip() : null;
    }
}
