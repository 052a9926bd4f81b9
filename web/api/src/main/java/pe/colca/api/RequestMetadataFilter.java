package pe.colca.api;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import pe.colca.common.CorrelationIds;
import pe.colca.common.RequestMetadata;

/**
 * Fills {@link RequestMetadata} for the services: the client's IP address (recorded in
 * {@code audit_logs}) and the language of messages ({@code Accept-Language}: {@code en*} gives
 * English, anything else es-PE). The IP is the TCP peer as the servlet container reports it; behind
 * a load balancer, enable {@code proxy-address-forwarding} on the Undertow listener rather than
 * trusting a client-supplied header here.
 */
@WebFilter(filterName = "request-metadata", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class RequestMetadataFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestMetadata metadata;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        metadata.setIpAddress(request.getRemoteAddr());
        metadata.setForwardedFor(request.getHeader("X-Forwarded-For"));
        String correlationId = CorrelationIds.of(request.getHeader(CorrelationIds.HEADER));
        metadata.setCorrelationId(correlationId);
        response.setHeader(CorrelationIds.HEADER, correlationId);
        metadata.setLocale(ApiTexts.locale(request.getHeader("Accept-Language")));
        chain.doFilter(request, response);
    }
}
