package pe.colca.api.security;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import pe.colca.api.ApiTexts;
import pe.colca.api.ProblemDetail;
import pe.colca.api.Problems;
import pe.colca.common.Messages;
import pe.colca.security.TokenService;

/**
 * After WildFly verified a bearer token (signature, issuer, audience, expiry), checks it against the
 * current state of its user ({@link TokenService#accepts}: security stamp, status, {@code api.access},
 * maximum lifetime) from the per-server cache, so a revoked token gets 401 {@code token-revoked}
 * without a database round trip in the common case.
 */
@WebFilter(filterName = "token-check", urlPatterns = "/v1/*", dispatcherTypes = DispatcherType.REQUEST)
public class TokenCheckFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String BEARER = "Bearer ";

    @EJB
    private TokenService tokens;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            String header = request.getHeader("Authorization");
            String token = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? header.substring(BEARER.length()).strip() : null;
            if (!tokens.accepts(principal.getName(), token)) {
                refuse(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Problems problems = new Problems(ApiTexts.locale(request.getHeader("Accept-Language")),
                request.getRequestURI(), request.getMethod());
        ProblemDetail problem = problems.problem(401, "token-revoked",
                Messages.format(problems.locale(), "security.token.revoked"), Map.of());
        byte[] body = problem.toBytes();
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"colca-api\", error=\"invalid_token\"");
        response.setContentType(ProblemDetail.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
