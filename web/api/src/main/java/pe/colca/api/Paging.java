package pe.colca.api;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/**
 * Paging of every list: {@code ?offset=0&limit=20&sort=code&order=asc}. {@code limit} is 1 to
 * {@value PageRequest#MAX_LIMIT} (default {@value PageRequest#DEFAULT_LIMIT}), {@code offset} at
 * least 0, {@code sort} one of the list's fields, {@code order} asc or desc; anything else is a 400
 * naming the parameter (never silently corrected). Answers carry a {@code Link} header with
 * {@code next}/{@code prev} where they exist, plus {@code first} and {@code last}.
 */
public final class Paging {

    private Paging() {
    }

    /** Checks the parameters; problems go into {@code errors} (parameter → message). */
    public static PageRequest request(PageParams params, Set<String> sortable, String defaultSort,
                                      Map<String, String> errors, Locale locale) {
        PageParams p = params == null ? new PageParams() : params;
        int offset = integer("offset", p.offset, 0, 0, Integer.MAX_VALUE, errors, locale);
        int limit = integer("limit", p.limit, PageRequest.DEFAULT_LIMIT, 1, PageRequest.MAX_LIMIT, errors, locale);
        String sort = defaultSort;
        if (p.sort != null && !p.sort.isBlank()) {
            if (sortable.contains(p.sort.strip())) {
                sort = p.sort.strip();
            } else {
                errors.put("sort", ApiTexts.text(locale, "field.sort", String.join(", ", new TreeSet<>(sortable))));
            }
        }
        boolean ascending = true;
        if (p.order != null && !p.order.isBlank()) {
            switch (p.order.strip().toLowerCase(Locale.ROOT)) {
                case "asc" -> ascending = true;
                case "desc" -> ascending = false;
                default -> errors.put("order", ApiTexts.text(locale, "field.order"));
            }
        }
        return new PageRequest(offset, limit, sort, ascending);
    }

    /** 200 with the page as {@link PageView} and the {@code Link} header. */
    public static <T> Response ok(Page<T> page, UriInfo uri) {
        return Response.ok(PageView.of(page)).links(links(page, uri.getRequestUriBuilder())).build();
    }

    static Link[] links(Page<?> page, UriBuilder request) {
        int offset = page.offset();
        int limit = page.limit();
        List<Link> links = new ArrayList<>();
        if (offset + (long) limit < page.total()) {
            links.add(link(request, offset + limit, limit, "next"));
        }
        if (offset > 0) {
            links.add(link(request, Math.max(0, offset - limit), limit, "prev"));
        }
        links.add(link(request, 0, limit, "first"));
        if (page.total() > 0) {
            long last = ((page.total() - 1) / limit) * limit;
            links.add(link(request, (int) Math.min(last, Integer.MAX_VALUE), limit, "last"));
        }
        return links.toArray(Link[]::new);
    }

    private static Link link(UriBuilder request, int offset, int limit, String rel) {
        return Link.fromUri(request.clone()
                        .replaceQueryParam("offset", offset)
                        .replaceQueryParam("limit", limit)
                        .build())
                .rel(rel)
                .build();
    }

    private static int integer(String name, String value, int fallback, int min, int max, Map<String, String> errors,
                               Locale locale) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String text = value.strip();
        if (!text.matches("[+-]?\\d{1,10}")) {
            errors.put(name, ApiTexts.text(locale, "field.integer"));
            return fallback;
        }
        long number = Long.parseLong(text);
        if (number < min || number > max) {
            errors.put(name, max == Integer.MAX_VALUE
                    ? ApiTexts.text(locale, "field.min", String.valueOf(min))
                    : ApiTexts.text(locale, "field.range", String.valueOf(min), String.valueOf(max)));
            return fallback;
        }
        return (int) number;
    }
}
