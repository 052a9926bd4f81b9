package pe.colca.api.customer;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pe.colca.api.ApiTexts;
import pe.colca.api.ProblemDetail;
import pe.colca.api.Problems;
import pe.colca.common.Messages;
import pe.colca.customer.CustomerMergeService;

/**
 * The old id of a merged customer follows the survivor: a 404 for {@code /customers/{id}} or anything under it
 * ({@code /addresses}, {@code /loyalty}, {@code /wallet}, ...) whose id was absorbed by a merge becomes
 * <ul>
 *   <li>for GET and HEAD: {@code 301 Moved Permanently} with {@code Location} = the same path with the survivor's
 *   id (query kept), so clients that follow redirects read the survivor;</li>
 *   <li>for writes (POST, PUT, PATCH, DELETE): {@code 410 Gone} with the same {@code Location}: a write is never
 *   replayed on another customer silently, the client decides.</li>
 * </ul>
 * Both carry a problem+json body of type {@code customer-merged} with {@code mergedInto} (the survivor's id) and
 * {@code location}. Merges of merges are followed to the live customer. Only a 404 is rewritten: the permission
 * of the endpoint was checked first (a caller without it still gets 403), and a caller who may not read merges
 * keeps the 404.
 */
@Provider
public class MergedCustomerFilter implements ContainerResponseFilter {

    private static final Pattern CUSTOMER_PATH = Pattern.compile("^/?customers/([0-9]{1,18})(/.*)?$");

    @EJB
    private CustomerMergeService merges;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 404) {
            return;
        }
        Matcher m = CUSTOMER_PATH.matcher(request.getUriInfo().getPath());
        if (!m.matches()) {
            return;
        }
        long id = Long.parseLong(m.group(1));
        Optional<Long> survivor;
        try {
            survivor = merges.survivorOf(id);
        } catch (RuntimeException notAllowed) {
            return;
        }
        if (survivor.isEmpty()) {
            return;
        }
        String method = request.getMethod();
        boolean read = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
        int status = read ? 301 : 410;
        URI location = UriBuilder.fromUri(request.getUriInfo().getBaseUri())
                .path("customers").path(String.valueOf(survivor.get())).path(m.group(2) == null ? "" : m.group(2))
                .replaceQuery(request.getUriInfo().getRequestUri().getRawQuery()).build();
        Locale locale = ApiTexts.locale(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemDetail problem = new Problems(locale, request.getUriInfo().getRequestUri().getRawPath(), method)
                .problem(status, "customer-merged", Messages.format(locale, "customer.merged.gone", String.valueOf(id),
                        String.valueOf(survivor.get())), Map.of());
        JsonObject body;
        try (var reader = Json.createReader(new StringReader(problem.toJson()))) {
            body = Json.createObjectBuilder(reader.readObject()).add("mergedInto", survivor.get())
                    .add("location", location.toString()).build();
        }
        response.setStatus(status);
        response.getHeaders().putSingle(HttpHeaders.LOCATION, location);
        response.setEntity(body.toString().getBytes(StandardCharsets.UTF_8), new Annotation[0], ProblemDetail.PROBLEM_JSON);
    }
}
