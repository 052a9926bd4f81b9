package pe.colca.sunatsim.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import pe.colca.sunatsim.Faults;

/**
 * SUNAT down or slow, before any SOAP: {@code unavailable} answers HTTP 503 with an HTML page (as SUNAT's
 * front end does), {@code delayMillis} holds every request that long first.
 */
@WebFilter(urlPatterns = {"/billService", "/billService/*", "/billConsultService", "/billConsultService/*"})
public class FaultInjectionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Faults faults = SimulatorGuard.office().faults();
        long delay = faults.delayMillis();
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (faults.unavailable()) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<html><body><h1>503 Service Unavailable</h1>"
                    + "<p>SUNAT simulator: unavailable (fault injection)</p></body></html>");
            return;
        }
        chain.doFilter(request, response);
    }
}
