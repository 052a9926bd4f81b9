package pe.colca.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import pe.colca.common.CorrelationIds;
import pe.colca.common.RequestMetadata;

/**
 * Fills the request's {@link RequestMetadata} before any service runs: the client's IP address for
 * the audit log and the user's language for business messages. Also honours {@code ?lang=es|en} on
 * any page (the login page's language links use it).
 *
 * <p>The IP is {@code getRemoteAddr()}: behind a proxy or load balancer, enable Undertow's
 * {@code proxy-address-forwarding} so it is the client's, not the proxy's; we never trust a
 * {@code X-Forwarded-For} header ourselves. Only the query string is read for {@code lang}, so the
 * form body is left for Faces to decode in UTF-8.
 */
@WebFilter(filterName = "RequestMetadataFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class RequestMetadataFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestMetadata metadata;

    @Inject
    private LocaleBean localeBean;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Locale chosen = LocaleBean.parse(queryParameter(request.getQueryString(), "lang"));
        Locale locale;
        if (chosen != null) {
            localeBean.select(chosen.getLanguage());
            locale = chosen;
        } else if (request.getSession(false) != null) {
            localeBean.initialise(request.getLocales());
            locale = localeBean.getLocale();
        } else {
            // no session yet (static resources, first visit): do not create one just for this
            locale = LocaleBean.negotiate(request.getLocales().asIterator());
        }
        metadata.setLocale(locale);
        metadata.setIpAddress(request.getRemoteAddr());
        metadata.setForwardedFor(request.getHeader("X-Forwarded-For"));
        // a FORWARD of the same request keeps the id it was given
        String correlationId = metadata.getCorrelationId() != null ? metadata.getCorrelationId()
                : CorrelationIds.of(request.getHeader(CorrelationIds.HEADER));
        metadata.setCorrelationId(correlationId);
        response.setHeader(CorrelationIds.HEADER, correlationId);
        chain.doFilter(request, response);
    }

    static String queryParameter(String query, String name) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
